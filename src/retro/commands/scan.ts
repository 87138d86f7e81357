/**
 * Finds the lines of a comment body that may hold a command: lines GitHub renders as a plain line of a
 * top-level paragraph that starts with `/`. A command shown as an example or hidden (in code, in a quote of
 * someone else's comment, in raw HTML, in a link or emphasis) must never act.
 *
 * The body is parsed with markdown-it, a CommonMark parser with GFM tables and strikethrough (footnotes by
 * its own plugin), so block structure is decided the way CommonMark decides it: fences opened in list items,
 * lazy block-quote continuation, HTML blocks (`<pre>`, a lone `<code>` line, comments), indented code,
 * tables, headings. Inside a paragraph a zero-width marker rule records where each source line starts in the
 * inline parse; a line is a candidate only when that start is reached at the paragraph's top level, so a line
 * that begins inside a multi-line code span, inline HTML, a link, emphasis or strikethrough is not. What
 * markdown-it does not model and GitHub renders specially is handled on top, on the side of refusing:
 * - raw HTML: an HTML comment left open hides everything after it (GitHub's sanitiser parses the HTML
 *   output, and only raw HTML can close it), and a line inside an element opened by raw HTML (`<code>`,
 *   `<details>`, `<div>` …) is not plain;
 * - math: a paragraph line after an unclosed `$$` line is GitHub display math.
 *
 * Cost: markdown-it's parse is linear in practice on the pathological CommonMark inputs (its own test
 * suite checks cmark's pathological cases); bodies are at most GitHub's 65,536 characters (longer input is
 * cut there), and the parser's steps are counted (`scanWork`) so a test bounds them without a clock.
 */
import MarkdownIt, { type PluginSimple } from 'markdown-it';
import type StateBlock from 'markdown-it/lib/rules_block/state_block.mjs';
import type StateInline from 'markdown-it/lib/rules_inline/state_inline.mjs';
import type Token from 'markdown-it/lib/token.mjs';
import footnote from 'markdown-it-footnote';

export interface CandidateLine {
  /** 1-based line number in the comment body. */
  line: number;
  /** The line without its indentation and trailing whitespace; starts with `/`. */
  text: string;
}

/** GitHub stores at most this many characters in a comment body; nothing past it is ever a command. */
export const MAX_SCANNED_LENGTH = 65_536;

/** How much the last `candidateLines` call made the parser do: rule calls, for a clock-free cost bound. */
export const scanWork = { blockSteps: 0, inlineSteps: 0 };

const LINE_START_MARK = 'release_retro_line_start';

const parser = new MarkdownIt('commonmark', { html: true })
  .enable(['table', 'strikethrough'])
  // The plugin's types are written against markdown-it's CommonJS typings; the runtime object is the same.
  .use(footnote as unknown as PluginSimple)
  .use((md) => {
    // Counts block rule attempts (one per line and rule at most, on markdown-it's design).
    md.block.ruler.before('table', 'release_retro_count', (_state: StateBlock) => {
      scanWork.blockSteps++;
      return false;
    });
    md.inline.ruler.before('text', LINE_START_MARK, markLineStart);
  });

/**
 * Runs before every other inline rule at each position the inline parser visits. At the first non-space
 * character of a source line it leaves a zero-width token saying where that line starts; it never consumes
 * anything (it answers "no match"), so the parse is exactly markdown-it's own.
 */
function markLineStart(state: StateInline, silent: boolean): boolean {
  scanWork.inlineSteps++;
  if (silent || state.src.charCodeAt(state.pos) !== 0x2f /* / */) return false;
  let before = state.pos - 1;
  while (before >= 0 && (state.src[before] === ' ' || state.src[before] === '\t')) before--;
  if (before >= 0 && state.src[before] !== '\n') return false;
  const token = state.push(LINE_START_MARK, '', 0);
  token.meta = { offset: state.pos };
  return false;
}

const VOID_ELEMENTS = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);

/**
 * Raw HTML as the browser-side sanitiser sees it: whether a comment is open, and which elements are. Fed
 * every raw HTML token in document order. Linear: each step moves past what it read.
 */
