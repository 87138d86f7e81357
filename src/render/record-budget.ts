/**
 * Keeps the record (the discussion body) within GitHub's 65,536-character limit for a body, whole.
 *
 * The body is the release data, rendered once at open, and the live record (action items, learnings, the state
 * block), which grows with every command. When a new body would be too long, the data sections that never
 * change again move, whole and as rendered, to a comment of their own in the discussion (the record's
 * continuation), largest first, and each leaves its heading and a link behind. The live record and the state
 * never move, so the body stays the one record every run reads and writes in one request. Pure: the caller
 * creates or edits the continuation comment (`src/retro/record-store.ts`).
 */
import { GITHUB_BODY_LIMIT } from './markdown.ts';

/** Marks the continuation comment of a retrospective; the tag keeps it apart from any other. */
export function continuationMarker(tag: string): string {
  return `<!-- release-retro:continuation ${encodeURIComponent(tag)} -->`;
}

export interface MovableSection {
  /** The heading line as written (`### What shipped`). */
  heading: string;
  /** The section's content after its heading line, up to the next heading. */
  content: string;
  /** Offsets of the content in the body. */
  start: number;
  end: number;
}

/** Longest URL a continuation link may have; the plan reserves this much for each note. */
const URL_ALLOWANCE = 300;
const movedNote = (url: string) =>
  `_Moved to [a comment of its own](${url}) to keep this record within GitHub's 65,536-character limit for a body._`;
const MOVED_NOTE = /^\s*_Moved to \[a comment of its own\]\(/;
const HEADING = /^(#{2,4}) \S/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/** A live mention: moving it into a new comment would notify that person again. */
const LIVE_MENTION = /(?:^|[^\w`])@[A-Za-z0-9]/m;

/**
 * The sections that may move: under a `##`–`####` heading (outside code fences), holding no hidden marker
 * (the live record and the state carry `<!--`), no live mention, and not moved already.
 */
export function movableSections(body: string): MovableSection[] {
  const sections: MovableSection[] = [];
  let fence: string | null = null;
  let open: { heading: string; start: number } | null = null;
  let offset = 0;
  const close = (end: number) => {
    if (!open) return;
    const content = body.slice(open.start, end);
    if (!content.includes('<!--') && !LIVE_MENTION.test(content) && !MOVED_NOTE.test(content)) {
      sections.push({ heading: open.heading, content, start: open.start, end });
    }
    open = null;
  };
  for (const line of body.split('\n')) {
    const next = offset + line.length + 1;
    const marker = FENCE.exec(line)?.[1];
    if (fence !== null) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length && line.trim() === marker)
        fence = null;
    } else if (marker) {
      fence = marker;
    } else if (HEADING.test(line)) {
      close(offset);
      open = { heading: line.trim(), start: Math.min(next, body.length) };
    }
    offset = next;
  }
  close(body.length);
  return sections;
}

export type FitPlan =
  | { kind: 'fits' }
  | { kind: 'move'; sections: MovableSection[] }
  | { kind: 'too-long'; length: number; movable: number };

/** Which sections to move (largest first, as few as will do) so the body fits in `limit`. */
export function planFit(body: string, limit: number = GITHUB_BODY_LIMIT): FitPlan {
  if (body.length <= limit) return { kind: 'fits' };
  const candidates = movableSections(body).sort((a, b) => b.content.length - a.content.length);
  const chosen: MovableSection[] = [];
  let length = body.length;
  for (const section of candidates) {
    const saved = section.content.length - (movedNote('').length + URL_ALLOWANCE + 2);
    if (saved <= 0) break;
    chosen.push(section);
    length -= saved;
    if (length <= limit) return { kind: 'move', sections: chosen.sort((a, b) => a.start - b.start) };
  }
  return { kind: 'too-long', length, movable: chosen.length };
}

/** The body with each section's content replaced by a link to where it went. */
export function withSectionsMoved(body: string, sections: readonly MovableSection[], url: string): string {
  let out = body;
  for (const section of [...sections].sort((a, b) => b.start - a.start)) {
    out = `${out.slice(0, section.start)}\n${movedNote(url)}\n\n${out.slice(section.end)}`;
  }
  return out;
}

/**
 * The continuation comment with these sections added (a section already there is not added twice, so a run
 * that moved them and died before rewriting the body repeats nothing).
 */
export function continuationBody(
  tag: string,
  existing: string | null,
  sections: readonly MovableSection[],
  recordUrl: string,
): string {
  const head =
    existing ??
    [
      continuationMarker(tag),
      `📎 **Continued from [the retrospective record](${recordUrl}).** The record reached GitHub's 65,536-character ` +
        'limit for a body, so these sections of the release data moved here, as they were. The action items, ' +
        'the learnings and the decisions stay in the record.',
    ].join('\n');
  const added = sections
    .map((s) => `${s.heading}\n\n${s.content.trim()}`)
    .filter((text) => !head.includes(text));
  return [head.trimEnd(), ...added].join('\n\n');
}
