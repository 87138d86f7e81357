/**
 * The retrospective's state: one hidden block in the discussion body that only the action writes.
 * The discussion body is the single record; everything visible is re-rendered from this value.
 *
 * The block is `<!-- release-retro:state <base64url(JSON)> -->` (`z.<base64url(deflated JSON)>` once the JSON
 * is large). Base64 keeps `-->` and markdown out of the payload, so user text stored in it can never end the
 * comment early or inject structure.
 */
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import '../config/zod-setup.ts';
import * as z from 'zod';

export const ITEM_STATUSES = ['proposed', 'accepted', 'rejected', 'withdrawn', 'created'] as const;
export const PRIORITIES = ['P0', 'P1', 'P2', 'P3'] as const;
export type Priority = (typeof PRIORITIES)[number];

const actionItemSchema = z.object({
  id: z.string().regex(/^A\d+$/),
  title: z.string(),
  owner: z.string().nullable(),
  /** YYYY-MM-DD */
  due: z.string().nullable(),
  priority: z.enum(PRIORITIES).nullable(),
  labels: z.array(z.string()),
  proposer: z.string(),
  sourceCommentId: z.string(),
  sourceCommentUrl: z.string(),
  votes: z.number().int().nonnegative(),
  status: z.enum(ITEM_STATUSES),
  decidedBy: z.string().nullable(),
  issueNumber: z.number().int().nullable(),
  issueUrl: z.string().nullable(),
});
export type ActionItem = z.infer<typeof actionItemSchema>;
export type ItemStatus = ActionItem['status'];

const learningSchema = z.object({
  text: z.string(),
  author: z.string(),
  sourceCommentId: z.string(),
  sourceCommentUrl: z.string(),
  /**
   * Set once the whole text moved to a learnings comment of the action's own (`render/learning-archive.ts`)
   * to keep the record within GitHub's body limit: `text` then holds only its start (ending in `…`), `key`
   * names it in that comment (`domain/learning-key.ts`) and `url` is the comment's.
   */
  archived: z.object({ key: z.string(), url: z.string() }).optional(),
});
export type Learning = z.infer<typeof learningSchema>;

const meetingSchema = z.object({
  /** Node id of the top-level comment holding the slot replies; null until it is created. */
  threadId: z.string().nullable(),
  /** The proposed slots (ISO UTC) and the reply people vote on with 👍 (null until it is created). */
  slots: z.array(z.object({ start: z.string(), end: z.string(), commentId: z.string().nullable() })),
  votingClosesAt: z.string(),
  /** Logins invited when the retrospective opened: whose answers count towards the quorum. */
  invited: z.array(z.string()),
  /** The announcement reply, once posted; `final` once the vote has closed and the choice is fixed. */
  announcement: z
    .object({ commentId: z.string(), start: z.string(), votes: z.number().int(), final: z.boolean() })
    .nullable(),
});
export type MeetingState = z.infer<typeof meetingSchema>;
/** One line of a command's reply, as kept in the record (the `/help` table is re-rendered, not stored). */
const recordedReplyLineSchema = z.object({
  command: z.string(),
  outcome: z.enum(['done', 'unchanged', 'refused', 'invalid']),
  message: z.string(),
  notify: z.string().optional(),
  help: z.boolean().optional(),
});
export type RecordedReplyLine = z.infer<typeof recordedReplyLineSchema>;

