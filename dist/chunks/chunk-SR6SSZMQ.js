import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/render/mermaid.ts
var FULL_WIDTH = {
  ":": "\uFF1A",
  ";": "\uFF1B",
  "#": "\uFF03",
  "%": "\uFF05",
  '"': "'",
  "`": "'",
  "<": "\u2039",
  ">": "\u203A"
};
var INVISIBLE = /[\u0000-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;
var GANTT_KEYWORD = /^(?:gantt|dateformat|inclusiveenddates|topaxis|axisformat|tickinterval|includes|excludes|todaymarker|weekday|weekend|title|acctitle|accdescr|accdescription|section|click|call|href|\d{4}-\d\d-\d\d)/i;
function mermaidText(text, max = 60, fallback = "(unnamed)") {
  const clean = text.replace(INVISIBLE, " ").replace(/[:;#%"`<>]/g, (ch) => FULL_WIDTH[ch] ?? "").replace(/\s+/g, " ").trim();
  const chars = Array.from(clean);
  const cut = chars.length > max ? `${chars.slice(0, max - 1).join("").trimEnd()}\u2026` : clean;
  return cut === "" ? fallback : cut;
}
var fence = (lines) => ["```mermaid", ...lines, "```"].join("\n");
function ganttDate(date, what) {
  if (Number.isNaN(date.getTime())) throw new RangeError(`deploymentGantt: ${what} is not a valid date`);
  return date.toISOString().slice(0, 19);
}
var OUTCOME_STYLE = {
  succeeded: { tags: "done", colour: "\u{1F7E9}", legend: "succeeded" },
  failed: { tags: "crit", colour: "\u{1F7E5}", legend: "failed" },
  "rolled-back": { tags: "crit", colour: "\u{1F7E5}", legend: "rolled back" },
  incident: { tags: "crit", colour: "\u{1F7E5}", legend: "incident (opened \u2192 closed)" },
  rollback: { tags: "", colour: "\u{1F7E6}", legend: "rollback (an older version put back)" },
  "in-progress": { tags: "active", colour: "\u{1F7E8}", legend: "still in progress" },
  release: { tags: "milestone", colour: "\u25C6", legend: "release published" }
};
function ganttLegend(outcomes) {
  const present = new Set(outcomes);
  const byColour = /* @__PURE__ */ new Map();
  for (const outcome of Object.keys(OUTCOME_STYLE)) {
    if (!present.has(outcome)) continue;
    const { colour, legend } = OUTCOME_STYLE[outcome];
    byColour.set(colour, [...byColour.get(colour) ?? [], legend]);
  }
  return [...byColour].map(([colour, legends]) => `${colour} ${legends.join(", ")}`);
}
var GANTT_INIT = `%%{init: ${JSON.stringify({
  themeVariables: {
    doneTaskBkgColor: "#4ac26b",
    doneTaskBorderColor: "#1a7f37",
    critBkgColor: "#ff8182",
    critBorderColor: "#cf222e",
    activeTaskBkgColor: "#f2cc60",
    activeTaskBorderColor: "#9a6700",
    taskBkgColor: "#80ccff",
    taskBorderColor: "#0969da",
    taskTextColor: "#1f2328",
    taskTextDarkColor: "#1f2328"
  }
})}}%%`;
var MINUTE_MS = 6e4;
var HOUR_MS = 60 * MINUTE_MS;
function ganttAxis(spanMs) {
  const steps = [
    [12 * HOUR_MS, "1hour"],
    [36 * HOUR_MS, "3hour"],
    [4 * 24 * HOUR_MS, "6hour"],
    [8 * 24 * HOUR_MS, "12hour"],
    [16 * 24 * HOUR_MS, "1day"],
    [70 * 24 * HOUR_MS, "1week"]
  ];
  const step = steps.find(([max]) => spanMs <= max);
  return [
    // Hours matter for a release of a day or two; beyond that, the day is what people read.
    `    axisFormat ${spanMs <= 8 * 24 * HOUR_MS ? "%m-%d %H:%M" : "%Y-%m-%d"}`,
    ...step ? [`    tickInterval ${step[1]}`] : []
  ];
}
function deploymentGantt(tasks, options = {}) {
  for (const task of tasks) {
    ganttDate(task.start, `start of "${task.label}"`);
    ganttDate(task.end, `end of "${task.label}"`);
  }
  const from = options.span?.from.getTime() ?? Math.min(...tasks.map((t) => t.start.getTime()));
  const to = options.span?.to.getTime() ?? Math.max(...tasks.map((t) => Math.max(t.end.getTime(), t.start.getTime() + MINUTE_MS)));
  const visible = tasks.filter(
    (t) => t.start.getTime() <= to && Math.max(t.end.getTime(), t.start.getTime()) >= from
  );
  if (visible.length === 0) return "";
  const spanMs = Math.max(to - from, MINUTE_MS);
  const minBar = Math.max(MINUTE_MS, Math.round(spanMs / 150));
  const sections = /* @__PURE__ */ new Map();
  for (const task of visible) {
    const startMs = Math.max(task.start.getTime(), from);
    const endMs = task.outcome === "release" ? startMs : Math.min(Math.max(task.end.getTime(), startMs + minBar), to);
    const start = ganttDate(new Date(startMs), "start");
    const end = ganttDate(new Date(Math.max(endMs, startMs)), "end");
    let label = mermaidText(task.label);
    if (GANTT_KEYWORD.test(label)) label = `\u200B${label}`;
    const section = mermaidText(task.section, 60, "(no environment)");
    const lines = sections.get(section) ?? [];
    const tags = OUTCOME_STYLE[task.outcome].tags;
    lines.push(`    ${label} :${tags ? `${tags}, ` : ""}${start}, ${end}`);
    sections.set(section, lines);
  }
  return fence([
    GANTT_INIT,
    "gantt",
    ...options.title ? [`    title ${mermaidText(options.title, 100)}`] : [],
    "    dateFormat YYYY-MM-DDTHH:mm:ss",
    ...ganttAxis(spanMs),
    // The default marker draws "today", which is unrelated to a past release and changes every render.
    "    todayMarker off",
    ...[...sections].flatMap(([name, lines]) => [`    section ${name}`, ...lines])
  ]);
}
function chartNumber(value, what) {
  if (!Number.isFinite(value)) throw new RangeError(`${what} must be a finite number, got ${value}`);
  if (Math.abs(value) >= 1e21) throw new RangeError(`${what} is too large to chart: ${value}`);
  return value.toFixed(2).replace(/\.?0+$/, "").replace(/^-0$/, "0");
}
var quoted = (text, max) => `"${mermaidText(text, max)}"`;
function xyChart(kind, points, options) {
  const range = options.yRange ? ` ${chartNumber(options.yRange.min, "y-axis min")} --> ${chartNumber(options.yRange.max, "y-axis max")}` : "";
  const init = {
    // Mermaid's default plot colour is a pale lavender that all but disappears on white.
    themeVariables: { xyChart: { plotColorPalette: "#0969da" } },
    ...options.height ? { xyChart: { height: options.height } } : {}
  };
  return fence([
    `%%{init: ${JSON.stringify(init)}}%%`,
    "xychart-beta",
    ...options.title ? [`    title ${quoted(options.title, 100)}`] : [],
    `    x-axis [${points.map((p) => quoted(p.label, 30)).join(", ")}]`,
    `    y-axis ${quoted(options.yLabel, 40)}${range}`,
    `    ${kind} [${points.map((p, i) => chartNumber(p.value, `value ${i} ("${p.label}")`)).join(", ")}]`
  ]);
}
function countAxisMax(largest) {
  return Math.max(10, Math.ceil(largest / 10) * 10);
}
function countChart(buckets, title, yLabel) {
  if (buckets.every((b) => b.count === 0)) return "";
  return xyChart(
    "bar",
    buckets.map((b) => ({ label: b.label, value: b.count })),
    {
      ...title ? { title } : {},
      yLabel,
      yRange: { min: 0, max: countAxisMax(Math.max(...buckets.map((b) => b.count))) },
      height: 300
    }
  );
}
function trendChart(points, title, yLabel, options = {}) {
  if (points.length === 0) return "";
  return xyChart("line", points, { ...options, title, yLabel });
}

export {
  mermaidText,
  ganttLegend,
  deploymentGantt,
  countChart,
  trendChart
};
