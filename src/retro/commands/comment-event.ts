/**
 * Reads the parts of a `discussion_comment` event payload the action uses, and whether its discussion is in the
 * retrospectives' category, without any API call and without the command parser: the command stage screens the
 * event with it (event.ts), and a comment run's early reads decide from it whether to start (src/early-reads.ts).
 */
import type { Config } from '../../config/load.ts';

export type CommentAction = 'created' | 'edited' | 'deleted';

export interface CommentEvent {
  action: CommentAction;
  comment: {
    /** Database id. */
    id: number;
    nodeId: string;
    body: string;
    /** The text before an edit (`changes.body.from`), when the payload has it. */
    previousBody: string | null;
    login: string;
    /** The author's database id (`comment.user.id`): how the action knows its own comments. */
    userId: number | null;
    userType: string;
    /** Database id of the top-level comment this one replies to. */
    parentId: number | null;
    createdAt: string;
    updatedAt: string;
    url: string;
  };
  discussion: {
    number: number;
    nodeId: string;
    category: { slug: string; name: string } | null;
  };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const str = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const int = (value: unknown): number | null =>
  typeof value === 'number' && Number.isInteger(value) ? value : null;

/** Parses the parts of the payload this stage uses; a payload missing them is a bug upstream, said plainly. */
export function readCommentEvent(payload: Record<string, unknown>, action: string): CommentEvent | string {
  if (action !== 'created' && action !== 'edited' && action !== 'deleted') {
    return `discussion_comment "${action}" is not created, edited or deleted; nothing to do.`;
  }
  const comment = payload.comment;
  const discussion = payload.discussion;
  if (!isRecord(comment) || !isRecord(discussion)) {
    return 'The discussion_comment payload has no comment or discussion; nothing to do.';
  }
  const user = isRecord(comment.user) ? comment.user : {};
  const category = isRecord(discussion.category) ? discussion.category : null;
  const changes = isRecord(payload.changes) && isRecord(payload.changes.body) ? payload.changes.body : null;
  const fields = {
    id: int(comment.id),
    nodeId: str(comment.node_id),
    body: str(comment.body) ?? '',
    login: str(user.login),
    createdAt: str(comment.created_at),
    number: int(discussion.number),
  };
  const missing = Object.entries(fields)
    .filter(([, value]) => value === null)
    .map(([key]) => key);
  if (missing.length > 0 || !fields.nodeId || !fields.login || !fields.createdAt || fields.number === null) {
    return `The discussion_comment payload lacks ${missing.join(', ')}; nothing to do.`;
  }
  return {
    action,
    comment: {
      id: fields.id ?? 0,
      nodeId: fields.nodeId,
      body: fields.body,
      previousBody: changes ? str(changes.from) : null,
      login: fields.login,
      userId: int(user.id),
      userType: str(user.type) ?? 'User',
      parentId: int(comment.parent_id),
      createdAt: fields.createdAt,
      updatedAt: str(comment.updated_at) ?? fields.createdAt,
      url: str(comment.html_url) ?? '',
    },
    discussion: {
      number: fields.number,
      nodeId: str(discussion.node_id) ?? '',
      category: category ? { slug: str(category.slug) ?? '', name: str(category.name) ?? '' } : null,
    },
  };
}

/** Whether the payload's category is the configured one (by slug or name, as the open stage resolves it). */
export function inRetroCategory(event: CommentEvent, config: Pick<Config, 'discussionCategory'>): boolean {
  const category = event.discussion.category;
  if (!category) return true; // Not in the payload: the discussion read decides.
  const wanted = config.discussionCategory.trim().toLowerCase();
  return category.slug.toLowerCase() === wanted || category.name.toLowerCase() === wanted;
}
