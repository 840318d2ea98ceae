// Parse Mermaid charts with the real Mermaid parser (in jsdom) and print what it read.
// Input on stdin: charts separated by a line `%%---`. Output: one JSON line per chart,
// {"ok": true, "type": "gantt", "tasks": ["name", ...]} or {"ok": false, "error": "..."}.
import { JSDOM } from "jsdom";

const dom = new JSDOM("<!doctype html><html><body></body></html>");
globalThis.window = dom.window;
globalThis.document = dom.window.document;
const { default: mermaid } = await import("mermaid");
mermaid.initialize({ startOnLoad: false });

const decode = (text) =>
  text
    .replace(/ﬂ°°/g, "&#")
    .replace(/ﬂ°/g, "&")
    .replace(/¶ß/g, ";")
    .replace(/&#(\d+);/g, (_, code) => String.fromCodePoint(Number(code)));

let input = "";
for await (const chunk of process.stdin) input += chunk;
for (const chart of input.split("\n%%---\n")) {
  try {
    await mermaid.parse(chart);
    const diagram = await mermaid.mermaidAPI.getDiagramFromText(chart);
    const db = diagram.db;
    const tasks = typeof db.getTasks === "function" ? db.getTasks().map((task) => decode(task.task)) : [];
    console.log(JSON.stringify({ ok: true, type: diagram.type, tasks }));
  } catch (error) {
    console.log(JSON.stringify({ ok: false, error: String(error?.message ?? error).split("\n").slice(0, 4).join(" | ") }));
  }
}
