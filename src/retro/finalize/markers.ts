/**
 * Hidden markers the action writes into issues and comments, and reads back only from bodies written by its
 * own identity. Untrusted text is escaped before it reaches a body (render/markdown.ts), so a person can never
 * plant one of these in text the action copies.
 */

/** Characters a tag may keep inside a marker; anything else (`>`, spaces) is percent-encoded. */
function markerSafe(text: string): string {
  return text.replace(/[^A-Za-z0-9._/+@-]/g, (ch) => encodeURIComponent(ch)).replace(/--/g, '-%2D');
}

/** The key of an action item's issue: `<!-- retro:<tag>:<item id> -->`. */
export function issueKey(tag: string, itemId: string): string {
  return `<!-- retro:${markerSafe(tag)}:${itemId} -->`;
}

/** `<!-- retro-due:2026-12-01 -->`: the item's own due day (a monthly milestone only says the month). */
export function dueMarker(day: string): string {
  return `<!-- retro-due:${day} -->`;
}

export function ownerMarker(login: string): string {
  return `<!-- retro-owner:${markerSafe(login)} -->`;
}

const DUE = /<!-- retro-due:(\d{4}-\d{2}-\d{2}) -->/;
const OWNER = /<!-- retro-owner:([A-Za-z0-9-]+) -->/;
const KEY = /<!-- retro:(\S+):(A\d+) -->/;

export function readDueMarker(body: string): string | null {
  return DUE.exec(body)?.[1] ?? null;
}

export function readOwnerMarker(body: string): string | null {
  return OWNER.exec(body)?.[1] ?? null;
}

/** The item id in an issue body's key, or null. */
export function readIssueKey(body: string): { tag: string; itemId: string } | null {
  const match = KEY.exec(body);
  return match?.[1] && match[2] ? { tag: decodeURIComponent(match[1]), itemId: match[2] } : null;
}

/** The part of an issue body the action owns; people may add text outside it, which is kept. */
export const ISSUE_START = '<!-- release-retro:issue:start -->';
export const ISSUE_END = '<!-- release-retro:issue:end -->';

export const CLOSING_MARKER = '<!-- release-retro:closing -->';

/** The comment that holds the finished retrospective in the discussion itself. */
export const DOCUMENT_MARKER = '<!-- release-retro:document -->';
export const REMINDER_MARKER = '<!-- release-retro:reminder -->';
export const RELEASE_LINK_START = '<!-- release-retro:retrospective-link:start -->';
export const RELEASE_LINK_END = '<!-- release-retro:retrospective-link:end -->';

/** Replaces the text between `start` and `end` (markers included), or appends it when absent. */
export function replaceRegion(body: string, start: string, end: string, region: string): string {
  const from = body.indexOf(start);
  const to = body.indexOf(end, from);
  if (from === -1 || to === -1) return body.trim() === '' ? region : `${body.trimEnd()}\n\n${region}`;
  return `${body.slice(0, from)}${region}${body.slice(to + end.length)}`;
}
