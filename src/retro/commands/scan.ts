/**
 * Finds the lines of a comment body that may hold a command: lines starting with `/` that GitHub renders
 * as ordinary text. A command shown as an example (in a code block, in inline code, in a quote of someone
 * else's comment) must never act, so those regions are skipped:
 * - fenced code (``` or ~~~, three or more, indented up to 3 spaces) until the matching close or the end;
 * - indented code: any line indented 4+ columns (a tab counts as 4). CommonMark only makes that a code
 *   block after a blank line, but no command is ever written that way, so refusing it always is simpler
 *   and never wrong in the direction that matters;
 * - block quotes: lines whose first character is `>` (lazy continuation lines are not tracked);
 * - HTML comments `<!-- … -->`, which GitHub hides: a command nobody can see must not act either
 *   (a `<!--` inside inline code is text and does not count);
 * - inline code needs no rule: a line starting with a backtick does not start with `/`.
 * Known limit: a code span opened on one line and closed on a later one is not tracked.
 *
 * One pass over the lines, no backtracking regular expressions: linear in the body's length.
 */

export interface CandidateLine {
  /** 1-based line number in the comment body. */
  line: number;
  /** The line without its indentation and trailing whitespace; starts with `/`. */
  text: string;
}

const FENCE_OPEN = /^(`{3,}|~{3,})(.*)$/;
const FENCE_CLOSE = /^ {0,3}(`{3,}|~{3,})[ \t]*$/;

export function* candidateLines(body: string): Generator<CandidateLine> {
  const lines = body.split(/\r\n|\r|\n/);
  let fence: string | null = null;
  let inComment = false;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i] ?? '';
    if (fence !== null) {
      // A closing fence: the same character, at least as long, and nothing after it but spaces.
      const close = FENCE_CLOSE.exec(raw)?.[1];
      if (close !== undefined && close[0] === fence[0] && close.length >= fence.length) fence = null;
      continue;
    }
    if (inComment) {
      if (raw.includes('-->')) inComment = false;
      continue;
    }
    if (/^(?: {0,3}\t| {4})/.test(raw)) continue; // indented code
    const text = raw.replace(/^ {0,3}/, '');
    if (text.startsWith('>')) continue; // block quote
    const open = FENCE_OPEN.exec(text);
    // A backtick fence's info string cannot contain a backtick; "```a```" is inline code, not a fence.
    if (open?.[1] && !(open[1][0] === '`' && open[2]?.includes('`'))) {
      fence = open[1];
      continue;
    }
    if (text.includes('<!--')) {
      // `<!--` inside inline code is just text; only a real opener without its `-->` hides the next lines.
      const visible = withoutCodeSpans(text);
      const commentStart = visible.lastIndexOf('<!--');
      if (commentStart !== -1 && !visible.includes('-->', commentStart + 4)) inComment = true;
    }
    if (text.startsWith('/')) yield { line: i + 1, text: text.trimEnd() };
  }
}

/**
 * The line without its inline code spans. CommonMark: a run of N backticks opens a span that the next run
 * of exactly N backticks closes; an unmatched run is literal. Linear: each run's next equal-length run is
 * found in one backwards pass.
 */
export function withoutCodeSpans(line: string): string {
  const runs = [...line.matchAll(/`+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const nextSame: (number | undefined)[] = [];
  const lastByLength = new Map<number, number>();
  for (let i = runs.length - 1; i >= 0; i--) {
    const run = runs[i] as { start: number; end: number };
    nextSame[i] = lastByLength.get(run.end - run.start);
    lastByLength.set(run.end - run.start, i);
  }
  let out = '';
  let pos = 0;
  for (let i = 0; i < runs.length; i++) {
    const close = nextSame[i];
    if (close === undefined) continue;
    out += line.slice(pos, runs[i]?.start);
    pos = runs[close]?.end ?? pos;
    i = close;
  }
  return out + line.slice(pos);
}
