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

/**
 * What a bar of the deployment timeline stands for. Each outcome has its own colour (`OUTCOME_STYLE`), so the
 * caption can name the colours that the chart really uses.
 */
export type BarOutcome =
  | 'succeeded'
  | 'failed'
  | 'rolled-back'
  | 'rollback'
  | 'in-progress'
  | 'incident'
  | 'release';

export interface GanttTask {
  /** The gantt section, normally the environment. */
  section: string;
  label: string;
  start: Date;
  end: Date;
  outcome: BarOutcome;
}

export interface GanttOptions {
  title?: string;
  /**
   * The part of time the chart shows. Bars are clipped to it; without it the chart spans its bars. A span
   * keeps a short story (deploy, rollback, hotfix within hours) readable instead of drawing it on the axis
   * of a whole release cycle.
   */
  span?: { from: Date; to: Date };
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
 * Mermaid's gantt has four bar fills: the plain task, `active`, `done` and `crit` (a combination such as
 * `crit, done` only changes the border). The theme variables below give them colours that say what they mean
 * in GitHub's light and dark themes (dark text on light fills). A label that does not fit its bar is drawn
 * beside it in the theme's text colour, except on `active` bars, whose text Mermaid always draws dark: so
 * `active` goes to the rare outcome (a deployment still in progress), never to a short bar of the story.
 * Rolled back, failed and incidents share red: each is a failure (the change failure rate counts a rolled-back
 * deployment as failed), and their labels say which.
 */
const OUTCOME_STYLE: Record<BarOutcome, { tags: string; colour: string; legend: string }> = {
  succeeded: { tags: 'done', colour: '🟩', legend: 'succeeded' },
  failed: { tags: 'crit', colour: '🟥', legend: 'failed' },
  'rolled-back': { tags: 'crit', colour: '🟥', legend: 'rolled back' },
  incident: { tags: 'crit', colour: '🟥', legend: 'incident (opened → closed)' },
  rollback: { tags: '', colour: '🟦', legend: 'rollback (an older version put back)' },
  'in-progress': { tags: 'active', colour: '🟨', legend: 'still in progress' },
  release: { tags: 'milestone', colour: '◆', legend: 'release published' },
};

/**
 * The legend of the outcomes a chart shows, one entry per colour in the order of `OUTCOME_STYLE`, for its
 * caption: "🟩 succeeded · 🟥 rolled back, incident (opened → closed) · 🟦 rollback (…)".
 */
export function ganttLegend(outcomes: Iterable<BarOutcome>): string[] {
  const present = new Set(outcomes);
  const byColour = new Map<string, string[]>();
  for (const outcome of Object.keys(OUTCOME_STYLE) as BarOutcome[]) {
    if (!present.has(outcome)) continue;
    const { colour, legend } = OUTCOME_STYLE[outcome];
    byColour.set(colour, [...(byColour.get(colour) ?? []), legend]);
  }
  return [...byColour].map(([colour, legends]) => `${colour} ${legends.join(', ')}`);
}

/** Our own directive (labels never carry `%`, see mermaidText): the fills of the four outcomes. */
const GANTT_INIT = `%%{init: ${JSON.stringify({
  themeVariables: {
    doneTaskBkgColor: '#4ac26b',
    doneTaskBorderColor: '#1a7f37',
    critBkgColor: '#ff8182',
    critBorderColor: '#cf222e',
    activeTaskBkgColor: '#f2cc60',
    activeTaskBorderColor: '#9a6700',
    taskBkgColor: '#80ccff',
    taskBorderColor: '#0969da',
    taskTextColor: '#1f2328',
    taskTextDarkColor: '#1f2328',
  },
})}}%%`;

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;

/**
 * Ticks a reader can count at GitHub's width (about 880 px for the chart: ten labels at most) and a label
 * format that fits them: hours for a span of days, dates beyond.
 */
function ganttAxis(spanMs: number): string[] {
  const steps: [number, string][] = [
    [12 * HOUR_MS, '1hour'],
    [36 * HOUR_MS, '3hour'],
    [4 * 24 * HOUR_MS, '6hour'],
    [8 * 24 * HOUR_MS, '12hour'],
    [16 * 24 * HOUR_MS, '1day'],
    [70 * 24 * HOUR_MS, '1week'],
  ];
  const step = steps.find(([max]) => spanMs <= max);
  return [
    // Hours matter for a release of a day or two; beyond that, the day is what people read.
    `    axisFormat ${spanMs <= 8 * 24 * HOUR_MS ? '%m-%d %H:%M' : '%Y-%m-%d'}`,
    ...(step ? [`    tickInterval ${step[1]}`] : []),
  ];
}

/**
 * A gantt chart of deployments: one section per environment (in first-seen order), one bar per task,
 * coloured by outcome, clipped to `options.span`. A bar shorter than 1/150 of the span is widened to it so
 * it stays visible. Throws on an invalid date: that is a bug upstream, not data to hide.
 */
