import { describe, expect, it } from 'vitest';
import { type ActionItem, initialState, type RetroState } from '../../src/domain/state.ts';
import { MENTION_BREAK } from '../../src/render/markdown.ts';
import {
  type ApplyEnv,
  applyCommand,
  applyComment,
  MAX_ITEMS,
  ownersToCheck,
  refreshVotes,
  safeReason,
} from '../../src/retro/commands/apply.ts';
import type { Actor } from '../../src/retro/commands/authorize.ts';
import { type ParsedLine, parseCommands } from '../../src/retro/commands/parse.ts';
import { isReplyTo, renderReply } from '../../src/retro/commands/reply.ts';

const WRITTEN = new Date('2026-03-10T10:00:00Z');
const parse = (body: string) => parseCommands(body, WRITTEN);
const one = (body: string): ParsedLine => {
  const [line] = parse(body);
  if (!line) throw new Error(`no command in ${body}`);
  return line;
};

const maya: Actor = { login: 'maya', facilitator: true, participant: true };
const sam: Actor = { login: 'sam', facilitator: false, participant: true };
const kim: Actor = { login: 'kim', facilitator: false, participant: true };
const outsider: Actor = { login: 'troll', facilitator: false, participant: false };

function env(overrides: Partial<ApplyEnv> = {}, comment = 'DC_1'): ApplyEnv {
  return {
    assignable: new Map([
      ['maya', true],
      ['lee', true],
      ['sam', true],
      ['ghost', false],
    ]),
    today: '2026-03-10',
    maxAccepted: 2,
    comment: {
      id: comment,
      url: `https://github.com/acme/shop/discussions/7#discussioncomment-${comment}`,
      stamp: '2026-03-10T10:00:00Z',
    },
    ...overrides,
  };
}

const empty = (): RetroState =>
  initialState({
    tag: 'v1.4.0',
    tags: ['v1.4.0'],
    previousTag: 'v1.3.0',
    openedAt: '2026-03-09T00:00:00Z',
    metrics: {},
  });

function item(overrides: Partial<ActionItem>): ActionItem {
  return {
    id: 'A1',
    title: 'Add a canary stage',
    owner: 'maya',
    due: '2026-03-24',
    priority: null,
    labels: [],
    proposer: 'sam',
    sourceCommentId: 'DC_0',
    sourceCommentUrl: 'https://github.com/acme/shop/discussions/7#discussioncomment-0',
    votes: 0,
    status: 'proposed',
    decidedBy: null,
    issueNumber: null,
    issueUrl: null,
    ...overrides,
  };
}

const withItems = (...items: ActionItem[]): RetroState => ({ ...empty(), items });

