import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  _enum,
  array,
  boolean,
  literal,
  number,
  object,
  record,
  string
} from "./chunk-GEUPCBRQ.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-HANBNIMK.js";

// builtin-required:zlib
var require_zlib = __commonJS({
  "builtin-required:zlib"(exports, module) {
    module.exports = __require("node:zlib");
  }
});

// src/domain/state.ts
var import_node_zlib = __toESM(require_zlib(), 1);
var ITEM_STATUSES = ["proposed", "accepted", "rejected", "withdrawn", "created"];
var PRIORITIES = ["P0", "P1", "P2", "P3"];
var actionItemSchema = object({
  id: string().regex(/^A\d+$/),
  title: string(),
  owner: string().nullable(),
  /** YYYY-MM-DD */
  due: string().nullable(),
  priority: _enum(PRIORITIES).nullable(),
  labels: array(string()),
  proposer: string(),
  sourceCommentId: string(),
  sourceCommentUrl: string(),
  votes: number().int().nonnegative(),
  status: _enum(ITEM_STATUSES),
  decidedBy: string().nullable(),
  issueNumber: number().int().nullable(),
  issueUrl: string().nullable()
});
var learningSchema = object({
  text: string(),
  author: string(),
  sourceCommentId: string(),
  sourceCommentUrl: string(),
  /**
   * Set once the whole text moved to a learnings comment of the action's own (`render/learning-archive.ts`)
   * to keep the record within GitHub's body limit: `text` then holds only its start (ending in `…`), `key`
   * names it in that comment (`domain/learning-key.ts`) and `url` is the comment's.
   */
  archived: object({ key: string(), url: string() }).optional()
});
var meetingSchema = object({
  /** Node id of the top-level comment holding the slot replies; null until it is created. */
  threadId: string().nullable(),
  /** The proposed slots (ISO UTC) and the reply people vote on with 👍 (null until it is created). */
  slots: array(object({ start: string(), end: string(), commentId: string().nullable() })),
  votingClosesAt: string(),
  /** Logins invited when the retrospective opened: whose answers count towards the quorum. */
  invited: array(string()),
  /** The announcement reply, once posted; `final` once the vote has closed and the choice is fixed. */
  announcement: object({ commentId: string(), start: string(), votes: number().int(), final: boolean() }).nullable()
});
var recordedReplyLineSchema = object({
  command: string(),
  outcome: _enum(["done", "unchanged", "refused", "invalid"]),
  message: string(),
  notify: string().optional(),
  help: boolean().optional()
});
var stateSchema = object({
  version: literal(1),
  /** The retrospective's key: the tag of the train's first release. */
  tag: string(),
  /** Every tag of the train (the release and its hotfixes). */
  tags: array(string()),
  previousTag: string().nullable(),
  openedAt: string(),
  status: _enum(["open", "finalized"]),
  /** Survey prompt id -> node id of the top-level comment holding its thread. */
  surveyThreads: record(string(), string()),
  items: array(actionItemSchema),
  learnings: array(learningSchema),
  /** Comment node id -> the comment's updatedAt when it was last applied; makes re-delivered events no-ops. */
  processedComments: record(string(), string()),
  /**
   * Comment node id -> what applying its recorded version said, kept for the most recent comments: a run
   * that recorded a comment and died before replying is followed by one that posts the real reply.
   */
  replies: record(string(), array(recordedReplyLineSchema)).default({}),
  /**
   * Comment node id -> short digests of the one-off command lines (`/accept`, `/assign`, …) of the version
   * applied, for comments that had any. An edit runs only lines not already run, and a run that finds an edit
   * whose event never came (no `changes.from` to compare with) needs this to tell them apart.
   */
  imperatives: record(string(), array(string())).optional(),
  metrics: record(string(), number()),
  /** The release's story (markdown, escaped when rendered at open), for retrospective.md's summary. */
  story: string().optional(),
  /**
   * Who took part in the release (authors, reviewers, deployers, incident assignees), kept from the data the
   * retrospective opened with: the finished record counts their reflections (`record.counts: team`).
   */
  releaseParticipants: array(string()).optional(),
  /**
   * When finalize began (the `/finalize` comment's time, or the scheduled run's): the document's date. Set
   * while status is still "open", it means a finalize is under way, and any run completes it.
   */
  finalizedAt: string().nullable(),
  closingCommentId: string().nullable(),
  retrospectivePath: string().nullable(),
  /** The meeting vote (meeting.slots); absent when no slot was planned or the thread is not created yet. */
  meeting: meetingSchema.optional()
});
var MARKER_PREFIX = "<!-- release-retro:state ";
var MARKER_SUFFIX = " -->";
var BLOCK_PATTERN = /<!-- release-retro:state ([A-Za-z0-9_.-]+) -->/;
var COMPRESS_FROM_CHARACTERS = 8e3;
var COMPRESSED = "z.";
var MAX_STATE_BYTES = 4e6;
function initialState(init) {
  return {
    version: 1,
    ...init,
    status: "open",
    surveyThreads: {},
    items: [],
    learnings: [],
    processedComments: {},
    replies: {},
    finalizedAt: null,
    closingCommentId: null,
    retrospectivePath: null
  };
}
function encodeState(state) {
  const json = JSON.stringify(state);
  const payload = json.length > COMPRESS_FROM_CHARACTERS ? `${COMPRESSED}${(0, import_node_zlib.deflateRawSync)(Buffer.from(json, "utf8"), { level: 9 }).toString("base64url")}` : Buffer.from(json, "utf8").toString("base64url");
  return `${MARKER_PREFIX}${payload}${MARKER_SUFFIX}`;
}
var StateError = class extends Error {
  name = "StateError";
};
function decodeState(body) {
  const match = BLOCK_PATTERN.exec(body);
  if (!match?.[1]) return null;
  let raw;
  try {
    const payload = match[1];
    const bytes = payload.startsWith(COMPRESSED) ? (0, import_node_zlib.inflateRawSync)(Buffer.from(payload.slice(COMPRESSED.length), "base64url"), {
      maxOutputLength: MAX_STATE_BYTES
    }) : Buffer.from(payload, "base64url");
    raw = JSON.parse(bytes.toString("utf8"));
  } catch {
    throw new StateError("The retrospective state block is not valid: it was edited by hand or truncated.");
  }
  const parsed = stateSchema.safeParse(raw);
  if (!parsed.success) {
    throw new StateError(
      `The retrospective state block does not match version 1: ${parsed.error.issues[0]?.message}`
    );
  }
  return parsed.data;
}
function withState(body, state) {
  const block = encodeState(state);
  return BLOCK_PATTERN.test(body) ? body.replace(BLOCK_PATTERN, () => block) : `${body}

${block}
`;
}
function nextItemId(state) {
  const highest = state.items.reduce((max, item) => Math.max(max, Number(item.id.slice(1))), 0);
  return `A${highest + 1}`;
}

export {
  initialState,
  encodeState,
  StateError,
  decodeState,
  withState,
  nextItemId
};