class RawHtml {
  private inComment = false;
  private readonly open: string[] = [];

  /** True while the next text is neither hidden by a comment nor inside an element raw HTML opened. */
  get plain(): boolean {
    return !this.inComment && this.open.length === 0;
  }

  read(html: string): void {
    let pos = 0;
    while (pos < html.length) {
      if (this.inComment) {
        const end = html.indexOf('-->', pos);
        if (end === -1) return;
        this.inComment = false;
        pos = end + 3;
        continue;
      }
      const lt = html.indexOf('<', pos);
      if (lt === -1) return;
      if (html.startsWith('<!--', lt)) {
        this.inComment = true;
        pos = lt + 4;
        continue;
      }
      const tag = /^<(\/?)([A-Za-z][A-Za-z0-9-]*)/.exec(html.slice(lt, lt + 64));
      if (!tag) {
        pos = lt + 1;
        continue;
      }
      const gt = html.indexOf('>', lt);
      if (gt === -1) return; // no tag can end after this point
      const name = (tag[2] ?? '').toLowerCase();
      if (tag[1] === '/') {
        const at = this.open.lastIndexOf(name);
        if (at !== -1) this.open.length = at;
      } else if (!VOID_ELEMENTS.has(name) && html[gt - 1] !== '/') {
        this.open.push(name);
      }
      pos = gt + 1;
    }
  }
}

const INDENT_OK = /^ {0,3}\//;
const LINE_BREAK = /\r\n|\r|\n/;

export function* candidateLines(input: string): Generator<CandidateLine> {
  scanWork.blockSteps = 0;
  scanWork.inlineSteps = 0;
  const body = input.length > MAX_SCANNED_LENGTH ? input.slice(0, MAX_SCANNED_LENGTH) : input;
  const lines = body.split(LINE_BREAK);
  // Nothing to parse when no line could start a command (most comments).
  if (!lines.some((l) => INDENT_OK.test(l))) return;
  const tokens = parser.parse(body, {});
  const html = new RawHtml();
  const found: CandidateLine[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (token.type === 'html_block') {
      html.read(token.content);
    } else if (token.type === 'inline' && token.level === 1 && tokens[i - 1]?.type === 'paragraph_open') {
      // `level` 1 is a paragraph directly in the document: not in a quote, list, table or footnote.
      found.push(...paragraphLines(token, lines, html));
    } else if (token.type === 'inline') {
      for (const child of token.children ?? []) if (child.type === 'html_inline') html.read(child.content);
    }
  }
  yield* found;
}

/**
 * The candidate lines of one top-level paragraph, reading its raw inline HTML on the way. Line starts come
 * in source order, so the line count and the `$$` state advance with them: linear in the paragraph.
 */
function paragraphLines(inline: Token, lines: readonly string[], html: RawHtml): CandidateLine[] {
  const first = inline.map?.[0];
  if (first === undefined) return [];
  const out: CandidateLine[] = [];
  let depth = 0; // open emphasis, strong, strikethrough and links
  let counted = 0; // offset in the paragraph's text up to which newlines are counted
  let lineIndex = first;
  let mathFrom = first; // lines before this one were checked for `$$`
  let inMath = false; // GitHub renders the lines between `$$` lines as display math
  for (const child of inline.children ?? []) {
    if (child.type === 'html_inline') html.read(child.content);
    depth += child.nesting;
    if (child.type !== LINE_START_MARK || depth !== 0 || !html.plain) continue;
    const offset = (child.meta as { offset: number }).offset;
    for (let at = inline.content.indexOf('\n', counted); at !== -1 && at < offset; ) {
      lineIndex++;
      counted = at + 1;
      at = inline.content.indexOf('\n', counted);
    }
    for (; mathFrom < lineIndex; mathFrom++) if ((lines[mathFrom] ?? '').trim() === '$$') inMath = !inMath;
    const raw = lines[lineIndex] ?? '';
    if (inMath || !INDENT_OK.test(raw)) continue;
    out.push({ line: lineIndex + 1, text: raw.trim() });
  }
  return out;
}