describe('/action', () => {
  it('proposes A1 with every field, the proposer and the source comment', () => {
    const before = empty();
    const { state, lines } = applyCommand(
      before,
      one('/action Add a canary stage @maya due:+2w priority:high label:ci'),
      sam,
      env(),
    );
    expect(before.items).toEqual([]); // input untouched
    expect(state.items).toEqual([
      item({
        id: 'A1',
        owner: 'maya',
        due: '2026-03-24',
        priority: 'P1',
        labels: ['ci'],
        proposer: 'sam',
        sourceCommentId: 'DC_1',
        sourceCommentUrl: 'https://github.com/acme/shop/discussions/7#discussioncomment-DC_1',
      }),
    ]);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ outcome: 'done', notify: 'maya' });
    expect(lines[0]?.message).toContain('proposed **A1**');
    // The owner is not mentioned in the line itself; the reply mentions new owners once.
    expect(lines[0]?.message).toContain(`@${MENTION_BREAK}maya`);
  });

  it('stores a missing priority as null (the default applies at finalize) and says what acceptance needs', () => {
    const { state, lines } = applyCommand(empty(), one('/action Write a runbook'), sam, env());
    expect(state.items[0]).toMatchObject({ id: 'A1', owner: null, due: null, priority: null });
    expect(lines[0]?.message).toContain('needs an owner and a due date');
    expect(lines[0]?.message).toContain('`/assign A1 @someone`');
  });

  it('numbers after the highest id, even when items were rejected or withdrawn', () => {
    const state = withItems(
      item({ id: 'A1', status: 'rejected' }),
      item({ id: 'A4', title: 'x', status: 'withdrawn' }),
    );
    expect(applyCommand(state, one('/action New thing'), sam, env()).state.items.at(-1)?.id).toBe('A5');
  });

  it.each([
    ['/action Fix it @ghost', 'cannot be assigned issues'],
    ['/action Fix it @maya due:2026-03-01', 'the due date 2026-03-01 is in the past'],
  ])('refuses %s and leaves the record intact', (body, reason) => {
    const before = withItems(item({}));
    const { state, lines } = applyCommand(before, one(body), sam, env());
    expect(state).toEqual(before);
    expect(lines[0]).toMatchObject({ outcome: 'refused' });
    expect(lines[0]?.message).toContain(reason);
  });

  it('refuses proposals from non-participants when proposers is facilitators', () => {
    const { state, lines } = applyCommand(empty(), one('/action x'), outsider, env());
    expect(state.items).toEqual([]);
    expect(lines[0]?.outcome).toBe('refused');
  });

  it('points at an existing proposal with the same title instead of duplicating it', () => {
    const before = withItems(item({}));
    const { state, lines } = applyCommand(before, one('/action add a  CANARY stage'), kim, env());
    expect(state.items).toHaveLength(1);
    expect(lines[0]?.message).toContain('**A1** already proposes');
  });

  it(`holds at most ${MAX_ITEMS} proposals`, () => {
    const full = withItems(
      ...Array.from({ length: MAX_ITEMS }, (_, i) => item({ id: `A${i + 1}`, title: `t${i}` })),
    );
    const { state, lines } = applyCommand(full, one('/action one more'), sam, env());
    expect(state.items).toHaveLength(MAX_ITEMS);
    expect(lines[0]?.outcome).toBe('refused');
  });
});

describe('/accept and /reject', () => {
  it('lets a facilitator accept a complete item, recording who decided', () => {
    const { state, lines } = applyCommand(withItems(item({})), one('/accept A1'), maya, env());
    expect(state.items[0]).toMatchObject({ status: 'accepted', decidedBy: 'maya' });
    expect(lines[0]?.outcome).toBe('done');
  });

  it('the /decide alias does the same', () => {
    expect(applyCommand(withItems(item({})), one('/decide A1'), maya, env()).state.items[0]?.status).toBe(
      'accepted',
    );
  });

  it.each([sam, kim, outsider])('refuses %o: not a facilitator', (actor) => {
    const before = withItems(item({}));
    const { state, lines } = applyCommand(before, one('/accept A1'), actor, env());
    expect(state).toEqual(before);
    expect(lines).toEqual([expect.objectContaining({ outcome: 'refused' })]);
    expect(lines[0]?.message).toContain('only facilitators');
  });

  it('refuses an item without an owner or a due date', () => {
    const before = withItems(item({ owner: null, due: null }));
    const { state, lines } = applyCommand(before, one('/accept A1'), maya, env());
    expect(state).toEqual(before);
    expect(lines[0]?.message).toContain('needs an owner and a due date');
  });

  it('refuses an item whose due date has passed since it was proposed', () => {
    const { lines } = applyCommand(withItems(item({ due: '2026-03-09' })), one('/accept A1'), maya, env());
    expect(lines[0]).toMatchObject({ outcome: 'refused' });
    expect(lines[0]?.message).toContain('has passed');
  });

  it('caps accepted items at max-action-items, one reply line per id', () => {
    const state = withItems(
      item({ id: 'A1', title: 'a' }),
      item({ id: 'A2', title: 'b' }),
      item({ id: 'A3', title: 'c' }),
    );
    const applied = applyCommand(state, one('/accept A1 A2 A3 A9'), maya, env({ maxAccepted: 2 }));
    expect(applied.state.items.map((i) => i.status)).toEqual(['accepted', 'accepted', 'proposed']);
    expect(applied.lines.map((l) => l.outcome)).toEqual(['done', 'done', 'refused', 'invalid']);
    expect(applied.lines[2]?.message).toContain('max-action-items: 2');
    expect(applied.lines[3]?.message).toContain('there is no item **A9**');
  });

  it('says an accepted item is already accepted, and a rejected one can be reconsidered', () => {
    const state = withItems(
      item({ id: 'A1', status: 'accepted' }),
      item({ id: 'A2', title: 'b', status: 'rejected' }),
    );
    const applied = applyCommand(state, one('/accept A1 A2'), maya, env());
    expect(applied.lines.map((l) => l.outcome)).toEqual(['unchanged', 'done']);
  });

  it('rejects proposed and accepted items, but not issues already created', () => {
    const state = withItems(
      item({ id: 'A1' }),
      item({ id: 'A2', title: 'b', status: 'accepted' }),
      item({ id: 'A3', title: 'c', status: 'created', issueNumber: 9 }),
    );
    const applied = applyCommand(state, one('/reject A1, A2, A3'), maya, env());
    expect(applied.state.items.map((i) => i.status)).toEqual(['rejected', 'rejected', 'created']);
    expect(applied.lines.map((l) => l.outcome)).toEqual(['done', 'done', 'refused']);
  });
});

