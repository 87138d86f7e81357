/**
 * Mermaid charts for the retro body. GitHub renders ```mermaid blocks, so charts cost no image hosting.
 *
 * Every label is untrusted (environment names, tags, titles) and passes through `mermaidText`, which
 * removes what Mermaid or the surrounding markdown would read as syntax:
 * - `:` `;` `#` end a gantt task name or start its data/comment; `%` starts comments and `%%{init}%%`
 *   directives (which can reconfigure the chart) anywhere in the text; `#name;` is an entity escape.
 *   They become their full-width look-alikes (`：` `；` `＃` `％`), so the label still reads the same.
 * - `"` ends an xychart string, a backtick could open a markdown string or close our code fence:
 *   both become `'`. `<` `>` become `‹` `›` so labels are never HTML and `-->` is never an arrow.
 * - Line breaks, control and bidi characters are removed; whitespace collapses to one space.
 *
 * Builders return '' for empty input so the caller can write "not measured" instead of an empty chart.
 * Charts use the `xychart-beta` keyword rather than the newer `xychart` alias, which older Mermaid
 * versions (and GitHub's renderer, which trails the latest release) do not know.
 */

export type DeploymentStatus = 'success' | 'failure' | 'rollback' | 'active';

export interface GanttTask {
  /** The gantt section, normally the environment. */
  section: string;
  label: string;
  start: Date;
  end: Date;
  status: DeploymentStatus;
}

export interface Bucket {
  label: string;
  count: number;
}

export interface Point {
  label: string;
  value: number;
}