export function deploymentGantt(tasks: readonly GanttTask[], options: GanttOptions = {}): string {
  for (const task of tasks) {
    ganttDate(task.start, `start of "${task.label}"`);
    ganttDate(task.end, `end of "${task.label}"`);
  }
  const from = options.span?.from.getTime() ?? Math.min(...tasks.map((t) => t.start.getTime()));
  const to =
    options.span?.to.getTime() ??
    Math.max(...tasks.map((t) => Math.max(t.end.getTime(), t.start.getTime() + MINUTE_MS)));
  const visible = tasks.filter(
    (t) => t.start.getTime() <= to && Math.max(t.end.getTime(), t.start.getTime()) >= from,
  );
  if (visible.length === 0) return '';
  const spanMs = Math.max(to - from, MINUTE_MS);
  const minBar = Math.max(MINUTE_MS, Math.round(spanMs / 150));
  const sections = new Map<string, string[]>();
  for (const task of visible) {
    const startMs = Math.max(task.start.getTime(), from);
    const endMs =
      task.outcome === 'release' ? startMs : Math.min(Math.max(task.end.getTime(), startMs + minBar), to);
    const start = ganttDate(new Date(startMs), 'start');
    const end = ganttDate(new Date(Math.max(endMs, startMs)), 'end');
    let label = mermaidText(task.label);
    if (GANTT_KEYWORD.test(label)) label = `\u200B${label}`;
    const section = mermaidText(task.section, 60, '(no environment)');
    const lines = sections.get(section) ?? [];
    const tags = OUTCOME_STYLE[task.outcome].tags;
    lines.push(`    ${label} :${tags ? `${tags}, ` : ''}${start}, ${end}`);
    sections.set(section, lines);
  }
  return fence([
    GANTT_INIT,
    'gantt',
    ...(options.title ? [`    title ${mermaidText(options.title, 100)}`] : []),
    '    dateFormat YYYY-MM-DDTHH:mm:ss',
    ...ganttAxis(spanMs),
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

interface XyOptions {
  title?: string;
  yLabel: string;
  /** A fixed y range, e.g. one whose ticks are whole numbers; otherwise Mermaid picks one from the data. */
  yRange?: { min: number; max: number };
  /**
   * The chart's height for its 700-pixel design width (Mermaid's default is 500). GitHub scales the chart to
   * its column (about 880 pixels), so 200 reads as about 250 pixels: small charts for a series of them.
   */
  height?: number;
}

function xyChart(kind: 'bar' | 'line', points: readonly Point[], options: XyOptions) {
  const range = options.yRange
    ? ` ${chartNumber(options.yRange.min, 'y-axis min')} --> ${chartNumber(options.yRange.max, 'y-axis max')}`
    : '';
  const init = {
    // Mermaid's default plot colour is a pale lavender that all but disappears on white.
    themeVariables: { xyChart: { plotColorPalette: '#0969da' } },
    ...(options.height ? { xyChart: { height: options.height } } : {}),
  };
  return fence([
    `%%{init: ${JSON.stringify(init)}}%%`,
    'xychart-beta',
    ...(options.title ? [`    title ${quoted(options.title, 100)}`] : []),
    `    x-axis [${points.map((p) => quoted(p.label, 30)).join(', ')}]`,
    `    y-axis ${quoted(options.yLabel, 40)}${range}`,
    `    ${kind} [${points.map((p, i) => chartNumber(p.value, `value ${i} ("${p.label}")`)).join(', ')}]`,
  ]);
}

/**
 * The top of a y axis for counts whose ticks are whole numbers. Mermaid's xychart draws about ten ticks
 * over its range (d3's `scale.ticks()`, steps of 1, 2 or 5 × 10ⁿ), so a range below 10 gets fractional
 * ticks ("0.5 changes"). From 10 up, every step is a whole number: the axis runs to 10, or to the largest
 * count rounded up to a multiple of 10.
 */
export function countAxisMax(largest: number): number {
  return Math.max(10, Math.ceil(largest / 10) * 10);
}

/**
 * Counts per ordered bucket as a bar chart on a whole-number axis. A bar chart rather than a pie: the
 * buckets are ordered (under an hour, under a day, …), a pie loses that order, and an empty bucket still
 * shows as a gap instead of disappearing. Returns '' when there are no buckets or every bucket is empty.
 */
export function countChart(buckets: readonly Bucket[], title: string | undefined, yLabel: string): string {
  if (buckets.every((b) => b.count === 0)) return '';
  return xyChart(
    'bar',
    buckets.map((b) => ({ label: b.label, value: b.count })),
    {
      ...(title ? { title } : {}),
      yLabel,
      yRange: { min: 0, max: countAxisMax(Math.max(...buckets.map((b) => b.count))) },
      height: 300,
    },
  );
}

/** Lead-time distribution: changes per lead-time bucket (see countChart). */
export function leadTimeChart(buckets: readonly Bucket[], title?: string): string {
  return countChart(buckets, title, 'changes');
}

/** A metric across releases as a line chart, oldest first. */
export function trendChart(
  points: readonly Point[],
  title: string,
  yLabel: string,
  options: Pick<XyOptions, 'yRange' | 'height'> = {},
): string {
  if (points.length === 0) return '';
  return xyChart('line', points, { ...options, title, yLabel });
}