describe('/assign, /due, /priority', () => {
  it('lets the proposer edit a proposed item', () => {
    let state = withItems(item({ owner: null, proposer: 'sam' }));
    state = applyCommand(state, one('/assign A1 @lee'), sam, env()).state;
    state = applyCommand(state, one('/due A1 2026-04-01'), sam, env()).state;
    state = applyCommand(state, one('/priority A1 low'), sam, env()).state;
    expect(state.items[0]).toMatchObject({ owner: 'lee', due: '2026-04-01', priority: 'P3' });
  });

  it('notifies the new owner', () => {
    const { lines } = applyCommand(withItems(item({ owner: null })), one('/assign A1 @lee'), sam, env());
    expect(lines[0]).toMatchObject({ outcome: 'done', notify: 'lee' });
  });

  it('refuses someone who is neither facilitator nor proposer', () => {
    const before = withItems(item({ proposer: 'sam' }));
    const { state, lines } = applyCommand(before, one('/due A1 +3w'), kim, env());
    expect(state).toEqual(before);
    expect(lines[0]?.message).toContain('only facilitators or the proposer');
  });

  it('accepted items change only through facilitators', () => {
    const before = withItems(item({ status: 'accepted', proposer: 'sam' }));
    const byProposer = applyCommand(before, one('/priority A1 P0'), sam, env());
    expect(byProposer.state).toEqual(before);
    expect(byProposer.lines[0]?.message).toContain('only facilitators can change it now');
    expect(applyCommand(before, one('/priority A1 P0'), maya, env()).state.items[0]?.priority).toBe('P0');
  });

  it.each([
    ['/assign A1 @ghost', 'cannot be assigned'],
    ['/due A1 2025-12-31', 'in the past'],
    ['/assign A7 @lee', 'there is no item **A7**'],
  ])('refuses %s', (body, reason) => {
    const before = withItems(item({}));
    const { state, lines } = applyCommand(before, one(body), maya, env());
    expect(state).toEqual(before);
    expect(lines[0]?.message).toContain(reason);
  });
});

describe('/learning, /finalize, /help, bad lines', () => {
  it('records a learning with its author and comment', () => {
    const { state } = applyCommand(empty(), one('/learning Flags let us turn things off fast'), kim, env());
    expect(state.learnings).toEqual([
      {
        text: 'Flags let us turn things off fast',
        author: 'kim',
        sourceCommentId: 'DC_1',
        sourceCommentUrl: 'https://github.com/acme/shop/discussions/7#discussioncomment-DC_1',
      },
    ]);
  });

  it('finalizes only for facilitators', () => {
    expect(applyCommand(empty(), one('/finalize'), maya, env()).finalize).toBe(true);
    const refused = applyCommand(empty(), one('/finalize'), sam, env());
    expect(refused.finalize).toBe(false);
    expect(refused.lines[0]?.outcome).toBe('refused');
  });

  it('refuses changes once the retrospective is finalized, but still helps', () => {
    const finalized = { ...withItems(item({})), status: 'finalized' as const };
    expect(applyCommand(finalized, one('/accept A1'), maya, env()).lines[0]?.message).toContain('finalized');
    expect(applyCommand(finalized, one('/help'), kim, env()).lines[0]?.details).toContain('/accept');
  });

  it('suggests the nearest command for an unknown one', () => {
    const { lines } = applyCommand(empty(), one('/acept A1'), maya, env());
    expect(lines[0]).toMatchObject({ outcome: 'invalid' });
    expect(lines[0]?.message).toBe('`/acept` is not a command; did you mean `/accept`?');
  });

  it('explains a command with missing arguments', () => {
    const { state, lines } = applyCommand(withItems(item({})), one('/assign A1'), maya, env());
    expect(state).toEqual(withItems(item({})));
    expect(lines[0]?.message).toContain('needs an item id and an owner');
  });
});

