/**
 * Learnings that outgrow the record move, whole, to learnings comments of the action's own; the record keeps
 * the start of each one's text and a link. Pure: `retro/record-store.ts` finds and creates the comments.
 *
 * Release data moves first (`record-budget.ts`): it never changes again. Only when the body would still be
 * too long does every learning longer than its start move, in one batch (so the discussion gets as few of
 * these comments as possible; later learnings stay whole in the record until it is full again). The comments
 * are only ever created, never edited, so two runs cannot overwrite each other's: each learning is named by
 * its key (`domain/learning-key.ts`), and a learning already in a comment is not added again.
 */
import { learningKey } from '../domain/learning-key.ts';
import type { Learning, RetroState } from '../domain/state.ts';
import { rerenderBody } from './live-record.ts';
import { escapeInline, GITHUB_BODY_LIMIT, link, quietMention, truncate } from './markdown.ts';
import { planFit } from './record-budget.ts';

/** How much of an archived learning's text the record keeps, in characters (with the ellipsis). */
export const ARCHIVED_EXCERPT = 80;
/** Longest comment URL the plan allows for (the record links every archived learning to its comment). */
const URL_ALLOWANCE = 300;
const PLACEHOLDER_URL = `https://github.com/${'x'.repeat(URL_ALLOWANCE - 19)}`;

/** Marks a learnings comment of a retrospective; the tag keeps it apart from any other's. */
export function learningsMarker(tag: string): string {
  return `<!-- release-retro:learnings ${encodeURIComponent(tag)} -->`;
}

const entryMarker = (key: string) => `<!-- release-retro:learning ${key} -->`;
const ENTRY = /<!-- release-retro:learning ([0-9a-f]{16}) -->/g;

/** The keys of the learnings a learnings comment holds. User text in it is escaped, so it holds no marker. */
export function archivedKeys(commentBody: string): Set<string> {
  return new Set([...commentBody.matchAll(ENTRY)].map((m) => m[1] as string));
}

/** The learnings whose text is longer than what the record would keep of it, not archived yet. */
export function archivableLearnings(state: RetroState): Learning[] {
  return state.learnings.filter((l) => !l.archived && truncate(l.text, ARCHIVED_EXCERPT) !== l.text);
}

/** The state with these learnings' text cut to its start, each linked to the comment that holds it whole. */
export function withLearningsArchived(
  state: RetroState,
  learnings: readonly Learning[],
  urlOf: (key: string) => string,
): RetroState {
  const moving = new Set(learnings);
  return {
    ...state,
    learnings: state.learnings.map((l) => {
      if (!moving.has(l)) return l;
      const key = learningKey(l.sourceCommentId, l.text);
      return { ...l, text: truncate(l.text, ARCHIVED_EXCERPT), archived: { key, url: urlOf(key) } };
    }),
  };
}

export type ArchivePlan =
  | { kind: 'fits' }
  | { kind: 'archive'; learnings: Learning[] }
  | { kind: 'too-long'; length: number };

/**
 * Whether the record with this state fits GitHub's limit (moving release data out if need be), and if not,
 * whether archiving the learnings makes it fit. `before` is the body the state is written into.
 */
export function planArchive(
  before: string,
  state: RetroState,
  maxActionItems: number,
  limit: number = GITHUB_BODY_LIMIT,
): ArchivePlan {
  if (planFit(rerenderBody(before, state, maxActionItems), limit).kind !== 'too-long')
    return { kind: 'fits' };
  const learnings = archivableLearnings(state);
  const archived = withLearningsArchived(state, learnings, () => PLACEHOLDER_URL);
  const fit = planFit(rerenderBody(before, archived, maxActionItems), limit);
  if (fit.kind === 'too-long' || learnings.length === 0) {
    return { kind: 'too-long', length: fit.kind === 'too-long' ? fit.length : limit + 1 };
  }
  return { kind: 'archive', learnings };
}

/** One learning as its comment holds it: the whole text, escaped like the record's, and its key. */
function entry(l: Learning): string {
  return (
    `- ${escapeInline(l.text, { maxLength: Number.MAX_SAFE_INTEGER })} — ${quietMention(l.author)} ` +
    `(${link('comment', l.sourceCommentUrl)}) ${entryMarker(learningKey(l.sourceCommentId, l.text))}`
  );
}

/**
 * The bodies of the comments that hold these learnings whole: as few as will do, each within `limit`, in the
 * learnings' order.
 */
export function learningsComments(
  tag: string,
  learnings: readonly Learning[],
  recordUrl: string,
  limit: number = GITHUB_BODY_LIMIT,
): string[] {
  const head = [
    learningsMarker(tag),
    `📎 **Learnings continued from [the retrospective record](${recordUrl}).** The record reached GitHub's ` +
      '65,536-character limit for a body, so these learnings moved here with their whole text; the record keeps ' +
      'the start of each and links here. The record’s list is the current one: a learning edited or removed ' +
      'since is still shown here as it was.',
    '',
  ].join('\n');
  const bodies: string[] = [];
  let current = head;
  for (const l of learnings) {
    const line = entry(l);
    if (current !== head && current.length + line.length + 1 > limit) {
      bodies.push(current.trimEnd());
      current = head;
    }
    current += `${line}\n`;
  }
  if (current !== head) bodies.push(current.trimEnd());
  return bodies;
}