const stateSchema = z.object({
  version: z.literal(1),
  /** The retrospective's key: the tag of the train's first release. */
  tag: z.string(),
  /** Every tag of the train (the release and its hotfixes). */
  tags: z.array(z.string()),
  previousTag: z.string().nullable(),
  openedAt: z.string(),
  status: z.enum(['open', 'finalized']),
  /** Survey prompt id -> node id of the top-level comment holding its thread. */
  surveyThreads: z.record(z.string(), z.string()),
  items: z.array(actionItemSchema),
  learnings: z.array(learningSchema),
  /** Comment node id -> the comment's updatedAt when it was last applied; makes re-delivered events no-ops. */
  processedComments: z.record(z.string(), z.string()),
  /**
   * Comment node id -> what applying its recorded version said, kept for the most recent comments: a run
   * that recorded a comment and died before replying is followed by one that posts the real reply.
   */
  replies: z.record(z.string(), z.array(recordedReplyLineSchema)).default({}),
  /**
   * Comment node id -> short digests of the one-off command lines (`/accept`, `/assign`, …) of the version
   * applied, for comments that had any. An edit runs only lines not already run, and a run that finds an edit
   * whose event never came (no `changes.from` to compare with) needs this to tell them apart.
   */
  imperatives: z.record(z.string(), z.array(z.string())).optional(),
  metrics: z.record(z.string(), z.number()),
  /** The release's story (markdown, escaped when rendered at open), for retrospective.md's summary. */
  story: z.string().optional(),
  /**
   * Who took part in the release (authors, reviewers, deployers, incident assignees), kept from the data the
   * retrospective opened with: the finished record counts their reflections (`record.counts: team`).
   */
  releaseParticipants: z.array(z.string()).optional(),
  /**
   * When finalize began (the `/finalize` comment's time, or the scheduled run's): the document's date. Set
   * while status is still "open", it means a finalize is under way, and any run completes it.
   */
  finalizedAt: z.string().nullable(),
  closingCommentId: z.string().nullable(),
  retrospectivePath: z.string().nullable(),
  /** The meeting vote (meeting.slots); absent when no slot was planned or the thread is not created yet. */
  meeting: meetingSchema.optional(),
});
export type RetroState = z.infer<typeof stateSchema>;

const MARKER_PREFIX = '<!-- release-retro:state ';
const MARKER_SUFFIX = ' -->';
const BLOCK_PATTERN = /<!-- release-retro:state ([A-Za-z0-9_.-]+) -->/;
/**
 * A state whose JSON is longer than this is stored deflated (`z.` + base64url of raw DEFLATE): learnings and
 * the comment log are prose and ids that shrink to a third or less, which keeps the record inside GitHub's
 * body limit for much longer. Small states stay plain base64url JSON, readable with any base64 decoder.
 */
export const COMPRESS_FROM_CHARACTERS = 8_000;
const COMPRESSED = 'z.';
/** A decoded state is never near this; a larger inflation is a corrupt or hostile block. */
const MAX_STATE_BYTES = 4_000_000;

export function initialState(init: {
  tag: string;
  tags: string[];
  previousTag: string | null;
  openedAt: string;
  metrics: Record<string, number>;
  meeting?: MeetingState;
}): RetroState {
  return {
    version: 1,
    ...init,
    status: 'open',
    surveyThreads: {},
    items: [],
    learnings: [],
    processedComments: {},
    replies: {},
    finalizedAt: null,
    closingCommentId: null,
    retrospectivePath: null,
  };
}

export function encodeState(state: RetroState): string {
  const json = JSON.stringify(state);
  const payload =
    json.length > COMPRESS_FROM_CHARACTERS
      ? `${COMPRESSED}${deflateRawSync(Buffer.from(json, 'utf8'), { level: 9 }).toString('base64url')}`
      : Buffer.from(json, 'utf8').toString('base64url');
  return `${MARKER_PREFIX}${payload}${MARKER_SUFFIX}`;
}

export class StateError extends Error {
  override name = 'StateError';
}

/**
 * Reads the state block from a discussion body. Returns null when there is none.
 * Callers must only pass bodies authored by the action's own identity: a block anywhere else is forged.
 */
export function decodeState(body: string): RetroState | null {
  const match = BLOCK_PATTERN.exec(body);
  if (!match?.[1]) return null;
  let raw: unknown;
  try {
    const payload = match[1];
    const bytes = payload.startsWith(COMPRESSED)
      ? inflateRawSync(Buffer.from(payload.slice(COMPRESSED.length), 'base64url'), {
          maxOutputLength: MAX_STATE_BYTES,
        })
      : Buffer.from(payload, 'base64url');
    raw = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw new StateError('The retrospective state block is not valid: it was edited by hand or truncated.');
  }
  const parsed = stateSchema.safeParse(raw);
  if (!parsed.success) {
    throw new StateError(
      `The retrospective state block does not match version 1: ${parsed.error.issues[0]?.message}`,
    );
  }
  return parsed.data;
}

/** Replaces (or appends) the state block in a body, leaving the rest untouched. */
export function withState(body: string, state: RetroState): string {
  const block = encodeState(state);
  return BLOCK_PATTERN.test(body) ? body.replace(BLOCK_PATTERN, () => block) : `${body}\n\n${block}\n`;
}

export function nextItemId(state: RetroState): string {
  const highest = state.items.reduce((max, item) => Math.max(max, Number(item.id.slice(1))), 0);
  return `A${highest + 1}`;
}
