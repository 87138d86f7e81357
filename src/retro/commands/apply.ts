/**
 * Applies parsed commands to the retrospective's state. Pure: everything learnt from GitHub (who the
 * commenter is, which owners can be assigned, the comment's day) is resolved beforehand and passed in, so
 * every rule is tested without a client, and re-applying the same comment to a fresher state after a
 * conflicting write gives the same outcome.
 *
 * The input state is never mutated. Every command line gets one reply line saying what changed or why nothing
 * did; the state keeps raw text, and every piece of user text in a reply line is escaped here.
 */
import { escapeInline, MENTION_BREAK } from '../../render/markdown.ts';
import type { ActionItem, Learning, Priority, RetroState } from '../state.ts';
import { nextItemId } from '../state.ts';
import type { Actor } from './authorize.ts';
import type { ActionLine, LearningLine, ParsedLine } from './parse.ts';
import { renderHelp } from './parse.ts';

/** Hard caps that keep the discussion body (state block and tables) far below GitHub's 65,536 characters. */
export const MAX_ITEMS = 50;
export const MAX_LEARNINGS = 50;

export interface SourceComment {
  /** Node id of the comment holding the commands. */
  id: string;
  url: string;
  /**
   * What processedComments records once this comment is applied: its updatedAt, or `deleted` for a deletion.
   */
  stamp: string;
}

export interface ApplyEnv {
  /** Lower-cased login → whether GitHub lets it be assigned in the repository (resolved beforehand). */
  assignable: ReadonlyMap<string, boolean>;
  /** `YYYY-MM-DD` (UTC) of the comment's last change; due dates before it are refused. */
  today: string;
  /** `max-action-items`: how many items may be accepted. */
  maxAccepted: number;
  comment: SourceComment;
}

export type Outcome = 'done' | 'unchanged' | 'refused' | 'invalid';

export interface ReplyLine {
  /** The command line as written (raw: escaped when rendered). */
  command: string;
  outcome: Outcome;
  /** Markdown, already safe: user text in it is escaped and mentions are neutralised. */
  message: string;
  /** A login this line made the owner of an item; the reply mentions each such owner once. */
  notify?: string;
  /** A markdown block shown under the list (the `/help` table). */
  details?: string;
}

export interface Applied {
  state: RetroState;
  lines: ReplyLine[];
  /** A facilitator asked to finalize now. */
  finalize: boolean;
}

export type CommentChange =
  | { kind: 'created'; lines: readonly ParsedLine[] }
  /** `previous` is the comment's earlier text parsed, when the event says what it was. */
  | { kind: 'edited'; lines: readonly ParsedLine[]; previous: readonly ParsedLine[] | null }
  | { kind: 'deleted'; lines: readonly ParsedLine[] };

// ---------------------------------------------------------------------------------------------------------
// Reply text helpers. Ids and dates are ours (validated by the parser); titles, labels and logins are not.

const ref = (id: string) => `**${id}**`;
const who = (login: string) => escapeInline(`@${login}`, { maxLength: 60 });
const quoteTitle = (title: string) => `“${escapeInline(title, { maxLength: 80 })}”`;
const code = (text: string) => `\`${text}\``;

/**
 * Makes a parser reason safe to post. Reasons hold the offending token in a code span; a token with its own
 * backtick could close the span early and turn the rest into live markdown (a mention, an HTML comment), so
 * only well-formed single-backtick spans are kept, and everything is escaped otherwise.
 */
export function safeReason(reason: string): string {
  const ticks = reason.match(/`+/g) ?? [];
  if (reason.length > 400 || ticks.length % 2 !== 0 || ticks.some((t) => t.length !== 1)) {
    return escapeInline(reason, { maxLength: 400 });
  }
  return reason
    .split(/(`[^`]*`)/)
    .map((part) =>
      part.startsWith('`')
        ? part.replace(/@/g, `@${MENTION_BREAK}`).replace(/[\r\n]/g, ' ')
        : part.replace(/[<>&@]/g, (ch) =>
            ch === '@' ? `@${MENTION_BREAK}` : ch === '<' ? '&lt;' : ch === '>' ? '&gt;' : '&amp;',
          ),
    )
    .join('');
}