describe('untrusted text', () => {
  it('neutralises mentions and markers that a parser reason echoes back', () => {
    const reason = safeReason('`@org/everyone` is a team; `<!-- release-retro:state x -->` too');
    expect(reason).not.toMatch(/@[A-Za-z]/);
    const broken = safeReason('`a`b` @everyone <!-- x -->');
    expect(broken).not.toMatch(/@[A-Za-z]/);
    expect(broken).not.toContain('<!--');
  });

  it('refuses a team as owner and a mention flood without notifying anyone', () => {
    const lines = [
      ...applyCommand(empty(), one('/assign A1 @acme/everyone'), maya, env()).lines,
      ...applyCommand(empty(), one('/action Ping @a @b @c @d'), sam, env()).lines,
    ];
    const reply = renderReply(lines, { commentId: 'DC_1', stamp: 's', author: 'sam' });
    expect(reply).not.toMatch(/@[A-Za-z]/);
  });

  it('keeps a pasted state marker as plain text in the state and never as a marker in a reply', () => {
    const title = 'Fix <!-- release-retro:state eyJ2ZXJzaW9uIjoxfQ --> it';
    const { state, lines } = applyCommand(empty(), one(`/action ${title}`), sam, env());
    expect(state.items[0]?.title).toBe(title);
    const reply = renderReply(lines, { commentId: 'DC_1', stamp: 's', author: 'sam' });
    expect(reply.match(/<!--/g)).toHaveLength(1); // only the reply's own marker
  });

  it('keeps right-to-left and other Unicode titles as written', () => {
    const title = 'إضافة مرحلة الكناري 🚀 für Zahlungen';
    const { state, lines } = applyCommand(empty(), one(`/action ${title} @maya due:+1w`), sam, env());
    expect(state.items[0]?.title).toBe(title);
    expect(lines[0]?.message).toContain('إضافة');
  });

  it('strips bidi overrides from what a reply shows', () => {
    const { lines } = applyCommand(empty(), one('/action Fix \u202Eevil\u202C thing'), sam, env());
    expect(renderReply(lines, { commentId: 'DC_1', stamp: 's', author: 'sam' })).not.toMatch(
      /[\u202A-\u202E]/,
    );
  });
});