const FULL_WIDTH: Record<string, string> = {
  ':': '：',
  ';': '；',
  '#': '＃',
  '%': '％',
  '"': "'",
  '`': "'",
  '<': '‹',
  '>': '›',
};

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is being removed
const INVISIBLE = /[\u0000-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;

/**
 * Words a gantt line may start with that the lexer reads before task text (it is case-insensitive and
 * takes the first rule that matches, in the order of mermaid's gantt.jison): the statements, `click`, and
 * the `call` and `href` of a click's callback (a deployment labelled "call" became a callback, not a task),
 * plus a bare date, which lexes as a date token. A label starting with one gets a leading zero-width space
 * so it stays a task name; `\s` does not match U+200B, so the lexer cannot skip it.
 */
const GANTT_KEYWORD =
  /^(?:gantt|dateformat|inclusiveenddates|topaxis|axisformat|tickinterval|includes|excludes|todaymarker|weekday|weekend|title|acctitle|accdescr|accdescription|section|click|call|href|\d{4}-\d\d-\d\d)/i;

/** Makes untrusted text safe as a Mermaid label (see the module comment), at most `max` characters. */
export function mermaidText(text: string, max = 60, fallback = '(unnamed)'): string {
  const clean = text
    .replace(INVISIBLE, ' ')
    .replace(/[:;#%"`<>]/g, (ch) => FULL_WIDTH[ch] ?? '')
    .replace(/\s+/g, ' ')
    .trim();
  const chars = Array.from(clean);
  const cut =
    chars.length > max
      ? `${chars
          .slice(0, max - 1)
          .join('')
          .trimEnd()}…`
      : clean;
  return cut === '' ? fallback : cut;
}

const fence = (lines: readonly string[]) => ['```mermaid', ...lines, '```'].join('\n');

/**
 * Gantt dates are written as UTC wall-clock time without an offset: Mermaid parses them as local time
 * in the reader's browser and prints them back in that same local time, so the axis shows UTC as written.
 */
function ganttDate(date: Date, what: string): string {
  if (Number.isNaN(date.getTime())) throw new RangeError(`deploymentGantt: ${what} is not a valid date`);
  return date.toISOString().slice(0, 19);
}

/**
 * `done` greys a finished bar and `crit` outlines it in red; a rollback is a failure that completed, so it
 * gets both. `active` is a deployment still in progress.
 */
const GANTT_TAGS: Record<DeploymentStatus, string> = {
  success: 'done',
  failure: 'crit',
  rollback: 'crit, done',
  active: 'active',
};

/** A bar shorter than this would be invisible; deployment statuses often share one timestamp. */
const MIN_BAR_MS = 60_000;

/**
 * A gantt chart of deployments: one section per environment (in first-seen order), one bar per
 * deployment, coloured by outcome. Throws on an invalid date: that is a bug upstream, not data to hide.
 */
export function deploymentGantt(tasks: readonly GanttTask[], title?: string): string {
  if (tasks.length === 0) return '';
  const sections = new Map<string, string[]>();
  for (const task of tasks) {
    const start = ganttDate(task.start, `start of "${task.label}"`);
    ganttDate(task.end, `end of "${task.label}"`);
    const end = ganttDate(new Date(Math.max(task.end.getTime(), task.start.getTime() + MIN_BAR_MS)), 'end');
    let label = mermaidText(task.label);
    if (GANTT_KEYWORD.test(label)) label = `\u200B${label}`;
    const section = mermaidText(task.section, 60, '(no environment)');
    const lines = sections.get(section) ?? [];
    lines.push(`    ${label} :${GANTT_TAGS[task.status]}, ${start}, ${end}`);
    sections.set(section, lines);
  }
  const span =
    Math.max(...tasks.map((t) => t.end.getTime())) - Math.min(...tasks.map((t) => t.start.getTime()));
  return fence([
    'gantt',
    ...(title ? [`    title ${mermaidText(title, 100)}`] : []),
    '    dateFormat YYYY-MM-DDTHH:mm:ss',
    // Hours matter for a release of a day or two; beyond that, the day is what people read.
    `    axisFormat ${span <= 3 * 24 * 3_600_000 ? '%m-%d %H:%M' : '%Y-%m-%d'}`,
    // The default marker draws "today", which is unrelated to a past release and changes every render.
    '    todayMarker off',
    ...[...sections].flatMap(([name, lines]) => [`    section ${name}`, ...lines]),
  ]);
}

/**
 * xychart's lexer reads numbers as `[+-]?(\d+(\.\d+)?|\.\d+)`: no exponent, so 1e21 or 1e-7 would not
 * parse. Values are rounded to two decimals and written in plain notation.
 */
function chartNumber(value: number, what: string): string {
  if (!Number.isFinite(value)) throw new RangeError(`${what} must be a finite number, got ${value}`);
  if (Math.abs(value) >= 1e21) throw new RangeError(`${what} is too large to chart: ${value}`);
  return value
    .toFixed(2)
    .replace(/\.?0+$/, '')
    .replace(/^-0$/, '0');
}

const quoted = (text: string, max?: number) => `"${mermaidText(text, max)}"`;

function xyChart(kind: 'bar' | 'line', points: readonly Point[], title: string | undefined, yLabel: string) {
  return fence([
    'xychart-beta',
    ...(title ? [`    title ${quoted(title, 100)}`] : []),
    `    x-axis [${points.map((p) => quoted(p.label, 30)).join(', ')}]`,
    `    y-axis ${quoted(yLabel, 40)}`,
    `    ${kind} [${points.map((p, i) => chartNumber(p.value, `value ${i} ("${p.label}")`)).join(', ')}]`,
  ]);
}

/**
 * Lead-time distribution as a bar chart. A bar chart rather than a pie: the buckets are ordered
 * (under an hour, under a day, …), a pie loses that order, and an empty bucket still shows as a gap
 * instead of disappearing. Returns '' when there are no buckets or every bucket is empty.
 */
export function leadTimeChart(buckets: readonly Bucket[], title?: string): string {
  if (buckets.every((b) => b.count === 0)) return '';
  return xyChart(
    'bar',
    buckets.map((b) => ({ label: b.label, value: b.count })),
    title,
    'changes',
  );
}

/** A metric across releases as a line chart, oldest first. */
export function trendChart(points: readonly Point[], title: string, yLabel: string): string {
  if (points.length === 0) return '';
  return xyChart('line', points, title, yLabel);
}
