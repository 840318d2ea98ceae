// The live page: follows the review over Server-Sent Events, ticks the clock, sends forms.
// Every piece of user text arrives already escaped by the server's templates; this script
// only ever sets textContent, never builds markup from text.
"use strict";

(function () {
  const body = document.body;
  const viewer = body.dataset.viewer;
  const zone = body.dataset.zone || undefined;
  const live = document.getElementById("live");
  const conn = document.getElementById("conn");
  const announcer = document.getElementById("now-discussing");
  let tickBase = performance.now();
  let lastCurrent = null;

  function clockText(seconds) {
    const sign = seconds < 0 ? "-" : "";
    let total = Math.floor(Math.abs(seconds) + (seconds > 0 ? 0.999 : 0));
    const hours = Math.floor(total / 3600);
    total -= hours * 3600;
    const minutes = Math.floor(total / 60);
    const secs = total - minutes * 60;
    const pad = (n) => String(n).padStart(2, "0");
    return hours ? `${sign}${hours}:${pad(minutes)}:${pad(secs)}` : `${sign}${minutes}:${pad(secs)}`;
  }

  function tick() {
    const passed = (performance.now() - tickBase) / 1000;
    for (const el of live.querySelectorAll(".time[data-seconds]")) {
      const base = parseFloat(el.dataset.seconds);
      el.textContent = clockText(el.dataset.running === "yes" ? base - passed : base);
    }
  }

  function localTimes() {
    for (const el of live.querySelectorAll("time.ends[datetime]")) {
      try {
        const options = { hour: "2-digit", minute: "2-digit", timeZoneName: "short" };
        if (zone) options.timeZone = zone;
        el.textContent = new Intl.DateTimeFormat(undefined, options).format(new Date(el.getAttribute("datetime")));
        for (const note of live.querySelectorAll(".your-time")) note.textContent = "(your time)";
      } catch (e) { /* an unknown zone keeps the UTC text */ }
    }
  }

  function personal() {
    const grid = live.querySelector(".grid");
    if (!grid) return;
    const next = live.querySelector(".you-next");
    const speak = live.querySelector(".you-speak");
    if (next) next.hidden = !(viewer && grid.dataset.next === viewer);
    if (speak) speak.hidden = !(viewer && grid.dataset.speaker === viewer);
    for (const el of live.querySelectorAll("[data-participant]")) {
      el.classList.toggle("you", Boolean(viewer) && el.dataset.participant === viewer);
    }
    const hands = (grid.dataset.hands || "").split(" ").filter(Boolean);
    const state = document.getElementById("hand-state");
    if (state) {
      const place = hands.indexOf(viewer);
      state.textContent = place < 0 ? "" : `Your hand is up (number ${place + 1} in the queue).`;
      document.getElementById("hand-button").hidden = place >= 0;
      document.getElementById("lower-button").hidden = place < 0;
    }
  }

  function followCurrent() {
    const grid = live.querySelector(".grid");
    const current = grid ? grid.dataset.current : "";
    if (current === lastCurrent) return;
    lastCurrent = current;
    const row = current ? document.getElementById(`event-${current}`) : null;
    if (row) {
      const calm = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
      row.scrollIntoView({ block: "nearest", behavior: calm ? "auto" : "smooth" });
      const text = row.querySelector(".text");
      announcer.textContent = `Now discussing: ${text ? text.textContent : ""}`;
    }
  }

  function refreshEventChoices() {
    const select = document.getElementById("note-event");
    if (!select || document.activeElement === select) return;
    const chosen = select.value;
    while (select.options.length > 1) select.remove(1);
    for (const row of live.querySelectorAll("li[data-event-id]")) {
      select.add(new Option(row.dataset.label, row.dataset.eventId));
    }
    select.value = chosen;
    if (select.value !== chosen) select.value = "current";
  }

  function shown() {
    tickBase = performance.now();
    tick();
    localTimes();
    personal();
    followCurrent();
    refreshEventChoices();
  }

  function connect() {
    const source = new EventSource(body.dataset.events);
    source.addEventListener("open", () => { conn.textContent = "live"; });
    source.addEventListener("live", (message) => {
      const data = JSON.parse(message.data);
      live.innerHTML = data.html; // server-rendered with autoescape: text in it is already escaped
      live.dataset.version = String(data.version);
      shown();
    });
    source.addEventListener("closed", () => {
      conn.textContent = "the review is closed";
      source.close();
    });
    source.addEventListener("error", () => { conn.textContent = "reconnecting…"; });
  }

  async function send(event) {
    event.preventDefault();
    const form = event.target;
    const data = new URLSearchParams(new FormData(form));
    if (event.submitter && event.submitter.name) data.set(event.submitter.name, event.submitter.value);
    const status = document.getElementById("sent");
    try {
      const response = await fetch(form.action, {
        method: "POST", body: data, credentials: "same-origin",
        headers: { "Accept": "application/json" },
      });
      const answer = await response.json();
      status.textContent = answer.message;
      if (response.ok) {
        for (const field of form.querySelectorAll("textarea, input[type=text], input:not([type])")) field.value = "";
      }
    } catch (e) {
      status.textContent = "Not sent: the connection to the facilitator is down. Try again.";
    }
  }

  for (const form of document.querySelectorAll("#send form")) form.addEventListener("submit", send);
  shown();
  setInterval(tick, 250);
  connect();
})();
