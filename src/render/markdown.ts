/**
 * Markdown safety for untrusted text (PR and issue titles, labels, names, comment text) that the action
 * writes into discussion bodies, issue bodies and comments.
 *
 * Threats handled, and why each matters here:
 * - Forged state: the discussion body holds `<!-- release-retro:state … -->`. Untrusted text must never
 *   carry `<!--` or `-->` into a body the action writes, or a title could smuggle a fake state block.
 * - Notifications: an `@login` or `@org/team` in text we copy would notify people who never opted in,
 *   every time the body is re-rendered. Mentions are neutralised with a zero-width space (U+200B) right
 *   after the `@`: GitHub's mention filter needs a login character immediately after `@`, the text still
 *   reads the same, and, unlike an HTML entity (`@&#8203;`, which Renovate uses in PR bodies), the literal
 *   character also stays invisible inside code spans, where entities are not decoded. A backslash (`\@`)
 *   or `&#64;` would not work: both render to a plain `@` text node, which GitHub then links.
 * - Layout breaking: a `|` ends a table cell, a newline ends a list item, a leading `-`/`1.` starts a list.
 * - HTML: GitHub sanitises HTML, but `<details>`, `<img>` or an unclosed tag still reshape the page.
 *
 * Deliberately kept: issue references (`#123`, `GH-123`, `owner/repo#1`). They render as links and at most
 * add a "mentioned this" entry to the referenced issue, which is exactly the cross-link a retro wants.
 */

/** Inserted after every `@` so it cannot form a mention. See the module comment for the choice. */
export const MENTION_BREAK = '\u200B';

/**
 * Every way to write an at-sign that reaches GitHub's mention filter as `@`: the character itself, and the
 * HTML character references CommonMark decodes to it (`&#64;`, `&#x40;`, with leading zeros, `&commat;`;
 * CommonMark needs the `;`). The full-width `＠` and small `﹫` are not linked by GitHub today, but they read
 * as an at-sign and cost nothing to break too.
 */
const AT_SIGNS = /@|&#0*64;|&#[xX]0*40;|&commat;|\uFF20|\uFE6B/g;

/** Breaks every at-sign form in text whose `&` is kept as markdown (quoted blocks). */
export function breakMentions(text: string): string {
  return text.replace(AT_SIGNS, (at) => `${at.length === 1 && at !== '@' ? at : '@'}${MENTION_BREAK}`);
}

/** GitHub's own body limit, counted by GitHub in characters (code points). */
export const GITHUB_BODY_LIMIT = 65_536;

const ELLIPSIS = '…';

/**
 * A GitHub user login: 1–39 ASCII letters, digits or single hyphens, not starting or ending with a hyphen.
 * Bot logins (`name[bot]`) are not accepted: bots are never owners and never need a notification.
 */
const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;

export function isGitHubLogin(login: string): boolean {
  return LOGIN.test(login);
}

// C0/C1 controls (tab and newline are handled separately) and the bidi embedding/override/isolate
// characters used in "Trojan Source" tricks, which can make a title display differently from its bytes.
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: vertical tab and form feed also break lines
const LINE_BREAKS = /\r\n|[\r\n\u000B\u000C\u0085\u2028\u2029]/g;

// Made on first use: building a segmenter loads ICU's break rules (tens of ms), which most runs never need.
let segmenter: Intl.Segmenter | undefined;

/**
 * Cuts to at most `max` grapheme clusters (so an emoji or accented letter is never split in half),
 * ending with `…` when anything was removed. Linear in the input; stops as soon as the limit is passed.
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text; // every grapheme is at least one code unit
  let kept = 0;
  let cutAt = 0;
  segmenter ??= new Intl.Segmenter('en', { granularity: 'grapheme' });
  for (const { index } of segmenter.segment(text)) {
    if (kept === max) return text.slice(0, cutAt).trimEnd() + ELLIPSIS;
    if (kept === max - 1) cutAt = index; // keep max - 1 graphemes, the ellipsis is the last one
    kept += 1;
  }
  return text;
}

/** Inline escapes: markdown punctuation that can start structure anywhere in a line. */
function escapeInlineChar(ch: string): string {
  switch (ch) {
    case '&':
      return '&amp;';
    case '<':
      return '&lt;';
    case '>':
      return '&gt;';
    case '@':
    case '\uFF20':
    case '\uFE6B':
      return `${ch}${MENTION_BREAK}`;
    default:
      return `\\${ch}`;
  }
}

export interface EscapeInlineOptions {
  /** Maximum length in grapheme clusters before escaping; longer text ends with `…`. Default 200. */
  maxLength?: number;
}

