// The live page: follows the review over Server-Sent Events, counts the clock down, sends forms.
// The server sends what changed (a section's HTML, one timeline event, the walk's step, the
// clock's figures), rendered by its templates with autoescape: text in it is already escaped.
// This script never builds markup from text; it sets textContent, or inserts the server's HTML.
// It never moves the page while someone types or has scrolled away from the current event.
"use strict";

(function () {
  const body = document.body;
  const viewer = body.dataset.viewer || "";
  const base = body.dataset.base;
  const closedPage = body.dataset.closed === "yes";
  const conn = document.getElementById("conn");
  const announce = document.getElementById("announce");
  const announceTurn = document.getElementById("announce-turn");
  const events = document.getElementById("events");
  const scroller = document.getElementById("scroller");
  const back = document.getElementById("back-to-current");
  const toast = document.getElementById("toast");
  const $ = (id) => document.getElementById(id);
  let version = Number(body.dataset.version || 0);
  let stopped = false;
  let source = null;
  let ticker = null;
  let ownScrollAt = 0;
  let lastSpeaker = null;
  let lastNext = null;

  // -- times: UTC as sent, and the viewer's own zone beside it ---------------------------

  function zoneFormats() {
    const zone = body.dataset.zone || undefined;
    try {
      const short = new Intl.DateTimeFormat(undefined, { hour: "2-digit", minute: "2-digit", timeZoneName: "short", timeZone: zone });
      const long = new Intl.DateTimeFormat(undefined, {
        weekday: "short", day: "numeric", month: "short", hour: "2-digit", minute: "2-digit", timeZoneName: "short", timeZone: zone,
      });
      return { short, long, name: short.resolvedOptions().timeZone };
    } catch (e) {
      return null; // an unknown zone: the UTC times stay alone
    }
  }
  const formats = zoneFormats();
  const zoneNote = $("zone-note");
  if (zoneNote && formats && formats.name !== "UTC") {
    zoneNote.textContent = `· times in UTC, then yours (${body.dataset.zone || formats.name})`;
  }

  function localTimes(root) {
    if (!formats || formats.name === "UTC") return;
    for (const el of root.querySelectorAll(".local[data-at]")) {
      const at = el.dataset.at;
      if (!at) { el.textContent = ""; continue; }
      const format = el.dataset.long ? formats.long : formats.short;
      el.textContent = ` · ${format.format(new Date(at))}`;
    }
  }

  // -- the clock: figures from the server, counted down here, re-read after sleep -------

  let clock = null;
  let offset = null; // server seconds minus this device's seconds

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

  function setClock(data, measured) {
    if (measured !== undefined) offset = measured;
    else if (offset === null) offset = data.at - Date.now() / 1000;
    clock = data;
    const title = $("box-title");
    if (title) title.textContent = data.title;
    const number = $("box-number");
    if (number) number.textContent = String(data.number);
    const ends = $("ends");
    if (ends) {
      ends.hidden = !data.ends_at;
      const time = ends.querySelector("time");
      const local = ends.querySelector(".local");
      if (data.ends_at && time && local) {
        time.setAttribute("datetime", data.ends_at);
        time.textContent = `${data.ends_at.slice(11, 16)} UTC`;
        local.dataset.at = data.ends_at;
        localTimes(ends);
      }
    }
    tick();
  }

  function tick() {
    if (!clock) return;
    const passed = clock.running ? Math.max(0, Date.now() / 1000 + offset - clock.at) : 0;
    const left = clock.remaining - passed;
    const boxLeft = $("box-left");
    if (!boxLeft) return;
    boxLeft.textContent = clockText(left);
    $("meeting-left").textContent = clockText(clock.meeting_remaining - passed);
    let label = clock.state;
    if (clock.state === "finished") label = "the meeting is finished";
    else if (clock.running) label = left < 0 ? "over time" : "left in this timebox";
    else if (left < 0) label = "over time (paused)";
    $("box-label").textContent = label;
    const line = boxLeft.parentElement;
    line.classList.toggle("over", left < 0);
    line.classList.toggle("warning", left >= 0 && left <= 120 && clock.state !== "finished");
  }

  async function resyncClock() {
    if (stopped) return;
    const began = Date.now();
    try {
      const response = await fetch(`${base}/clock`, { headers: { Accept: "application/json" }, cache: "no-store" });
      const answer = await response.json();
      if (!response.ok) { if (response.status === 403) refusedWith(answer.message); return; }
      const midway = (began + Date.now()) / 2000;
      if (!closedPage) setClock(answer, answer.at - midway);
    } catch (e) { /* offline: the stream's reconnect says so */ }
  }

  // -- keeping focus and place while the page changes ------------------------------------

  function keepFocus(container, change) {
    const active = document.activeElement;
    const inside = active && active !== document.body && container.contains(active);
    const id = inside ? active.id : "";
    change();
    if (!inside || document.activeElement === active) return;
    const again = id ? document.getElementById(id) : null;
    if (again && again.getClientRects().length) again.focus({ preventScroll: true });
    else {
      const holder = document.getElementById(container.id) || container;
      if (!holder.hasAttribute("tabindex")) holder.setAttribute("tabindex", "-1");
      holder.focus({ preventScroll: true });
    }
  }

  function inBox() {
    return scroller && getComputedStyle(scroller).overflowY === "auto" && scroller.scrollHeight > scroller.clientHeight + 1;
  }

  function viewport() {
    if (inBox()) {
      const box = scroller.getBoundingClientRect();
      return { top: box.top, bottom: box.bottom };
    }
    const bar = $("sendbar");
    const hidden = bar && !bar.hidden ? bar.getBoundingClientRect().height : 0;
    return { top: 0, bottom: window.innerHeight - hidden };
  }

  function visible(el) {
    if (!el || !el.getClientRects().length) return false;
    const r = el.getBoundingClientRect();
    const view = viewport();
    const bar = $("sendbar");
    const windowBottom = window.innerHeight - (bar && !bar.hidden ? bar.getBoundingClientRect().height : 0);
    return r.bottom > Math.max(view.top, 0) + 4 && r.top < Math.min(view.bottom, windowBottom) - 4;
  }

  function typing() {
    const active = document.activeElement;
    return Boolean(active && active.matches("input, textarea, select"));
  }

  function bringIntoView(row) {
    ownScrollAt = performance.now();
    const r = row.getBoundingClientRect();
    if (inBox()) {
      const box = scroller.getBoundingClientRect();
      scroller.scrollTop += r.top - box.top - Math.max(0, (scroller.clientHeight - r.height) / 2);
    } else {
      const view = viewport();
      window.scrollBy(0, r.top - Math.max(0, (view.bottom - r.height) / 2));
    }
  }

  function currentId() {
    const grid = $("grid");
    return grid ? grid.dataset.current : "";
  }

  function currentRow() {
    const id = currentId();
    return id ? document.getElementById(`event-${id}`) : null;
  }

  function markCurrent() {
    const id = currentId();
    for (const row of events ? events.querySelectorAll("li.current") : []) {
      if (row.dataset.eventId !== id) { row.classList.remove("current"); row.removeAttribute("aria-current"); }
    }
    const row = currentRow();
    if (row) { row.classList.add("current"); row.setAttribute("aria-current", "true"); }
  }

  function showBack(show) {
    if (back) back.hidden = !show || !currentId();
  }

  // Whether the reader is following the walk: the current event is on screen (in the timeline's
  // own box on a wide screen) and, where the page itself would move, nobody is typing.
  function following() {
    const row = currentRow();
    if (inBox()) return row ? visible(row) : true;
    return Boolean(row && visible(row)) && !typing();
  }

  async function goToCurrent(focusRow) {
    const walk = walkNow;
    if (!walk.id) return;
    if (!document.getElementById(`event-${walk.id}`)) await loadChunk(walk.chunk, true);
    const row = currentRow();
    if (!row) return;
    bringIntoView(row);
    showBack(false);
    if (focusRow) { row.setAttribute("tabindex", "-1"); row.focus({ preventScroll: true }); }
  }

  let walkNow = { id: currentId(), chunk: Number(events ? events.dataset.first : 0) };

  async function walkTo(walk) {
    const follow = following();
    walkNow = walk;
    const grid = $("grid");
    if (grid) grid.dataset.current = walk.id;
    markCurrent();
    if (!walk.id) { showBack(false); return; }
    const discussing = document.querySelector("#discussing .event-now-text");
    if (discussing) announce.textContent = `Now discussing: ${discussing.textContent}`;
    if (follow) await goToCurrent(false);
    else showBack(true);
    tuneSheet();
  }

  function onScroll() {
    if (performance.now() - ownScrollAt < 200) return;
    if (back && !back.hidden && visible(currentRow())) showBack(false);
  }

  // -- the timeline, loaded a chunk at a time -------------------------------------------

  const loading = new Map();

  function rowsFrom(html) {
    const template = document.createElement("template");
    template.innerHTML = html;
    decorate(template.content);
    return template.content;
  }

  function fetchChunk(k) {
    if (!loading.has(k)) {
      const job = fetch(`${base}/timeline/${k}`, { cache: "no-store" })
        .then(async (response) => {
          if (response.status === 403) { refusedWith((await response.text()).replace(/<[^>]*>/g, " ").trim()); return null; }
          return response.ok ? response.text() : null;
        })
        .catch(() => null)
        .finally(() => loading.delete(k));
      loading.set(k, job);
    }
    return loading.get(k);
  }

  function range() {
    return [Number(events.dataset.first), Number(events.dataset.last)];
  }

  function updateMore() {
    const [first, last] = range();
    const chunks = Number(events.dataset.chunks);
    const before = $("more-before");
    const after = $("more-after");
    before.hidden = first <= 0;
    after.hidden = last >= chunks - 1;
    before.querySelector("a").setAttribute("href", `?chunk=${first - 1}`);
    after.querySelector("a").setAttribute("href", `?chunk=${last + 1}`);
  }

  async function loadChunk(k, jump) {
    const chunks = Number(events.dataset.chunks);
    const [first, last] = range();
    if (k < 0 || k >= chunks || (k >= first && k <= last)) return;
    if (!jump && k !== first - 1 && k !== last + 1) return;
    const html = await fetchChunk(k);
    if (html === null || stopped) return;
    const [nowFirst, nowLast] = range();
    if (k >= nowFirst && k <= nowLast) return;
    const rows = rowsFrom(html);
    keepFocus(events, () => {
      if (k === nowLast + 1) { events.append(rows); events.dataset.last = String(k); }
      else if (k === nowFirst - 1) { events.prepend(rows); events.dataset.first = String(k); }
      else { events.replaceChildren(rows); events.dataset.first = events.dataset.last = String(k); }
      trimChunks(k);
    });
    markCurrent();
    updateMore();
  }

  function trimChunks(keep) {
    const [first, last] = range();
    if (last - first < 5) return;
    const drop = keep - first > last - keep ? first : last;
    for (const row of events.querySelectorAll(`li[data-chunk="${drop}"]`)) row.remove();
    if (drop === first) events.dataset.first = String(first + 1);
    else events.dataset.last = String(last - 1);
  }

  async function reloadTimeline(info) {
    events.dataset.chunks = String(info.chunks);
    events.dataset.stamp = String(info.stamp);
    $("event-count").textContent = String(info.count);
    let [first, last] = range();
    last = Math.min(last, info.chunks - 1);
    first = Math.min(first, last);
    const anchor = [...events.children].find((row) => visible(row));
    const anchorTop = anchor ? anchor.getBoundingClientRect().top : 0;
    const wanted = [];
    for (let k = first; k <= last; k += 1) wanted.push(k);
    const parts = await Promise.all(wanted.map((k) => { loading.delete(k); return fetchChunk(k); }));
    if (stopped || parts.some((part) => part === null)) return;
    keepFocus(events, () => {
      events.replaceChildren(...parts.map(rowsFrom));
      events.dataset.first = String(first);
      events.dataset.last = String(last);
    });
    markCurrent();
    updateMore();
    const again = anchor ? document.getElementById(anchor.id) : null;
    if (again) {
      ownScrollAt = performance.now();
      const moved = again.getBoundingClientRect().top - anchorTop;
      if (inBox()) scroller.scrollTop += moved;
      else window.scrollBy(0, moved);
    }
  }

  // -- what is personal: you, your turn, your hand, your vote -----------------------------

  function personal() {
    for (const el of document.querySelectorAll("[data-participant]")) {
      el.classList.toggle("you", Boolean(viewer) && el.dataset.participant === viewer);
    }
    const speaking = document.querySelector("#round .speaking");
    const speaker = speaking ? speaking.dataset.speaker : "";
    const next = speaking ? speaking.dataset.next : "";
    const youNext = document.querySelector("#round .you-next");
    const youSpeak = document.querySelector("#round .you-speak");
    if (youNext) youNext.hidden = !(viewer && next === viewer);
    if (youSpeak) youSpeak.hidden = !(viewer && speaker === viewer);
    if (viewer && speaker === viewer && lastSpeaker !== viewer) announceTurn.textContent = "It is your turn.";
    else if (viewer && next === viewer && lastNext !== viewer) announceTurn.textContent = "You are next in the round robin.";
    lastSpeaker = speaker;
    lastNext = next;

    const line = document.querySelector("#hands .hands-line");
    const hands = line ? line.dataset.hands.split(" ").filter(Boolean) : [];
    const place = hands.indexOf(viewer);
    const state = $("hand-state");
    if (state) state.textContent = place < 0 ? "" : `Your hand is up (number ${place + 1} in the queue).`;
    const button = $("hand-button");
    if (button) {
      button.value = place < 0 ? "hand" : "lower";
      button.textContent = place < 0 ? "Raise my hand" : "Lower my hand";
    }
    const bar = $("bar-hand");
    if (bar) {
      bar.textContent = place < 0 ? "Raise hand" : "Lower hand";
      bar.dataset.up = place < 0 ? "no" : "yes";
    }
    const out = document.querySelector("#open .forms-out");
    const yours = document.querySelector("#open .you-form");
    if (yours) yours.hidden = !(viewer && out && out.dataset.out.split(" ").includes(viewer));
    for (const target of document.querySelectorAll(".targets > li")) {
      const mine = target.dataset.voters.split(" ").find((entry) => entry.startsWith(`${viewer}:`));
      const vote = mine ? mine.split(":")[1] : null;
      const shown = target.querySelector(".your-vote");
      if (shown) shown.textContent = vote === null ? "" : `Your vote: ${{ "1": "+1", "-1": "−1", "0": "a comment" }[vote]}`;
    }
  }

  function refreshChoices(selectId, selector, attribute) {
    const select = $(selectId);
    if (!select || document.activeElement === select) return;
    const chosen = select.value;
    const items = [...document.querySelectorAll(selector)];
    if (!items.length) return;
    select.replaceChildren(...items.map((item) => new Option(item.dataset.label, item.dataset[attribute])));
    select.value = chosen;
    if (select.value !== chosen && select.options.length) select.selectedIndex = 0;
  }

  function decorate(root) {
    localTimes(root);
  }

  function afterChange() {
    markCurrent();
    personal();
    refreshChoices("answer-event", "#decisions .points > li", "eventId");
    refreshChoices("vote-target", "#proposals .targets > li", "targetId");
  }

  // -- applying what the server sends ----------------------------------------------------

  function setSection(name, html) {
    const section = document.getElementById(name);
    if (!section) return;
    keepFocus(section, () => {
      section.innerHTML = html;
      section.hidden = !html.trim();
    });
    decorate(section);
  }

  function setRow(id, html) {
    const row = document.getElementById(`event-${id}`);
    if (!row) return;
    const fresh = rowsFrom(html).firstElementChild;
    if (fresh) keepFocus(row, () => row.replaceWith(fresh));
  }

  async function apply(data, full) {
    if (data.v) { version = data.v; body.dataset.version = String(version); }
    if (data.clock) setClock(data.clock);
    for (const [name, html] of Object.entries(data.sections || {})) setSection(name, html);
    for (const [id, html] of Object.entries(data.rows || {})) setRow(id, html);
    if (data.timeline && events && (full ? Number(events.dataset.stamp) !== data.timeline.stamp : true)) {
      await reloadTimeline(data.timeline);
    }
    afterChange();
    if (data.walk && (data.walk.id !== currentId() || full || data.timeline)) await walkTo(data.walk);
    else if (inBox() && following()) { const row = currentRow(); if (row && !visible(row)) bringIntoView(row); }
  }

  let applying = Promise.resolve();
  function queue(job) { applying = applying.then(job).catch(() => {}); }

  // -- the anonymous pulse at the debrief: its form, or the thanks once this link answered --

  function showPulse(state) {
    const section = $("pulse");
    if (!section) return;
    const opening = section.hidden && state.open;
    const before = section.offsetHeight;
    keepFocus(section, () => {
      section.hidden = !state.open;
      $("pulse-form").hidden = state.answered;
      $("pulse-thanks").hidden = !state.answered;
    });
    const grew = section.offsetHeight - before;
    if (grew && window.scrollY > 0) { ownScrollAt = performance.now(); window.scrollBy(0, grew); }
    if (opening && !state.answered) announce.textContent = "The debrief: two anonymous questions wait at the top of the page.";
  }

  // -- following the review ---------------------------------------------------------------

  function refusedWith(message) {
    stopped = true;
    if (source) source.close();
    if (ticker) clearInterval(ticker);
    conn.textContent = "not following";
    const gone = $("gone");
    if (gone) { gone.textContent = message; gone.hidden = false; }
    body.classList.add("refused-link");
    for (const fieldset of document.querySelectorAll("form fieldset")) fieldset.disabled = true;
    for (const button of document.querySelectorAll("form button, .for-sender button")) button.disabled = true;
    const bar = $("sendbar");
    if (bar) bar.hidden = true;
    const sheet = $("sheet");
    if (sheet) sheet.hidden = true;
  }

  function closedOrReopened(closed) {
    const typed = [...document.querySelectorAll("textarea, input:not([type=hidden]):not([type=radio])")].some((f) => f.value.trim());
    if (closed && typed) {
      refusedWith("The review is closed: nothing more can be sent. Reload the page to see its outcome.");
      return;
    }
    stopped = true;
    if (source) source.close();
    window.location.reload();
  }

  async function why() {
    try {
      const response = await fetch(`${base}/clock`, { headers: { Accept: "application/json" }, cache: "no-store" });
      if (response.status === 403) { refusedWith((await response.json()).message); return; }
    } catch (e) { /* the facilitator's machine is not reachable */ }
    conn.textContent = "reconnecting…";
    setTimeout(connect, 3000);
  }

  function connect() {
    if (stopped) return;
    source = new EventSource(`${base}/events?v=${version}`);
    source.addEventListener("open", () => { conn.textContent = closedPage ? "" : "live"; resyncClock(); });
    source.addEventListener("sync", (message) => { if (!closedPage) queue(() => apply(JSON.parse(message.data), true)); });
    source.addEventListener("delta", (message) => { if (!closedPage) queue(() => apply(JSON.parse(message.data), false)); });
    source.addEventListener("clock", (message) => { if (!closedPage) setClock(JSON.parse(message.data)); });
    source.addEventListener("mine", (message) => {
      const mine = $("mine");
      if (mine) { keepFocus(mine, () => { mine.innerHTML = JSON.parse(message.data).html; }); decorate(mine); }
    });
    source.addEventListener("pulse", (message) => showPulse(JSON.parse(message.data)));
    source.addEventListener("reload", (message) => closedOrReopened(JSON.parse(message.data).closed));
    source.addEventListener("refused", (message) => refusedWith(JSON.parse(message.data).message));
    source.addEventListener("error", () => {
      if (stopped) return;
      if (source.readyState === EventSource.CLOSED) why();
      else conn.textContent = "reconnecting…";
    });
  }

  // -- sending ---------------------------------------------------------------------------

  let toastTimer = null;
  function say(message) {
    const sent = $("sent");
    if (sent) sent.textContent = message;
    if (!toast) return;
    toast.textContent = message;
    clearTimeout(toastTimer);
    toastTimer = setTimeout(() => { toast.textContent = ""; }, 5000);
  }

  async function post(data, form) {
    data.set("csrf", body.dataset.csrf);
    try {
      const response = await fetch(`${base}/send`, {
        method: "POST", body: data, credentials: "same-origin", headers: { Accept: "application/json" },
      });
      const answer = await response.json();
      say(answer.message);
      if (response.status === 403) refusedWith(answer.message);
      return response.ok;
    } catch (e) {
      say("Not sent: the connection to the facilitator is down. Try again.");
      return false;
    }
  }

  async function send(event) {
    event.preventDefault();
    const form = event.target;
    const data = new URLSearchParams(new FormData(form));
    if (event.submitter && event.submitter.name) data.set(event.submitter.name, event.submitter.value);
    if (data.get("event") === "current" && form.dataset.began) data.set("event", form.dataset.began);
    if (form.id === "sheet-form") {
      if (sheetMode === "park") { data.delete("event"); data.set("kind", "parking"); }
      else data.set("event", sheetEvent());
    }
    if (await post(data, form)) {
      for (const field of form.querySelectorAll("textarea, input[type=text], input:not([type])")) field.value = "";
      delete form.dataset.began;
      if (form.id === "sheet-form") closeSheet();
      if (form.id === "pulse-form") { showPulse({ open: true, answered: true }); $("pulse-thanks").focus({ preventScroll: true }); }
    }
  }

  // A note "on the event under discussion" goes on the event that was on screen when typing began.
  function beganTyping(event) {
    const form = event.target.form;
    if (!form || form.dataset.began) return;
    form.dataset.began = form.id === "sheet-form" ? sheetEvent() : currentId();
    tuneSheet();
  }

  // -- the sticky bar and its sheet: one tap to a hand, a note, a topic -------------------

  let sheetMode = "note";
  let sheetFixed = "";

  function sheetEvent() {
    const form = $("sheet-form");
    return sheetFixed || (form && form.dataset.began) || currentId();
  }

  function eventLabel(id) {
    const row = document.getElementById(`event-${id}`) || document.querySelector(`[data-event-id="${id}"]`);
    if (row && row.dataset.label) return row.dataset.label;
    const now = document.querySelector("#discussing .event-now-text");
    return id === currentId() && now ? now.textContent : "an event of the timeline";
  }

  function tuneSheet() {
    const sheet = $("sheet");
    if (!sheet || sheet.hidden) return;
    const on = $("sheet-on");
    const send = $("sheet-send");
    if (sheetMode === "park") {
      $("sheet-title").textContent = "A topic for the parking lot";
      $("sheet-label").textContent = "Topic";
      on.textContent = "It waits in the parking lot until the facilitator takes it up.";
      $("sheet-question").hidden = true;
      send.textContent = "Park it";
      send.disabled = false;
      return;
    }
    $("sheet-title").textContent = "A note on an event";
    $("sheet-label").textContent = "Your note";
    $("sheet-question").hidden = false;
    send.textContent = "Send note";
    const id = sheetEvent();
    send.disabled = !id;
    $("sheet-question").disabled = !id;
    if (!id) { on.textContent = "No event is under discussion: choose ✎ Note on an event of the timeline."; return; }
    const moved = id !== currentId() && !sheetFixed && currentId();
    on.textContent = `On: ${eventLabel(id)}${moved ? " (the discussion has moved on; your note stays on this event)" : ""}`;
  }

  function openSheet(mode, fixed) {
    const sheet = $("sheet");
    if (!sheet || stopped) return;
    const form = $("sheet-form");
    if (mode !== sheetMode || fixed !== sheetFixed) delete form.dataset.began;
    sheetMode = mode;
    sheetFixed = fixed || "";
    sheet.hidden = false;
    tuneSheet();
    $("sheet-text").focus({ preventScroll: true });
  }

  function closeSheet() {
    const sheet = $("sheet");
    if (!sheet) return;
    sheet.hidden = true;
    sheetFixed = "";
    const opener = $(sheetMode === "park" ? "bar-park" : "bar-note");
    if (opener) opener.focus({ preventScroll: true });
  }

  async function toggleHand() {
    const up = $("bar-hand").dataset.up === "yes";
    await post(new URLSearchParams({ kind: up ? "lower" : "hand" }));
  }

  function pick(selectId, value, focusId) {
    const select = $(selectId);
    if (!select) return;
    select.value = value;
    const target = $(focusId);
    if (target) { target.scrollIntoView({ block: "center" }); target.focus({ preventScroll: true }); }
  }

  document.addEventListener("click", (event) => {
    const button = event.target.closest("button[data-note], button[data-answer], button[data-vote]");
    if (!button || !body.classList.contains("can-send")) return;
    if (button.dataset.note) openSheet("note", button.dataset.note);
    else if (button.dataset.answer) pick("answer-event", button.dataset.answer, "answer-knew");
    else pick("vote-target", button.dataset.vote, "vote-comment");
  });

  function wireSending() {
    for (const form of document.querySelectorAll("form")) {
      form.addEventListener("submit", send);
      form.addEventListener("input", beganTyping);
    }
    const bar = $("sendbar");
    if (!bar) return;
    bar.hidden = false;
    $("bar-hand").addEventListener("click", toggleHand);
    $("bar-note").addEventListener("click", () => openSheet("note", ""));
    $("bar-park").addEventListener("click", () => openSheet("park", ""));
    $("sheet-close").addEventListener("click", closeSheet);
    $("sheet").addEventListener("keydown", (event) => { if (event.key === "Escape") closeSheet(); });
  }

  // -- start ------------------------------------------------------------------------------

  decorate(document);
  if (!closedPage && events) {
    afterChange();
    wireSending();
    updateMore();
    for (const link of document.querySelectorAll(".more a")) {
      link.addEventListener("click", (event) => {
        event.preventDefault();
        const [first, last] = range();
        loadChunk(link.dataset.dir === "before" ? first - 1 : last + 1, false);
      });
    }
    if ("IntersectionObserver" in window) {
      const observer = new IntersectionObserver((entries) => {
        for (const entry of entries) {
          if (!entry.isIntersecting || entry.target.hidden) continue;
          const [first, last] = range();
          loadChunk(entry.target.id === "more-before" ? first - 1 : last + 1, false);
        }
      }, { rootMargin: "400px" });
      observer.observe($("more-before"));
      observer.observe($("more-after"));
    }
    if (back) back.addEventListener("click", () => goToCurrent(true));
    window.addEventListener("scroll", onScroll, { passive: true });
    if (scroller) scroller.addEventListener("scroll", onScroll, { passive: true });
    const row = currentRow();
    if (row && inBox()) bringIntoView(row);
    ticker = setInterval(tick, 250);
  }
  document.addEventListener("visibilitychange", () => { if (document.visibilityState === "visible") resyncClock(); });
  window.addEventListener("pageshow", (event) => { if (event.persisted) resyncClock(); });
  connect();
})();