const sameLogin = (a: string | null, b: string | null) => !!a && !!b && a.toLowerCase() === b.toLowerCase();
const normalTitle = (title: string) => title.toLowerCase().replace(/\s+/g, ' ').trim();
const isAccepted = (item: ActionItem) => item.status === 'accepted' || item.status === 'created';
const acceptedCount = (state: RetroState) => state.items.filter(isAccepted).length;

// ---------------------------------------------------------------------------------------------------------
// One command.

class Draft {
  readonly lines: ReplyLine[] = [];
  finalize = false;
  constructor(
    readonly state: RetroState,
    readonly actor: Actor,
    readonly env: ApplyEnv,
  ) {}

  say(command: ParsedLine | string, outcome: Outcome, message: string, extra: Partial<ReplyLine> = {}): void {
    this.lines.push({
      command: typeof command === 'string' ? command : command.text,
      outcome,
      message,
      ...extra,
    });
  }

  item(id: string): ActionItem | undefined {
    return this.state.items.find((i) => i.id === id);
  }

  /** Why an owner cannot be set, or null when they can. */
  ownerProblem(owner: string): string | null {
    return this.env.assignable.get(owner.toLowerCase()) === true
      ? null
      : `${who(owner)} cannot be assigned issues in this repository (no such user, or no access to it)`;
  }

  dueProblem(due: string): string | null {
    return due < this.env.today ? `the due date ${due} is in the past` : null;
  }

  /** A proposed or accepted item with the same title, other than `except`. */
  duplicateOf(title: string, except?: ActionItem): ActionItem | undefined {
    const wanted = normalTitle(title);
    return this.state.items.find(
      (i) =>
        i !== except &&
        i.status !== 'rejected' &&
        i.status !== 'withdrawn' &&
        normalTitle(i.title) === wanted,
    );
  }
}

function describeItem(item: Pick<ActionItem, 'owner' | 'due' | 'priority' | 'labels'>): string {
  const parts = [
    item.owner ? `owner ${who(item.owner)}` : 'no owner yet',
    item.due ? `due ${item.due}` : 'no due date yet',
  ];
  if (item.priority) parts.push(`priority ${item.priority}`);
  if (item.labels.length > 0)
    parts.push(`labels ${item.labels.map((l) => escapeInline(l, { maxLength: 50 })).join(', ')}`);
  return parts.join(', ');
}

function missingForAcceptance(item: Pick<ActionItem, 'id' | 'owner' | 'due'>): string | null {
  const missing = [!item.owner && 'an owner', !item.due && 'a due date'].filter(Boolean);
  if (missing.length === 0) return null;
  const how = [!item.owner && code(`/assign ${item.id} @someone`), !item.due && code(`/due ${item.id} +2w`)]
    .filter(Boolean)
    .join(', ');
  return `${ref(item.id)} needs ${missing.join(' and ')} before it can be accepted (${how})`;
}

function propose(d: Draft, line: ActionLine): void {
  if (!d.actor.participant) {
    d.say(
      line,
      'refused',
      'only facilitators can propose action items in this retrospective (`proposers: facilitators`)',
    );
    return;
  }
  if (d.state.items.length >= MAX_ITEMS) {
    d.say(line, 'refused', `this retrospective already has ${MAX_ITEMS} proposals, the most it can hold`);
    return;
  }
  const problem = (line.owner && d.ownerProblem(line.owner)) || (line.due && d.dueProblem(line.due));
  if (problem) {
    d.say(line, 'refused', `nothing was proposed: ${problem}`);
    return;
  }
  const duplicate = d.duplicateOf(line.title);
  if (duplicate) {
    d.say(
      line,
      'unchanged',
      `${ref(duplicate.id)} already proposes ${quoteTitle(duplicate.title)}; 👍 it to vote`,
    );
    return;
  }
  const item: ActionItem = {
    id: nextItemId(d.state),
    title: line.title,
    owner: line.owner,
    due: line.due,
    priority: line.priority,
    labels: [...line.labels],
    proposer: d.actor.login,
    sourceCommentId: d.env.comment.id,
    sourceCommentUrl: d.env.comment.url,
    votes: 0,
    status: 'proposed',
    decidedBy: null,
    issueNumber: null,
    issueUrl: null,
  };
  d.state.items.push(item);
  const missing = missingForAcceptance(item);
  d.say(
    line,
    'done',
    `proposed ${ref(item.id)} ${quoteTitle(item.title)}: ${describeItem(item)}. 👍 this comment to vote` +
      (missing ? `; ${missing}.` : `; a facilitator decides with ${code(`/accept ${item.id}`)}.`),
    item.owner ? { notify: item.owner } : {},
  );
}

