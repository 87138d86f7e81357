/**
 * Applies parsed commands to the retrospective's state. Pure: everything learnt from GitHub (who the
 * commenter is, which owners can be assigned, the comment's day) is resolved beforehand and passed in, so
 * every rule is tested without a client, and re-applying the same comment to a fresher state after a
 * conflicting write gives the same outcome.
 *
 * The input state is never mutated. Every command line gets one reply line saying what changed or why nothing
 * did; the state keeps raw text, and every piece of user text in a reply line is escaped here.
 */
import type { RetroState } from '../../domain/state.ts';
import type { ParsedLine } from './parse.ts';

export { applyComment } from './apply-comment.ts';
export type {
  Applied,
  ApplyEnv,
  CommentChange,
  Outcome,
  ReplyLine,
  SourceComment,
} from './apply-draft.ts';
export { MAX_ITEMS, MAX_LEARNINGS, safeReason } from './apply-draft.ts';
export { applyCommand } from './apply-line.ts';

/** Logins whose assignability the apply step may ask about, for resolving them beforehand. */
export function ownersToCheck(lines: readonly ParsedLine[]): string[] {
  const owners = new Set<string>();
  for (const line of lines) {
    if (line.kind === 'action' && line.owner) owners.add(line.owner.toLowerCase());
    if (line.kind === 'assign') owners.add(line.owner.toLowerCase());
  }
  return [...owners];
}

/** Votes are the 👍 reactions on each proposal's comment; a deleted comment keeps the last count seen. */
export function refreshVotes(state: RetroState, thumbsUpByComment: ReadonlyMap<string, number>): RetroState {
  let changed = false;
  const items = state.items.map((item) => {
    const votes = thumbsUpByComment.get(item.sourceCommentId);
    if (votes === undefined || votes === item.votes) return item;
    changed = true;
    return { ...item, votes };
  });
  return changed ? { ...state, items } : state;
}