describe('applyComment: created, edited, deleted', () => {
  const stamp = '2026-03-10T10:00:00Z';

  it('applies every line of a new comment and stamps processedComments', () => {
    const { state, lines } = applyComment(
      empty(),
      { kind: 'created', lines: parse('/action One @maya due:+1w\nsome prose\n/action Two\n/learning L') },
      sam,
      env(),
    );
    expect(state.items.map((i) => i.id)).toEqual(['A1', 'A2']);
    expect(state.learnings).toHaveLength(1);
    expect(state.processedComments).toEqual({ DC_1: stamp });
    expect(lines).toHaveLength(3);
  });

  it('re-reads an edited proposal while it is proposed', () => {
    const created = applyComment(empty(), { kind: 'created', lines: parse('/action One') }, sam, env()).state;
    const edited = applyComment(
      created,
      {
        kind: 'edited',
        lines: parse('/action One, better @lee due:+2w priority:P2'),
        previous: parse('/action One'),
      },
      sam,
      env({ comment: { ...env().comment, stamp: '2026-03-10T11:00:00Z' } }),
    );
    expect(edited.state.items).toEqual([
      expect.objectContaining({
        id: 'A1',
        title: 'One, better',
        owner: 'lee',
        due: '2026-03-24',
        priority: 'P2',
      }),
    ]);
    expect(edited.lines[0]).toMatchObject({ outcome: 'done', notify: 'lee' });
    expect(edited.state.processedComments.DC_1).toBe('2026-03-10T11:00:00Z');
  });

  it('does not let an edit change an accepted item', () => {
    const state = withItems(item({ status: 'accepted', sourceCommentId: 'DC_1' }));
    const edited = applyComment(
      state,
      { kind: 'edited', lines: parse('/action Something else @sam'), previous: null },
      sam,
      env(),
    );
    expect(edited.state.items).toEqual(state.items);
    expect(edited.lines[0]?.outcome).toBe('unchanged');
  });

  it('withdraws a proposal whose line was removed, and runs only new imperative lines', () => {
    const state = withItems(
      item({ sourceCommentId: 'DC_1' }),
      item({ id: 'A2', title: 'other', sourceCommentId: 'DC_9' }),
    );
    const edited = applyComment(
      state,
      {
        kind: 'edited',
        lines: parse('/accept A2\n/reject A2'),
        previous: parse('/action Add a canary stage\n/accept A2'),
      },
      maya,
      env(),
    );
    expect(edited.state.items.map((i) => i.status)).toEqual(['withdrawn', 'rejected']);
    expect(edited.lines.map((l) => l.command)).toEqual(['/action Add a canary stage', '/reject A2']);
  });

  it('updates and removes learnings with the comment', () => {
    const created = applyComment(
      empty(),
      { kind: 'created', lines: parse('/learning old') },
      kim,
      env(),
    ).state;
    const edited = applyComment(
      created,
      { kind: 'edited', lines: parse('/learning new'), previous: null },
      kim,
      env(),
    ).state;
    expect(edited.learnings.map((l) => l.text)).toEqual(['new']);
    const deleted = applyComment(
      edited,
      { kind: 'deleted', lines: [] },
      kim,
      env({ comment: { ...env().comment, stamp: 'deleted' } }),
    );
    expect(deleted.state.learnings).toEqual([]);
    expect(deleted.state.processedComments.DC_1).toBe('deleted');
  });

  it('withdraws a deleted proposal unless it was accepted', () => {
    const state = withItems(
      item({ id: 'A1', sourceCommentId: 'DC_1' }),
      item({ id: 'A2', title: 'b', sourceCommentId: 'DC_1', status: 'accepted' }),
    );
    const { state: after } = applyComment(state, { kind: 'deleted', lines: [] }, sam, env());
    expect(after.items.map((i) => i.status)).toEqual(['withdrawn', 'accepted']);
  });
});

describe('helpers', () => {
  it('lists the owners to check, lower-cased and once', () => {
    expect(ownersToCheck(parse('/action a @Maya\n/assign A1 @maya\n/assign A2 @lee\n/accept A1'))).toEqual([
      'maya',
      'lee',
    ]);
  });

  it('refreshes votes from 👍 counts and keeps the count of a deleted comment', () => {
    const state = withItems(
      item({ id: 'A1', sourceCommentId: 'DC_1', votes: 1 }),
      item({ id: 'A2', title: 'b', sourceCommentId: 'DC_2', votes: 4 }),
    );
    const after = refreshVotes(state, new Map([['DC_1', 3]]));
    expect(after.items.map((i) => i.votes)).toEqual([3, 4]);
    expect(refreshVotes(after, new Map([['DC_1', 3]]))).toBe(after);
  });

  it('renders one reply with a marker, the lines, the help table and each new owner mentioned once', () => {
    const lines = [
      ...applyCommand(empty(), one('/action One @lee due:+1w'), sam, env()).lines,
      ...applyCommand(withItems(item({ owner: null })), one('/assign A1 @lee'), maya, env()).lines,
      ...applyCommand(empty(), one('/help'), sam, env()).lines,
    ];
    const reply = renderReply(lines, { commentId: 'DC_1', stamp: stamp(), author: 'sam' });
    expect(isReplyTo(reply, 'DC_1', stamp())).toBe(true);
    expect(isReplyTo(reply, 'DC_1', 'other')).toBe(false);
    expect(reply.match(/@lee/g)).toHaveLength(1);
    expect(reply).toContain('| Command | Who | What it does |');
  });
});

function stamp(): string {
  return '2026-03-10T10:00:00Z';
}