function decide(d: Draft, line: ParsedLine & { kind: 'accept' | 'reject'; ids: string[] }): void {
  const verb = line.kind === 'accept' ? 'accept' : 'reject';
  if (!d.actor.facilitator) {
    d.say(
      line,
      'refused',
      `only facilitators (write access or above, or listed in the config) can ${verb} items`,
    );
    return;
  }
  for (const id of line.ids) {
    const item = d.item(id);
    if (!item) {
      d.say(line, 'invalid', `there is no item ${ref(id)}`);
    } else if (line.kind === 'accept') {
      accept(d, line, item);
    } else {
      reject(d, line, item);
    }
  }
}

function accept(d: Draft, line: ParsedLine, item: ActionItem): void {
  if (isAccepted(item)) {
    d.say(line, 'unchanged', `${ref(item.id)} is already accepted`);
    return;
  }
  if (item.status === 'withdrawn') {
    d.say(
      line,
      'refused',
      `${ref(item.id)} was withdrawn by its proposer; propose it again with \`/action\``,
    );
    return;
  }
  const problem =
    missingForAcceptance(item) ??
    (item.owner && d.env.assignable.get(item.owner.toLowerCase()) === false
      ? d.ownerProblem(item.owner)
      : null) ??
    (item.due && item.due < d.env.today
      ? `${ref(item.id)} was due ${item.due}, which has passed; set a new date with ${code(`/due ${item.id} +2w`)}`
      : null);
  if (problem) {
    d.say(line, 'refused', `${ref(item.id)} was not accepted: ${problem}`);
    return;
  }
  const accepted = acceptedCount(d.state);
  if (accepted >= d.env.maxAccepted) {
    d.say(
      line,
      'refused',
      `${ref(item.id)} was not accepted: ${accepted} items are accepted already, the most this retrospective ` +
        `takes (\`max-action-items: ${d.env.maxAccepted}\`). Reject one first, or keep the list short on purpose`,
    );
    return;
  }
  item.status = 'accepted';
  item.decidedBy = d.actor.login;
  d.say(line, 'done', `accepted ${ref(item.id)} ${quoteTitle(item.title)}: ${describeItem(item)}`);
}

function reject(d: Draft, line: ParsedLine, item: ActionItem): void {
  if (item.status === 'rejected' || item.status === 'withdrawn') {
    d.say(line, 'unchanged', `${ref(item.id)} is already ${item.status}`);
    return;
  }
  if (item.status === 'created') {
    d.say(line, 'refused', `${ref(item.id)} is already an issue; close the issue instead`);
    return;
  }
  item.status = 'rejected';
  item.decidedBy = d.actor.login;
  d.say(line, 'done', `rejected ${ref(item.id)} ${quoteTitle(item.title)}`);
}

/** `/assign`, `/due`, `/priority`: facilitators, or the proposer while the item is only proposed. */
function edit(
  d: Draft,
  line: ParsedLine & { kind: 'assign' | 'due' | 'priority'; id: string },
): ActionItem | null {
  const item = d.item(line.id);
  if (!item) {
    d.say(line, 'invalid', `there is no item ${ref(line.id)}`);
    return null;
  }
  if (item.status !== 'proposed' && item.status !== 'accepted') {
    d.say(
      line,
      'refused',
      `${ref(item.id)} is ${item.status === 'created' ? 'already an issue' : item.status}; it cannot be changed here`,
    );
    return null;
  }
  if (!d.actor.facilitator) {
    if (isAccepted(item)) {
      d.say(line, 'refused', `${ref(item.id)} is accepted; only facilitators can change it now`);
      return null;
    }
    if (!sameLogin(item.proposer, d.actor.login)) {
      d.say(
        line,
        'refused',
        `only facilitators or the proposer (${who(item.proposer)}) can change ${ref(item.id)}`,
      );
      return null;
    }
  }
  return item;
}

