/** One command line: a handler per command, each saying in one reply line what changed or why nothing did. */

import type { ActionItem, Learning, Priority, RetroState } from '../../domain/state.ts';
import { nextItemId } from '../../domain/state.ts';
import { sameLogin } from '../../github/discussions.ts';
import {
  type Applied,
  type ApplyEnv,
  acceptedCount,
  code,
  Draft,
  describeItem,
  isAccepted,
  MAX_ITEMS,
  MAX_LEARNINGS,
  missingForAcceptance,
  quoteTitle,
  ref,
  safeReason,
  who,
} from './apply-draft.ts';
import { type Actor, unreadableTeamsNote } from './authorize.ts';
import type { ActionLine, LearningLine, ParsedLine } from './parse.ts';
import { renderHelp } from './parse.ts';

export function propose(d: Draft, line: ActionLine): void {
  if (!d.actor.participant) {
    d.say(
      line,
      'refused',
      `only facilitators can propose action items in this retrospective (\`proposers: facilitators\`)${unreadableTeamsNote(d.actor)}`,
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
      `only facilitators (write access or above, or listed in the config) can ${verb} items${unreadableTeamsNote(d.actor)}`,
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
      d.say(
        line,
        'refused',
        `${ref(item.id)} is accepted; only facilitators can change it now${unreadableTeamsNote(d.actor)}`,
      );
      return null;
    }
    if (!sameLogin(item.proposer, d.actor.login)) {
      d.say(
        line,
        'refused',
        `only facilitators or the proposer (${who(item.proposer)}) can change ${ref(item.id)}${unreadableTeamsNote(d.actor)}`,
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

export function learn(d: Draft, line: LearningLine): Learning | null {
  if (!d.actor.participant) {
    d.say(
      line,
      'refused',
      `only facilitators can record learnings in this retrospective (\`proposers: facilitators\`)${unreadableTeamsNote(d.actor)}`,
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

export function applyLine(d: Draft, line: ParsedLine): void {
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
        d.say(
          line,
          'refused',
          `only facilitators can finalize the retrospective${unreadableTeamsNote(d.actor)}`,
        );
        return;
      }
      d.finalize = true;
      // Written with the comment's stamp: from now on every run finishes the finalize until it is complete.
      d.state.finalizedAt ??= d.env.comment.stamp;
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
