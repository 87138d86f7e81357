import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/render/markdown.ts
var MENTION_BREAK = "\u200B";
var AT_SIGNS = /@|&#0*64;|&#[xX]0*40;|&commat;|\uFF20|\uFE6B/g;
function breakMentions(text) {
  return text.replace(AT_SIGNS, (at) => `${at.length === 1 && at !== "@" ? at : "@"}${MENTION_BREAK}`);
}
var GITHUB_BODY_LIMIT = 65536;
var ELLIPSIS = "\u2026";
var LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;
function isGitHubLogin(login) {
  return LOGIN.test(login);
}
var INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;
var LINE_BREAKS = /\r\n|[\r\n\u000B\u000C\u0085\u2028\u2029]/g;
var segmenter;
function truncate(text, max) {
  if (text.length <= max) return text;
  let kept = 0;
  let cutAt = 0;
  segmenter ??= new Intl.Segmenter("en", { granularity: "grapheme" });
  for (const { index } of segmenter.segment(text)) {
    if (kept === max) return text.slice(0, cutAt).trimEnd() + ELLIPSIS;
    if (kept === max - 1) cutAt = index;
    kept += 1;
  }
  return text;
}
function escapeInlineChar(ch) {
  switch (ch) {
    case "&":
      return "&amp;";
    case "<":
      return "&lt;";
    case ">":
      return "&gt;";
    case "@":
    case "\uFF20":
    case "\uFE6B":
      return `${ch}${MENTION_BREAK}`;
    default:
      return `\\${ch}`;
  }
}
var PLAIN_TEXT = new RegExp(`^(?:\\p{L}|#\\p{N})(?:[\\p{L}\\p{N} ,.:;'"()/?!=%+#-]*[\\p{L}\\p{N},.:;'"()/?!=%+#-])?$`, "u");
function escapeInline(text, options = {}) {
  const { maxLength = 200 } = options;
  if (text.length <= maxLength && PLAIN_TEXT.test(text) && !text.includes("  ")) return text;
  return escapeInlinePasses(text, maxLength);
}
function escapeInlinePasses(text, maxLength) {
  const oneLine = text.replace(LINE_BREAKS, " ").replace(INVISIBLE, "").replace(/\s+/g, " ").trim();
  const cut = truncate(oneLine, maxLength);
  let out = cut.replace(/[\\`*_[\]|~$&<>@\uFF20\uFE6B]/g, escapeInlineChar);
  out = out.replace(/^(#{1,6})(?=\s|$)/, "\\$1").replace(/^([-+])/, "\\$1").replace(/^(\d{1,9})([.)])/, "$1\\$2");
  return out;
}
function escapeBlock(text, options = {}) {
  const { maxLength = 4e3 } = options;
  const normalised = truncate(
    text.replace(/\r\n?/g, "\n").replace(INVISIBLE, "").replace(/\t/g, "    ").trim(),
    maxLength
  );
  if (normalised === "") return ">";
  return normalised.split(/[\n\u2028\u2029]/).map((line) => {
    const lead = /^(?: {0,3}>)+ ?/.exec(line)?.[0] ?? "";
    let rest = line.slice(lead.length);
    rest = breakMentions(rest.replace(/</g, "&lt;").replace(/>/g, "&gt;"));
    rest = rest.replace(/^(\s*)(`{3,}|~{3,})/, "$1\\$2");
    const quoted = `${lead.replace(/\s/g, "")}${lead ? " " : ""}${rest}`.trimEnd();
    return quoted === "" ? ">" : `> ${quoted}`;
  }).join("\n");
}
function quietMention(login) {
  if (!login) return "\u2014";
  return isGitHubLogin(login) ? `@${MENTION_BREAK}${login}` : escapeInline(`@${login}`, { maxLength: 60 });
}
function mention(login) {
  const bare = login.startsWith("@") ? login.slice(1) : login;
  return isGitHubLogin(bare) ? `@${bare}` : escapeInline(`@${bare}`, { maxLength: 60 });
}
function link(text, url, options = {}) {
  const label = escapeInline(text, options);
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return label;
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") return label;
  const href = parsed.href.replace(/\(/g, "%28").replace(/\)/g, "%29").replace(/\|/g, "%7C");
  return `[${label === "" ? escapeInline(href, { maxLength: 2e3 }) : label}](${href})`;
}
var DELIMITER = {
  none: "---",
  left: ":---",
  center: ":---:",
  right: "---:"
};
function table(headers, rows, align) {
  if (headers.length === 0) throw new Error("table() needs at least one header");
  const cell = (value, where) => {
    if (/[\r\n]/.test(value)) throw new Error(`table() cell ${where} contains a line break; escape it first`);
    return value.trim() === "" ? " " : value.trim();
  };
  const line = (cells) => `| ${cells.join(" | ")} |`;
  const out = [
    line(headers.map((h, i) => cell(h, `header ${i}`))),
    line(headers.map((_, i) => DELIMITER[align?.[i] ?? "none"]))
  ];
  rows.forEach((row, r) => {
    if (row.length !== headers.length) {
      throw new Error(`table() row ${r} has ${row.length} cells, the header has ${headers.length}`);
    }
    out.push(line(row.map((c, i) => cell(c, `${r}:${i}`))));
  });
  return out.join("\n");
}
var SECTION_SEPARATOR = "\n\n";
var TRIM_NOTE_SUFFIX = "trimmed to stay within GitHub's size limit_";
var rowsNote = (n) => `_\u2026${n} more ${n === 1 ? "row" : "rows"} ${TRIM_NOTE_SUFFIX}`;
var ROWS_NOTE = /^_…(\d+) more rows? trimmed to stay within GitHub's size limit_$/;
var PROSE_NOTE = `_\u2026the rest of this section was ${TRIM_NOTE_SUFFIX}`;
function fitToLimit(sections, limit = GITHUB_BODY_LIMIT) {
  const texts = sections.map((s) => s.text);
  const join = () => texts.filter((t) => t !== "").join(SECTION_SEPARATOR);
  let excess = join().length - limit;
  if (excess <= 0) return join();
  const order = sections.map((section, index) => ({ section, index })).filter(({ section }) => section.trimmable === true && !section.text.includes("<!--")).sort(
    (a, b) => (a.section.priority ?? 0) - (b.section.priority ?? 0) || b.section.text.length - a.section.text.length || a.index - b.index
  );
  for (const { section, index } of order) {
    const before = section.text.length;
    const after = trimSection(section.text, Math.max(0, before - excess));
    texts[index] = after;
    excess -= before - after.length;
    if (excess <= 0) return join();
  }
  const sizes = sections.map((s, i) => `${s.id} (${texts[i]?.length ?? 0})`).join(", ");
  throw new Error(
    `The body is ${join().length} characters even after trimming, over GitHub's limit of ${limit}. Section sizes: ${sizes}. Mark large sections trimmable or shorten them.`
  );
}
function trimSection(text, maxChars) {
  const tablesTrimmed = trimTable(text, maxChars);
  return tablesTrimmed.length <= maxChars ? tablesTrimmed : trimLines(tablesTrimmed, maxChars);
}
var DELIMITER_ROW = /^ {0,3}\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$/;
var isRow = (line) => line !== void 0 && /^ {0,3}\|/.test(line);
function findTables(lines) {
  const spans = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    if (!isRow(lines[i]) || !DELIMITER_ROW.test(lines[i + 1] ?? "")) continue;
    const start = i + 2;
    let end = start;
    while (isRow(lines[end])) end++;
    const note = lines[end] === "" ? ROWS_NOTE.exec(lines[end + 1] ?? "") : null;
    spans.push({ start, end, alreadyTrimmed: note ? Number(note[1]) : 0, noteEnd: note ? end + 2 : end });
    i = end;
  }
  return spans;
}
function trimTable(text, maxChars) {
  if (text.length <= maxChars) return text;
  let lines = text.split("\n");
  let length = text.length;
  for (const span of findTables(lines).reverse()) {
    const rows = lines.slice(span.start, span.end);
    const oldNote = span.noteEnd > span.end ? lines.slice(span.end, span.noteEnd).join("\n").length + 1 : 0;
    const needsBlankAfter = lines[span.noteEnd] !== void 0 && lines[span.noteEnd] !== "";
    const noteCost = (removed2) => 2 + rowsNote(removed2 + span.alreadyTrimmed).length + (needsBlankAfter ? 1 : 0) - oldNote;
    let removed = 0;
    let saved = 0;
    while (removed < rows.length && length - saved + noteCost(removed) > maxChars) {
      saved += (rows[rows.length - 1 - removed]?.length ?? 0) + 1;
      removed++;
    }
    if (removed === 0) continue;
    const note = ["", rowsNote(removed + span.alreadyTrimmed), ...needsBlankAfter ? [""] : []];
    lines = [...lines.slice(0, span.end - removed), ...note, ...lines.slice(span.noteEnd)];
    length = lines.join("\n").length;
    if (length <= maxChars) break;
  }
  return lines.join("\n");
}
var FENCE = /^ {0,3}(`{3,}|~{3,})/;
var count = (line, re) => (line.match(re) ?? []).length;
function trimLines(text, maxChars) {
  const lines = text.split("\n");
  let fence = null;
  let details = 0;
  let length = -1;
  let best = { end: 0, closers: "" };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    length += line.length + 1;
    const marker = FENCE.exec(line)?.[1];
    if (fence === null) {
      if (marker) fence = marker;
      else details = Math.max(0, details + count(line, /<details[\s>]/gi) - count(line, /<\/details>/gi));
    } else if (marker !== void 0 && marker[0] === fence[0] && marker.length >= fence.length && /^\s*[`~]+\s*$/.test(line)) {
      fence = null;
    }
    const closers = `${fence ? `
${fence}` : ""}${"\n</details>".repeat(details)}`;
    if (length + closers.length + SECTION_SEPARATOR.length + PROSE_NOTE.length > maxChars) break;
    best = { end: i + 1, closers };
  }
  if (best.end === 0) return PROSE_NOTE;
  return `${lines.slice(0, best.end).join("\n")}${best.closers}${SECTION_SEPARATOR}${PROSE_NOTE}`;
}

export {
  MENTION_BREAK,
  GITHUB_BODY_LIMIT,
  isGitHubLogin,
  truncate,
  escapeInline,
  escapeBlock,
  quietMention,
  mention,
  link,
  table,
  fitToLimit
};