function assign(d: Draft, line: ParsedLine & { kind: 'assign'; id: string; owner: string }): void {
  const item = edit(d, line);
  if (!item) return;
  if (sameLogin(item.owner, line.owner)) {
    d.say(line, 'unchanged', `${who(line.owner)} already owns ${ref(item.id)}`);
    return;
  }
  const problem = d.ownerProblem(line.owner);
  if (problem) {
    d.say(line, 'refused', `${ref(item.id)} is unchanged: ${problem}`);
    return;
  }
  item.owner = line.owner;
  d.say(line, 'done', `${who(line.owner)} now owns ${ref(item.id)} ${quoteTitle(item.title)}`, {
    notify: line.owner,
  });
}

function setDue(d: Draft, line: ParsedLine & { kind: 'due'; id: string; due: string }): void {
  const item = edit(d, line);
  if (!item) return;
  const problem = d.dueProblem(line.due);
  if (problem) {
    d.say(line, 'refused', `${ref(item.id)} is unchanged: ${problem}`);
    return;
  }
  if (item.due === line.due) {
    d.say(line, 'unchanged', `${ref(item.id)} is already due ${line.due}`);
    return;
  }
  item.due = line.due;
  d.say(line, 'done', `${ref(item.id)} is now due ${line.due}`);
}

function setPriority(
  d: Draft,
  line: ParsedLine & { kind: 'priority'; id: string; priority: Priority },
): void {
  const item = edit(d, line);
  if (!item) return;
  if (item.priority === line.priority) {
    d.say(line, 'unchanged', `${ref(item.id)} already has priority ${line.priority}`);
    return;
  }
  item.priority = line.priority;
  d.say(line, 'done', `${ref(item.id)} now has priority ${line.priority}`);
}

function learn(d: Draft, line: LearningLine): Learning | null {
  if (!d.actor.participant) {
    d.say(
      line,
      'refused',
      'only facilitators can record learnings in this retrospective (`proposers: facilitators`)',
    );
    return null;
  }
  if (d.state.learnings.length >= MAX_LEARNINGS) {
    d.say(line, 'refused', `this retrospective already has ${MAX_LEARNINGS} learnings, the most it can hold`);
    return null;
  }
  const learning: Learning = {
    text: line.text,
    author: d.actor.login,
    sourceCommentId: d.env.comment.id,
    sourceCommentUrl: d.env.comment.url,
  };
  d.state.learnings.push(learning);
  d.say(line, 'done', `recorded the learning ${quoteTitle(line.text)}`);
  return learning;
}

function applyLine(d: Draft, line: ParsedLine): void {
  if (
    d.state.status === 'finalized' &&
    line.kind !== 'help' &&
    line.kind !== 'invalid' &&
    line.kind !== 'unknown'
  ) {
    d.say(line, 'refused', 'this retrospective is finalized; the record no longer changes');
    return;
  }
  switch (line.kind) {
    case 'action':
      propose(d, line);
      return;
    case 'accept':
    case 'reject':
      decide(d, line);
      return;
    case 'assign':
      assign(d, line);
      return;
    case 'due':
      setDue(d, line);
      return;
    case 'priority':
      setPriority(d, line);
      return;
    case 'learning':
      learn(d, line);
      return;
    case 'finalize':
      if (!d.actor.facilitator) {
        d.say(line, 'refused', 'only facilitators can finalize the retrospective');
        return;
      }
      d.finalize = true;
      d.say(line, 'done', 'finalizing the retrospective now');
      return;
    case 'help':
      d.say(line, 'done', 'the commands are listed below', { details: renderHelp() });
      return;
    case 'invalid':
      d.say(line, 'invalid', safeReason(line.reason));
      return;
    case 'unknown':
      d.say(
        line,
        'invalid',
        `${code(`/${line.command}`)} is not a command` +
          (line.suggestion ? `; did you mean ${code(`/${line.suggestion}`)}?` : '; `/help` lists them'),
      );
      return;
  }
}

