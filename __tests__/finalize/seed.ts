/**
 * Seeds the emulator with a retrospective discussion as the open and command stages leave it: written by
 * github-actions[bot], a state block with decided items, survey threads with replies, proposals with 👍.
 * Written straight into emulator state so finalize can be tested on its own.
 */
import type { Emulator } from '../../emulator/index.ts';
import type { ReactionContent } from '../../emulator/types.ts';
import { type ActionItem, encodeState, initialState, type RetroState } from '../../src/domain/state.ts';
import { renderActionItems, renderLearnings } from '../../src/render/live.ts';
import { liveSection } from '../../src/render/live-record.ts';

export const BOT = 'github-actions[bot]';
const REPO = 'acme/shop';

export interface SeededRetro {
  number: number;
  nodeId: string;
  url: string;
  state: RetroState;
}

export interface ItemSeed {
  title: string;
  owner: string | null;
  due: string | null;
  priority: ActionItem['priority'];
  labels?: string[];
  status?: ActionItem['status'];
  proposer: string;
  /** Logins who 👍 the proposal. */
  votes?: string[];
  /** Extra text in the proposing comment (e.g. acceptance criteria). */
  extra?: string;
}

export const FOUR_ITEMS: ItemSeed[] = [
  {
    title: 'Add a migration check to CI',
    owner: 'sam',
    due: '2026-04-10',
    priority: 'P1',
    labels: ['ci'],
    proposer: 'lee',
    votes: ['maya', 'ana'],
    extra: 'Acceptance criteria: CI fails when a migration lacks a guard.',
  },
  {
    title: 'Page on checkout error rate',
    owner: 'ana',
    due: '2026-03-31',
    priority: 'P0',
    proposer: 'maya',
    votes: ['sam'],
  },
  {
    title: 'Write the rollback runbook | with `code` @kim',
    owner: 'lee',
    due: '2026-04-30',
    priority: null,
    proposer: 'sam',
    votes: ['maya', 'ana', 'kim'],
  },
  {
    title: 'Canary releases for checkout',
    owner: 'maya',
    due: '2026-05-15',
    priority: 'P2',
    labels: ['infra'],
    proposer: 'ana',
    votes: [],
  },
  {
    title: 'Rewrite everything in Rust',
    owner: 'rio',
    due: '2026-06-01',
    priority: 'P3',
    status: 'proposed',
    proposer: 'troll',
    votes: ['troll'],
  },
];

function at(emu: Emulator, offsetMs: number): string {
  return new Date(emu.clock.nowMs() + offsetMs).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function seedRetro(
  emu: Emulator,
  options: {
    tag?: string;
    openedAt?: string;
    items?: ItemSeed[];
    previousTag?: string | null;
    closed?: boolean;
  } = {},
): SeededRetro {
  const s = emu.state;
  const repo = s.repos.find((r) => r.fullName === REPO);
  if (!repo) throw new Error('demo scenario without acme/shop');
  const category = s.discussionCategories.find((c) => c.repo === REPO && c.slug === 'retrospectives');
  if (!category) throw new Error('no retrospectives category');
  const tag = options.tag ?? 'v1.4.0';
  const openedAt = options.openedAt ?? at(emu, -2 * 86_400_000);
  const did = s.nextId();
  const number = repo.nextNumber++;
  const url = `https://github.com/${REPO}/discussions/${number}`;
  const comment = (author: string, body: string, replyTo: number | null, offsetMs: number) => {
    const id = s.nextId();
    s.discussionComments.push({
      id,
      nodeId: s.nodeId('discussionComment', id),
      discussionId: did,
      replyToId: replyTo,
      author,
      body,
      createdAt: at(emu, offsetMs),
      updatedAt: at(emu, offsetMs),
    });
    return { id, nodeId: s.nodeId('discussionComment', id), url: `${url}#discussioncomment-${id}` };
  };
  const react = (subjectId: number, user: string, content: ReactionContent = '+1') => {
    const id = s.nextId();
    s.reactions.push({
      id,
      nodeId: s.nodeId('reaction', id),
      subjectType: 'discussionComment',
      subjectId,
      content,
      user,
      createdAt: at(emu, -3_600_000),
    });
  };

  const state = initialState({
    tag,
    tags: [tag],
    previousTag: options.previousTag === undefined ? null : options.previousTag,
    openedAt,
    metrics: { leadTime: 26.5, changeFailureRate: 50, deploymentFrequency: 2, bugInflow: 4 },
  });
  // Survey threads: a top-level comment by the bot per prompt, replies by people.
  const wentWell = comment(BOT, '### What went well?\nReply in this thread.', null, -40 * 3_600_000);
  const couldImprove = comment(
    BOT,
    '### What could be improved?\nReply in this thread.',
    null,
    -40 * 3_600_000,
  );
  state.surveyThreads = { 'went-well': wentWell.nodeId, 'could-improve': couldImprove.nodeId };
  const r1 = comment(
    'sam',
    'The rollback took **ten minutes**, thanks to the runbook.',
    wentWell.id,
    -30 * 3_600_000,
  );
  react(r1.id, 'maya');
  react(r1.id, 'lee');
  comment('kim', 'Saved carts were a hit with customers.', wentWell.id, -29 * 3_600_000);
  const r3 = comment(
    'lee',
    'We had no check for migrations <!-- sneaky --> before release.',
    couldImprove.id,
    -28 * 3_600_000,
  );
  react(r3.id, 'sam');
  react(r3.id, 'ana');
  react(r3.id, 'maya');

  (options.items ?? FOUR_ITEMS).forEach((seed, index) => {
    const source = comment(
      seed.proposer,
      `/action ${seed.title}${seed.owner ? ` @${seed.owner}` : ''}${seed.due ? ` due:${seed.due}` : ''}${seed.extra ? `\n\n${seed.extra}` : ''}`,
      null,
      -20 * 3_600_000 + index * 60_000,
    );
    for (const voter of seed.votes ?? []) react(source.id, voter);
    // Applied by the command stage when it was written (a later run reconciles only what is not).
    state.processedComments[source.nodeId] = at(emu, -20 * 3_600_000 + index * 60_000);
    state.items.push({
      id: `A${index + 1}`,
      title: seed.title,
      owner: seed.owner,
      due: seed.due,
      priority: seed.priority,
      labels: seed.labels ?? [],
      proposer: seed.proposer,
      sourceCommentId: source.nodeId,
      sourceCommentUrl: source.url,
      votes: 0,
      status: seed.status ?? 'accepted',
      decidedBy: seed.status === 'proposed' ? null : 'maya',
      issueNumber: null,
      issueUrl: null,
    });
  });
  state.learnings.push({
    text: 'Migrations need a guard <b>before</b> release',
    author: 'lee',
    sourceCommentId: r3.nodeId,
    sourceCommentUrl: r3.url,
  });

  const body = [
    `# Retrospective: ${tag}`,
    '## Action items',
    liveSection('action-items', renderActionItems(state, 5)),
    '## Learnings',
    liveSection('learnings', renderLearnings(state)),
    encodeState(state),
  ].join('\n\n');
  s.discussions.push({
    id: did,
    nodeId: s.nodeId('discussion', did),
    repo: REPO,
    number,
    categoryId: category.id,
    title: `Retrospective: ${tag}`,
    body,
    author: BOT,
    createdAt: openedAt,
    updatedAt: openedAt,
    closed: options.closed ?? false,
    closedAt: null,
    stateReason: null,
  });
  return { number, nodeId: s.nodeId('discussion', did), url, state };
}