/**
 * Text that escaping leaves as it is: a letter, or `#` and a digit (a pull request's `#123 title`), first (no
 * heading, list or numbered-list start), then letters, digits, single spaces and punctuation that means nothing
 * inside a line, ending in no space. Most titles, names and labels are like this, and a table of 5,000 pull
 * requests escapes tens of thousands of them; they skip the passes below. Anything else (a control character,
 * a mention, markdown punctuation) takes the passes.
 */
const PLAIN_TEXT = /^(?:\p{L}|#\p{N})(?:[\p{L}\p{N} ,.:;'"()/?!=%+#-]*[\p{L}\p{N},.:;'"()/?!=%+#-])?$/u;

/**
 * Makes untrusted plain text safe as one line inside a table cell, list item or heading.
 * The input is treated as plain text, not markdown: what the author typed is what readers see.
 * `maxLength` applies to the visible text; the escaped output can be longer.
 */
export function escapeInline(text: string, options: EscapeInlineOptions = {}): string {
  const { maxLength = 200 } = options;
  if (text.length <= maxLength && PLAIN_TEXT.test(text) && !text.includes('  ')) return text;
  return escapeInlinePasses(text, maxLength);
}

/** `escapeInline` without its shortcut for plain text; exported for the test that checks the shortcut. */
export function escapeInlinePasses(text: string, maxLength: number): string {
  const oneLine = text.replace(LINE_BREAKS, ' ').replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
  const cut = truncate(oneLine, maxLength);
  // `!` needs no escape: it only matters before `[`, which is escaped. `#` is left alone inside the line
  // so `#123` stays a link; `$` is escaped because GitHub renders `$…$` as math.
  // `&` becomes `&amp;`, so `&#64;` and `&commat;` stay literal text; the full-width `＠` and small `﹫` are
  // broken like `@` (they read as at-signs).
  let out = cut.replace(/[\\`*_[\]|~$&<>@\uFF20\uFE6B]/g, escapeInlineChar);
  // Line-start structure: a heading (`# `), a list (`- `, `+ `, `1. `, `1) `), or a thematic break.
  out = out
    .replace(/^(#{1,6})(?=\s|$)/, '\\$1')
    .replace(/^([-+])/, '\\$1')
    .replace(/^(\d{1,9})([.)])/, '$1\\$2');
  return out;
}

export interface EscapeBlockOptions {
  /** Maximum length in grapheme clusters before escaping. Default 4,000. */
  maxLength?: number;
}

/**
 * Quotes untrusted multi-line markdown (a comment someone wrote) as a blockquote. Unlike `escapeInline`,
 * the author's formatting (emphasis, lists, links) is kept, because it is their text being quoted; what
 * is removed is what could escape the quote or act on the page: HTML (including `<!--` / `-->` markers),
 * mentions, and code fences (turned into literal text so the quote renders the same wherever it is put).
 */
export function escapeBlock(text: string, options: EscapeBlockOptions = {}): string {
  const { maxLength = 4_000 } = options;
  const normalised = truncate(
    text.replace(/\r\n?/g, '\n').replace(INVISIBLE, '').replace(/\t/g, '    ').trim(),
    maxLength,
  );
  if (normalised === '') return '>';
  return normalised
    .split(/[\n\u2028\u2029]/)
    .map((line) => {
      // The author's own quote markers at the start stay quote markers; any other `>` becomes `&gt;`,
      // which also makes every `-->` inert.
      const lead = /^(?: {0,3}>)+ ?/.exec(line)?.[0] ?? '';
      let rest = line.slice(lead.length);
      rest = breakMentions(rest.replace(/</g, '&lt;').replace(/>/g, '&gt;'));
      rest = rest.replace(/^(\s*)(`{3,}|~{3,})/, '$1\\$2');
      const quoted = `${lead.replace(/\s/g, '')}${lead ? ' ' : ''}${rest}`.trimEnd();
      return quoted === '' ? '>' : `> ${quoted}`;
    })
    .join('\n');
}

/**
 * A login shown as `@login` that never notifies: for tables and documents that are re-rendered or edited,
 * where GitHub would notify again on every edit. `—` when there is none.
 */
export function quietMention(login: string | null | undefined): string {
  if (!login) return '—';
  // A login is letters, digits and hyphens: escaping would only break the `@` (a table's every author row).
  return isGitHubLogin(login) ? `@${MENTION_BREAK}${login}` : escapeInline(`@${login}`, { maxLength: 60 });
}

/**
 * Mentions a trusted login we do want to notify (an owner, a facilitator). Anything that is not a plain
 * user login (a team, a bot, a typo with spaces) is escaped instead, so it can never notify by accident.
 */
export function mention(login: string): string {
  const bare = login.startsWith('@') ? login.slice(1) : login;
  return isGitHubLogin(bare) ? `@${bare}` : escapeInline(`@${bare}`, { maxLength: 60 });
}

/**
 * A markdown link to an http(s) URL. Any other scheme (`javascript:`, `data:`, relative paths) or an
 * unparsable URL renders the text alone, unlinked. Parentheses are percent-encoded so they cannot end
 * the link destination early.
 */
export function link(text: string, url: string, options: EscapeInlineOptions = {}): string {
  const label = escapeInline(text, options);
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return label;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return label;
  // `|` is left raw by the URL parser and would end a table cell.
  const href = parsed.href.replace(/\(/g, '%28').replace(/\)/g, '%29').replace(/\|/g, '%7C');
  return `[${label === '' ? escapeInline(href, { maxLength: 2_000 }) : label}](${href})`;
}

export type Align = 'left' | 'center' | 'right';

const DELIMITER: Record<Align | 'none', string> = {
  none: '---',
  left: ':---',
  center: ':---:',
  right: '---:',
};

/**
 * Builds a GFM table from cells that are already escaped (use `escapeInline`, `link`, `mention`).
 * Throws on a row of the wrong width or a cell with a line break: both are bugs in the caller, and a
 * broken table would silently swallow the rest of the section.
 */
export function table(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  align?: readonly Align[],
): string {
  if (headers.length === 0) throw new Error('table() needs at least one header');
  const cell = (value: string, where: string): string => {
    if (/[\r\n]/.test(value)) throw new Error(`table() cell ${where} contains a line break; escape it first`);
    return value.trim() === '' ? ' ' : value.trim();
  };
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  const out = [
    line(headers.map((h, i) => cell(h, `header ${i}`))),
    line(headers.map((_, i) => DELIMITER[align?.[i] ?? 'none'])),
  ];
  rows.forEach((row, r) => {
    if (row.length !== headers.length) {
      throw new Error(`table() row ${r} has ${row.length} cells, the header has ${headers.length}`);
    }
    out.push(line(row.map((c, i) => cell(c, `${r}:${i}`))));
  });
  return out.join('\n');
}

// ---------------------------------------------------------------------------------------------------------
// Size limit. GitHub rejects a discussion, issue or comment body over 65,536 characters. GitHub counts
// characters (code points); we count JS string length (UTF-16 code units), which is never smaller, so a
// body that fits here always fits there.

export interface Section {
  /** Names the section in the error raised when the body cannot be made to fit. */
  id: string;
  text: string;
  /** May lose table rows or trailing paragraphs. Never applies to text holding a hidden `<!--` block. */
  trimmable?: boolean;
  /** Higher is kept longer: sections are trimmed in ascending priority, then longest first. Default 0. */
  priority?: number;
}

export const SECTION_SEPARATOR = '\n\n';

const TRIM_NOTE_SUFFIX = "trimmed to stay within GitHub's size limit_";
const rowsNote = (n: number) => `_…${n} more ${n === 1 ? 'row' : 'rows'} ${TRIM_NOTE_SUFFIX}`;
const ROWS_NOTE = /^_…(\d+) more rows? trimmed to stay within GitHub's size limit_$/;
const PROSE_NOTE = `_…the rest of this section was ${TRIM_NOTE_SUFFIX}`;

/**
 * Joins sections with blank lines so the body stays within `limit`. When it does not, the trimmable
 * sections are cut, longest first (lower `priority` before higher): tables lose rows from the end with a
 * note saying how many, other text loses whole trailing lines with a note. Sections containing `<!--`
 * (the hidden state block) are never cut. Throws when the untrimmable part alone is too big, because a
 * body GitHub refuses, or one missing its state, is worse than a failed run with a clear message.
 */
export function fitToLimit(sections: readonly Section[], limit: number = GITHUB_BODY_LIMIT): string {
  const texts = sections.map((s) => s.text);
  const join = () => texts.filter((t) => t !== '').join(SECTION_SEPARATOR);
  let excess = join().length - limit;
  if (excess <= 0) return join();

  const order = sections
    .map((section, index) => ({ section, index }))
    .filter(({ section }) => section.trimmable === true && !section.text.includes('<!--'))
    .sort(
      (a, b) =>
        (a.section.priority ?? 0) - (b.section.priority ?? 0) ||
        b.section.text.length - a.section.text.length ||
        a.index - b.index,
    );
  for (const { section, index } of order) {
    const before = section.text.length;
    const after = trimSection(section.text, Math.max(0, before - excess));
    texts[index] = after;
    excess -= before - after.length;
    if (excess <= 0) return join();
  }
  const sizes = sections.map((s, i) => `${s.id} (${texts[i]?.length ?? 0})`).join(', ');
  throw new Error(
    `The body is ${join().length} characters even after trimming, over GitHub's limit of ${limit}. ` +
      `Section sizes: ${sizes}. Mark large sections trimmable or shorten them.`,
  );
}

/** Shrinks one section: table rows first, then whole trailing lines. */
function trimSection(text: string, maxChars: number): string {
  const tablesTrimmed = trimTable(text, maxChars);
  return tablesTrimmed.length <= maxChars ? tablesTrimmed : trimLines(tablesTrimmed, maxChars);
}

const DELIMITER_ROW = /^ {0,3}\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$/;
const isRow = (line: string | undefined) => line !== undefined && /^ {0,3}\|/.test(line);

interface TableSpan {
  /** Index of the first data row and one past the last. */
  start: number;
  end: number;
  /** Rows already trimmed by an earlier call, read from the note that follows the table. */
  alreadyTrimmed: number;
  /** One past the note's line, when there is a note. */
  noteEnd: number;
}

function findTables(lines: readonly string[]): TableSpan[] {
  const spans: TableSpan[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    if (!isRow(lines[i]) || !DELIMITER_ROW.test(lines[i + 1] ?? '')) continue;
    const start = i + 2;
    let end = start;
    while (isRow(lines[end])) end++;
    const note = lines[end] === '' ? ROWS_NOTE.exec(lines[end + 1] ?? '') : null;
    spans.push({ start, end, alreadyTrimmed: note ? Number(note[1]) : 0, noteEnd: note ? end + 2 : end });
    i = end;
  }
  return spans;
}

/**
 * Removes data rows from the end of the GFM tables in `text` (the last table first) until the text fits in
 * `maxChars`, and puts "_…N more rows trimmed…_" under each table that lost rows. Handles tables whose
 * rows start with `|`, as `table()` writes them. Returns the text unchanged when it already fits, and as
 * small as row removal can make it when it cannot fit (the caller decides what to do then).
 */
export function trimTable(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  let lines = text.split('\n');
  let length = text.length;
  for (const span of findTables(lines).reverse()) {
    const rows = lines.slice(span.start, span.end);
    const oldNote = span.noteEnd > span.end ? lines.slice(span.end, span.noteEnd).join('\n').length + 1 : 0;
    const needsBlankAfter = lines[span.noteEnd] !== undefined && lines[span.noteEnd] !== '';
    // Length of "\n\n<note>" plus a blank line before following text, replacing any earlier note.
    const noteCost = (removed: number) =>
      2 + rowsNote(removed + span.alreadyTrimmed).length + (needsBlankAfter ? 1 : 0) - oldNote;
    let removed = 0;
    let saved = 0;
    while (removed < rows.length && length - saved + noteCost(removed) > maxChars) {
      saved += (rows[rows.length - 1 - removed]?.length ?? 0) + 1;
      removed++;
    }
    if (removed === 0) continue;
    const note = ['', rowsNote(removed + span.alreadyTrimmed), ...(needsBlankAfter ? [''] : [])];
    lines = [...lines.slice(0, span.end - removed), ...note, ...lines.slice(span.noteEnd)];
    length = lines.join('\n').length;
    if (length <= maxChars) break;
  }
  return lines.join('\n');
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const count = (line: string, re: RegExp) => (line.match(re) ?? []).length;

/**
 * Keeps the longest run of whole leading lines that fits with a note, closing a code fence or
 * `<details>` left open at the cut so the rest of the body is not swallowed by it.
 */
function trimLines(text: string, maxChars: number): string {
  const lines = text.split('\n');
  let fence: string | null = null;
  let details = 0;
  let length = -1; // of lines[0..i] joined with '\n'
  let best = { end: 0, closers: '' };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    length += line.length + 1;
    const marker = FENCE.exec(line)?.[1];
    if (fence === null) {
      if (marker) fence = marker;
      else details = Math.max(0, details + count(line, /<details[\s>]/gi) - count(line, /<\/details>/gi));
    } else if (
      marker !== undefined &&
      marker[0] === fence[0] &&
      marker.length >= fence.length &&
      /^\s*[`~]+\s*$/.test(line)
    ) {
      fence = null;
    }
    const closers = `${fence ? `\n${fence}` : ''}${'\n</details>'.repeat(details)}`;
    if (length + closers.length + SECTION_SEPARATOR.length + PROSE_NOTE.length > maxChars) break;
    best = { end: i + 1, closers };
  }
  if (best.end === 0) return PROSE_NOTE;
  return `${lines.slice(0, best.end).join('\n')}${best.closers}${SECTION_SEPARATOR}${PROSE_NOTE}`;
}