/** Applies one command line. Pure: returns a new state, the reply lines, and whether to finalize. */
export function applyCommand(state: RetroState, line: ParsedLine, actor: Actor, env: ApplyEnv): Applied {
  const d = new Draft(structuredClone(state), actor, env);
  applyLine(d, line);
  return { state: d.state, lines: d.lines, finalize: d.finalize };
}

// ---------------------------------------------------------------------------------------------------------
// One comment event.

const IMPERATIVE: ReadonlySet<ParsedLine['kind']> = new Set<ParsedLine['kind']>([
  'accept',
  'reject',
  'assign',
  'due',
  'priority',
  'finalize',
  'help',
  'invalid',
  'unknown',
]);

/** Lines of `lines` that `previous` did not hold (as a multiset of their text). */
function newLines(lines: readonly ParsedLine[], previous: readonly ParsedLine[]): ParsedLine[] {
  const seen = new Map<string, number>();
  for (const line of previous) seen.set(line.text, (seen.get(line.text) ?? 0) + 1);
  return lines.filter((line) => {
    const left = seen.get(line.text) ?? 0;
    if (left === 0) return true;
    seen.set(line.text, left - 1);
    return false;
  });
}

const itemsFrom = (state: RetroState, commentId: string) =>
  state.items
    .filter((i) => i.sourceCommentId === commentId)
    .sort((a, b) => Number(a.id.slice(1)) - Number(b.id.slice(1)));

const sameFields = (item: ActionItem, line: ActionLine) =>
  item.title === line.title &&
  item.owner === line.owner &&
  item.due === line.due &&
  item.priority === line.priority &&
  item.labels.join('\u0000') === line.labels.join('\u0000');

/**
 * An edited proposal is re-read while its item is still proposed: the k-th `/action` line of the comment is
 * the k-th item it proposed. New lines propose new items; a removed line withdraws its proposed item. Accepted
 * items change only through facilitator commands, so an edit never touches them.
 */
function reapplyProposals(d: Draft, lines: readonly ActionLine[]): void {
  const existing = itemsFrom(d.state, d.env.comment.id);
  lines.forEach((line, k) => {
    const item = existing[k];
    if (!item) {
      propose(d, line);
      return;
    }
    if (item.status !== 'proposed' && item.status !== 'withdrawn') {
      if (!sameFields(item, line)) {
        d.say(
          line,
          'unchanged',
          `${ref(item.id)} is ${item.status === 'created' ? 'already an issue' : item.status}; editing the proposal no ` +
            'longer changes it (facilitators can use `/assign`, `/due`, `/priority`)',
        );
      }
      return;
    }
    if (item.status === 'proposed' && sameFields(item, line)) return;
    const problem =
      (line.owner && !sameLogin(line.owner, item.owner) && d.ownerProblem(line.owner)) ||
      (line.due && line.due !== item.due && d.dueProblem(line.due));
    if (problem) {
      d.say(line, 'refused', `${ref(item.id)} is unchanged: ${problem}`);
      return;
    }
    const duplicate = d.duplicateOf(line.title, item);
    if (duplicate) {
      d.say(
        line,
        'refused',
        `${ref(item.id)} is unchanged: ${ref(duplicate.id)} already proposes ${quoteTitle(duplicate.title)}`,
      );
      return;
    }
    const ownerChanged = line.owner !== null && !sameLogin(line.owner, item.owner);
    const revived = item.status === 'withdrawn';
    Object.assign(item, {
      title: line.title,
      owner: line.owner,
      due: line.due,
      priority: line.priority,
      labels: [...line.labels],
      status: 'proposed',
    });
    d.say(
      line,
      'done',
      `${revived ? 'proposed again' : 'updated'} ${ref(item.id)} ${quoteTitle(item.title)}: ${describeItem(item)}`,
      ownerChanged && line.owner ? { notify: line.owner } : {},
    );
  });
  for (const item of existing.slice(lines.length)) {
    if (item.status === 'proposed') {
      item.status = 'withdrawn';
      d.say(
        `/action ${item.title}`,
        'done',
        `withdrew ${ref(item.id)}: its \`/action\` line was removed from the comment`,
      );
    }
  }
}

/** The comment's learnings are replaced by its current `/learning` lines, in place. */
function reapplyLearnings(d: Draft, lines: readonly LearningLine[]): void {
  const id = d.env.comment.id;
  const before = d.state.learnings.filter((l) => l.sourceCommentId === id);
  if (before.length === lines.length && before.every((l, k) => l.text === lines[k]?.text)) return;
  const at = d.state.learnings.findIndex((l) => l.sourceCommentId === id);
  const kept = d.state.learnings.filter((l) => l.sourceCommentId !== id);
  d.state.learnings.length = 0;
  d.state.learnings.push(...kept);
  const added: Learning[] = [];
  for (const line of lines) {
    const learning = learn(d, line);
    if (learning) added.push(learning);
  }
  // learn() appended them; move them back where the comment's learnings were.
  if (at !== -1 && added.length > 0) {
    d.state.learnings.splice(d.state.learnings.length - added.length, added.length);
    d.state.learnings.splice(Math.min(at, d.state.learnings.length), 0, ...added);
  }
  if (lines.length === 0)
    d.say(
      '/learning',
      'done',
      `removed ${before.length === 1 ? 'the learning' : 'the learnings'} of this comment`,
    );
}

function withdrawAll(d: Draft): void {
  const id = d.env.comment.id;
  for (const item of itemsFrom(d.state, id)) {
    if (item.status === 'proposed') {
      item.status = 'withdrawn';
      d.say(`/action ${item.title}`, 'done', `withdrew ${ref(item.id)}: its proposal was deleted`);
    } else if (isAccepted(item)) {
      d.say(
        `/action ${item.title}`,
        'unchanged',
        `${ref(item.id)} stays ${item.status === 'created' ? 'an issue' : 'accepted'} although its proposal was deleted`,
      );
    }
  }
  const count = d.state.learnings.length;
  const kept = d.state.learnings.filter((l) => l.sourceCommentId !== id);
  if (kept.length !== count) {
    d.state.learnings.length = 0;
    d.state.learnings.push(...kept);
    d.say(
      '/learning',
      'done',
      `removed ${count - kept.length === 1 ? 'the learning' : 'the learnings'} of the deleted comment`,
    );
  }
}

/**
 * Applies a comment event (created, edited or deleted) and stamps processedComments, so the same delivery
 * applied again changes nothing. Pure.
 */
export function applyComment(state: RetroState, change: CommentChange, actor: Actor, env: ApplyEnv): Applied {
  const d = new Draft(structuredClone(state), actor, env);
  if (change.kind === 'created') {
    for (const line of change.lines) applyLine(d, line);
  } else if (d.state.status === 'finalized') {
    // A finalized record is history: edits and deletions of old comments no longer change it.
  } else if (change.kind === 'deleted') {
    withdrawAll(d);
  } else {
    const actions = change.lines.filter((l): l is ActionLine => l.kind === 'action');
    const learnings = change.lines.filter((l): l is LearningLine => l.kind === 'learning');
    reapplyProposals(d, actions);
    reapplyLearnings(d, learnings);
    // Other commands act once: on an edit only the lines that are new in this version run.
    const imperative = change.lines.filter((l) => IMPERATIVE.has(l.kind));
    const fresh = change.previous ? newLines(imperative, change.previous) : imperative;
    for (const line of fresh) applyLine(d, line);
  }
  d.state.processedComments[env.comment.id] = env.comment.stamp;
  return { state: d.state, lines: d.lines, finalize: d.finalize };
}

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
