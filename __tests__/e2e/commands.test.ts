/**
 * Comment commands end to end: people of every role comment in a retrospective discussion on the emulator,
 * and dist/index.js runs on each discussion_comment event exactly as a runner would. The record (decoded
 * state), the table in the body and the replies are checked after a scripted conversation.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Emulator, startEmulator } from '../../emulator/index.ts';
import { decodeState, initialState, type RetroState, withState } from '../../src/domain/state.ts';
import { liveSection } from '../../src/render/live-record.ts';
import { MENTION_BREAK } from '../../src/render/markdown.ts';
import { gql } from '../emulator/helpers.ts';
import { type ActionRun, runAction } from './run-action.ts';

interface PostedComment {
  id: string;
  databaseId: number;
  url: string;
  body: string;
  createdAt: string;
  updatedAt: string;
  login: string;
  parent: PostedComment | null;
}

interface ListedComment {
  id: string;
  body: string;
  author: { login: string } | null;
  replyTo: { id: string } | null;
}

let emu: Emulator;
let discussion: { id: string; number: number; url: string };

/** The test's own reads use a PAT, so they do not spend the action's GITHUB_TOKEN budget. */
async function query<T>(
  text: string,
  variables: Record<string, unknown> = {},
  token = 'ghp_maya',
): Promise<T> {
  const res = await gql<T>(emu, text, variables, token);
  if (res.body.errors?.length || !res.body.data)
    throw new Error(`GraphQL failed: ${JSON.stringify(res.body)}`);
  return res.body.data;
}

async function seedRetrospective(): Promise<void> {
  const setup = await query<{
    repository: { id: string; discussionCategories: { nodes: { id: string; slug: string }[] } };
  }>(
    `query { repository(owner: "acme", name: "shop") { id discussionCategories(first: 20) { nodes { id slug } } } }`,
  );
  const category = setup.repository.discussionCategories.nodes.find((c) => c.slug === 'retrospectives');
  const state = initialState({
    tag: 'v1.4.0',
    tags: ['v1.4.0', 'v1.4.1'],
    previousTag: 'v1.3.0',
    openedAt: emu.clock.iso(),
    metrics: {},
  });
  const body = withState(
    `# Retrospective: v1.4.0\n\n## Action items\n\n${liveSection('action-items', '')}\n\n## Key learnings\n\n${liveSection('learnings', '')}`,
    state,
  );
  const created = await query<{
    createDiscussion: { discussion: { id: string; number: number; url: string } };
  }>(
    `mutation($repositoryId: ID!, $categoryId: ID!, $body: String!) {
      createDiscussion(input: { repositoryId: $repositoryId, categoryId: $categoryId, title: "Retrospective: v1.4.0", body: $body }) {
        discussion { id number url }
      }
    }`,
    { repositoryId: setup.repository.id, categoryId: category?.id, body },
    'ghs_emulator_default', // written by the action's own identity: the only trusted state
  );
  discussion = created.createDiscussion.discussion;
}

/** Moves the emulator's clock on, so every comment has its own time (as real comments do). */
const tick = () => emu.clock.advance(60_000);

async function post(
  login: string,
  body: string,
  parent: PostedComment | null = null,
): Promise<PostedComment> {
  tick();
  const data = await query<{
    addDiscussionComment: { comment: Omit<PostedComment, 'login' | 'parent' | 'body'> };
  }>(
    `mutation($discussionId: ID!, $body: String!, $replyToId: ID) {
      addDiscussionComment(input: { discussionId: $discussionId, body: $body, replyToId: $replyToId }) {
        comment { id databaseId url createdAt updatedAt }
      }
    }`,
    { discussionId: discussion.id, body, replyToId: parent?.id ?? null },
    `ghp_${login}`,
  );
  return { ...data.addDiscussionComment.comment, body, login, parent };
}

async function edit(
  comment: PostedComment,
  body: string,
): Promise<{ comment: PostedComment; previous: string }> {
  tick();
  const data = await query<{ updateDiscussionComment: { comment: { updatedAt: string } } }>(
    `mutation($commentId: ID!, $body: String!) {
      updateDiscussionComment(input: { commentId: $commentId, body: $body }) { comment { updatedAt } }
    }`,
    { commentId: comment.id, body },
    `ghp_${comment.login}`,
  );
  return {
    comment: { ...comment, body, updatedAt: data.updateDiscussionComment.comment.updatedAt },
    previous: comment.body,
  };
}

async function remove(comment: PostedComment): Promise<void> {
  tick();
  await query(
    `mutation($id: ID!) { deleteDiscussionComment(input: { id: $id }) { clientMutationId } }`,
    { id: comment.id },
    `ghp_${comment.login}`,
  );
}

async function thumbsUp(comment: PostedComment, ...logins: string[]): Promise<void> {
  for (const login of logins) {
    await query(
      `mutation($subjectId: ID!) { addReaction(input: { subjectId: $subjectId, content: THUMBS_UP }) { clientMutationId } }`,
      { subjectId: comment.id },
      `ghp_${login}`,
    );
  }
}

/** The payload GitHub sends for discussion_comment (the fields the action reads, and a few it ignores). */
function eventPayload(action: 'created' | 'edited' | 'deleted', comment: PostedComment, previous?: string) {
  return {
    action,
    ...(previous !== undefined ? { changes: { body: { from: previous } } } : {}),
    comment: {
      id: comment.databaseId,
      node_id: comment.id,
      body: comment.body,
      user: { login: comment.login, type: 'User' },
      author_association: 'MEMBER', // deliberately wrong for troll: the action must not trust it
      parent_id: comment.parent?.databaseId ?? null,
      created_at: comment.createdAt,
      updated_at: comment.updatedAt,
      html_url: comment.url,
    },
    discussion: {
      number: discussion.number,
      node_id: discussion.id,
      title: 'Retrospective: v1.4.0',
      category: { slug: 'retrospectives', name: 'Retrospectives' },
      user: { login: 'github-actions[bot]', type: 'Bot' },
    },
    repository: { full_name: 'acme/shop' },
    sender: { login: comment.login, type: 'User' },
  };
}

async function deliver(
  action: 'created' | 'edited' | 'deleted',
  comment: PostedComment,
  previous?: string,
): Promise<ActionRun> {
  const run = await runAction({
    apiUrl: emu.url,
    eventName: 'discussion_comment',
    payload: eventPayload(action, comment, previous),
    now: emu.clock.iso(),
  });
  if (run.exitCode !== 0) throw new Error(`the action failed:\n${run.stdout}\n${run.stderr}`);
  return run;
}

async function say(login: string, body: string, parent: PostedComment | null = null): Promise<PostedComment> {
  const comment = await post(login, body, parent);
  await deliver('created', comment);
  return comment;
}

async function record(): Promise<{ body: string; state: RetroState }> {
  const data = await query<{ node: { body: string } }>(
    `query($id: ID!) { node(id: $id) { ... on Discussion { body } } }`,
    {
      id: discussion.id,
    },
  );
  const state = decodeState(data.node.body);
  if (!state) throw new Error('the discussion lost its state block');
  return { body: data.node.body, state };
}

async function comments(): Promise<ListedComment[]> {
  const data = await query<{
    node: { comments: { nodes: (ListedComment & { replies: { nodes: ListedComment[] } })[] } };
  }>(
    `query($id: ID!) { node(id: $id) { ... on Discussion { comments(first: 100) { nodes {
      id body author { login } replyTo { id }
      replies(first: 100) { nodes { id body author { login } replyTo { id } } }
    } } } } }`,
    { id: discussion.id },
  );
  return data.node.comments.nodes.flatMap(({ replies, ...top }) => [top, ...replies.nodes]);
}

/** The action's replies to one comment (found by the marker naming it). */
async function repliesTo(comment: PostedComment): Promise<ListedComment[]> {
  return (await comments()).filter(
    (c) =>
      c.author?.login.startsWith('github-actions') && c.body.includes(`release-retro:reply ${comment.id} `),
  );
}

async function onlyReply(comment: PostedComment): Promise<string> {
  const replies = await repliesTo(comment);
  expect(replies).toHaveLength(1);
  const reply = replies[0] as ListedComment;
  // Threaded under the comment's top-level comment.
  expect(reply.replyTo?.id).toBe((comment.parent ?? comment).id);
  return reply.body;
}

beforeAll(async () => {
  // Finalize publishes nowhere here (its own e2e covers publishing); the rest is the default plan.
  emu = await startEmulator({
    scenario: 'demo',
    scenarioOptions: { files: { '.github/release-retro.yml': 'publish:\n  mode: none\n' } },
  });
  await seedRetrospective();
}, 60_000);

afterAll(async () => {
  await emu?.close();
});

const item = (state: RetroState, id: string) => state.items.find((i) => i.id === id);

describe('comment commands on the emulator', { timeout: 120_000 }, () => {
  let proposal: PostedComment;
  let acceptComment: PostedComment;

  it('a participant proposes an item; the body shows it and the reply mentions the new owner once', async () => {
    proposal = await say(
      'sam',
      'Good retro so far.\n/action Add a canary stage for payments @ana due:+2w priority:high label:ci',
    );
    const { state, body } = await record();
    expect(state.items).toEqual([
      {
        id: 'A1',
        title: 'Add a canary stage for payments',
        owner: 'ana',
        due: '2026-04-01',
        priority: 'P1',
        labels: ['ci'],
        proposer: 'sam',
        sourceCommentId: proposal.id,
        sourceCommentUrl: proposal.url,
        votes: 0,
        status: 'proposed',
        decidedBy: null,
        issueNumber: null,
        issueUrl: null,
      },
    ]);
    expect(state.processedComments[proposal.id]).toBe(proposal.updatedAt);
    expect(body).toContain('| A1 | [Add a canary stage for payments]');
    const reply = await onlyReply(proposal);
    expect(reply).toContain('proposed **A1**');
    expect(reply.match(/@ana\b/g)).toHaveLength(1);
  });

  it('votes are the 👍 on the proposal, refreshed on the next event', async () => {
    await thumbsUp(proposal, 'lee', 'kim', 'troll');
    const helpComment = await say('troll', '/help');
    expect(item((await record()).state, 'A1')?.votes).toBe(3);
    expect(await onlyReply(helpComment)).toContain('| Command | Who | What it does |');
  });

  it.each([
    ['kim', 'read'],
    ['troll', 'no role'],
    ['rio', 'triage'],
  ])('%s (%s) cannot accept, and is told so politely', async (login) => {
    const before = await record();
    const comment = await say(login, login === 'rio' ? '/decide A1' : '/accept A1');
    const after = await record();
    expect(after.state.items).toEqual(before.state.items);
    expect(await onlyReply(comment)).toContain('only facilitators');
  });

  it('a reply in a thread is answered in the same thread; the proposer completes their item', async () => {
    const threaded = await say('ana', '/action Write a rollback runbook', proposal);
    expect(item((await record()).state, 'A2')).toMatchObject({ proposer: 'ana', owner: null, due: null });
    expect(await onlyReply(threaded)).toContain('needs an owner and a due date');

    const kimEdit = await say('kim', '/due A2 +1w');
    expect(await onlyReply(kimEdit)).toContain('only facilitators or the proposer');

    const completed = await say('ana', '/assign A2 @lee\n/due A2 2026-04-15');
    expect(item((await record()).state, 'A2')).toMatchObject({ owner: 'lee', due: '2026-04-15' });
    const reply = await onlyReply(completed);
    expect(reply).toContain('now owns **A2**');
    expect(reply).toContain('is now due 2026-04-15');
  });

  it('a facilitator accepts; several commands in one comment get one reply listing each result', async () => {
    acceptComment = await say('maya', '/accept A1\n/accept A3\n/priority A2 P0');
    const { state, body } = await record();
    expect(item(state, 'A1')).toMatchObject({ status: 'accepted', decidedBy: 'maya' });
    expect(item(state, 'A2')).toMatchObject({ status: 'proposed', priority: 'P0' });
    const reply = await onlyReply(acceptComment);
    expect(reply).toContain('accepted **A1**');
    expect(reply).toContain('there is no item **A3**');
    expect(reply).toContain('**A2** now has priority P0');
    expect(body).toContain('✅ accepted');
    expect(body).toContain('_1 of at most 5 items accepted._');
  });

  it('a redelivered event changes nothing and is not answered twice', async () => {
    const before = await record();
    const countBefore = (await comments()).length;
    await deliver('created', acceptComment);
    expect(await record()).toEqual(before);
    expect((await comments()).length).toBe(countBefore);
  });

  it('maintain (lee) decides too; accepted items then change only through facilitators', async () => {
    await say('lee', '/accept A2');
    expect(item((await record()).state, 'A2')?.status).toBe('accepted');
    const triageEdit = await say('rio', '/due A2 2026-05-01');
    expect(item((await record()).state, 'A2')?.due).toBe('2026-04-15');
    expect(await onlyReply(triageEdit)).toContain('only facilitators can change it now');
  });

  it('an edited proposal is re-read while proposed; a deleted one is withdrawn', async () => {
    const original = await say('troll', '/action Add more dashboards');
    expect(item((await record()).state, 'A3')).toMatchObject({ status: 'proposed', proposer: 'troll' });
    const edited = await edit(original, '/action Add checkout dashboards @kim due:+1w');
    await deliver('edited', edited.comment, edited.previous);
    expect(item((await record()).state, 'A3')).toMatchObject({
      title: 'Add checkout dashboards',
      owner: 'kim',
      status: 'proposed',
    });
    await remove(edited.comment);
    await deliver('deleted', edited.comment);
    expect(item((await record()).state, 'A3')?.status).toBe('withdrawn');
  });

  it('an edit of an accepted proposal leaves the item as decided', async () => {
    const before = item((await record()).state, 'A1');
    const edited = await edit(proposal, '/action Something else entirely @kim');
    await deliver('edited', edited.comment, edited.previous);
    expect(item((await record()).state, 'A1')).toEqual(before);
  });

  it('learnings are recorded, edited and removed with their comment; RTL text is kept as written', async () => {
    const text = 'الأعلام تتيح لنا إيقاف الدفع الجديد في ثوانٍ — feature flags';
    const learning = await say('kim', `/learning ${text}`);
    const { state, body } = await record();
    expect(state.learnings).toEqual([
      { text, author: 'kim', sourceCommentId: learning.id, sourceCommentUrl: learning.url },
    ]);
    expect(body).toContain('الأعلام');
    const edited = await edit(learning, '/learning Feature flags let us turn checkout off in seconds');
    await deliver('edited', edited.comment, edited.previous);
    expect((await record()).state.learnings.map((l) => l.text)).toEqual([
      'Feature flags let us turn checkout off in seconds',
    ]);
  });

  describe('bad input gets a clear reply and leaves the record intact', () => {
    it.each([
      ['a command with missing arguments', 'maya', '/assign A1', 'needs an item id and an owner'],
      ['an unknown command', 'sam', '/acept A2', 'did you mean `/accept`?'],
      ['a due date in the past', 'maya', '/due A2 2026-01-01', 'in the past'],
      ['an owner who does not exist', 'maya', '/assign A2 @nobody-here', 'cannot be assigned'],
      ['an owner without access', 'sam', '/action Audit the CDN @octocat', 'cannot be assigned'],
      ['a team as owner', 'sam', '/action Ping everyone @acme/everyone', 'is a team'],
      ['a very long title', 'sam', `/action ${'very long '.repeat(60)}`, 'at most 256 characters'],
    ])('%s', async (_name, login, body, expected) => {
      const before = await record();
      const comment = await say(login, body);
      const after = await record();
      expect(after.state.items).toEqual(before.state.items);
      expect(after.state.learnings).toEqual(before.state.learnings);
      const reply = await onlyReply(comment);
      expect(reply).toContain(expected);
      expect(reply).not.toMatch(/@(?!ana\b|lee\b)[A-Za-z]/); // no mention of anyone but owners made here
    });

    it('a mention flood in a long comment notifies nobody', async () => {
      const flood = `${'@acme/everyone @maya @lee '.repeat(200)}\n/learning ${'@acme/everyone '.repeat(5)}deploys need owners`;
      const comment = await say('troll', `${'lorem ipsum '.repeat(2000)}\n${flood}`);
      const reply = await onlyReply(comment);
      expect(reply).not.toMatch(/@[A-Za-z]/);
      expect(reply).toContain(`@${MENTION_BREAK}acme/everyone`);
      const { body } = await record();
      expect(body).not.toMatch(/@[A-Za-z]/);
    });

    it('a fake state marker pasted in a comment is ignored', async () => {
      const forged = initialState({ tag: 'v9.9.9', tags: [], previousTag: null, openedAt: 'x', metrics: {} });
      forged.items.push({
        ...(item((await record()).state, 'A1') as RetroState['items'][number]),
        id: 'A1',
        status: 'rejected',
      });
      const before = await record();
      const marker = withState('', forged).trim();
      const comment = await say('troll', `${marker}\n/reject A1\n${marker}`);
      const after = await record();
      expect(after.state.items).toEqual(before.state.items);
      expect(after.state.tag).toBe('v1.4.0');
      expect(await onlyReply(comment)).toContain('only facilitators');
    });
  });

  it('a 502 on the update mutation fails the run; re-running the event recovers without duplicates', async () => {
    const comment = await post('sam', '/action Page the on-call on checkout errors @lee due:+10d');
    emu.faults.add({ match: 'graphql:UpdateDiscussion', kind: '5xx', times: 4 });
    const failed = await runAction({
      apiUrl: emu.url,
      eventName: 'discussion_comment',
      payload: eventPayload('created', comment),
      now: emu.clock.iso(),
    });
    expect(failed.exitCode).not.toBe(0);
    expect((await record()).state.processedComments[comment.id]).toBeUndefined();
    expect(await repliesTo(comment)).toHaveLength(0);

    await deliver('created', comment);
    await deliver('created', comment);
    const { state } = await record();
    expect(state.items.filter((i) => i.title === 'Page the on-call on checkout errors')).toHaveLength(1);
    expect(await onlyReply(comment)).toContain('proposed **A4**');
  });

  it('comments handled at the same moment by parallel runs lose no update', async () => {
    const texts = ['Parallel one', 'Parallel two', 'Parallel three'];
    const posted = [];
    for (const [i, text] of texts.entries())
      posted.push(await post(['ana', 'lee', 'kim'][i] as string, `/learning ${text}`));
    const runs = await Promise.all(
      posted.map((comment) =>
        runAction({
          apiUrl: emu.url,
          eventName: 'discussion_comment',
          payload: eventPayload('created', comment),
          now: emu.clock.iso(),
        }),
      ),
    );
    expect(runs.map((r) => r.exitCode)).toEqual([0, 0, 0]);
    const { state } = await record();
    expect(state.learnings.map((l) => l.text)).toEqual(expect.arrayContaining(texts));
    for (const comment of posted) {
      expect(state.processedComments[comment.id]).toBe(comment.updatedAt);
      await onlyReply(comment);
    }
  });

  it('a reply lost with a failed run is posted by the re-run with its real content, once', async () => {
    const comment = await post('kim', '/accept A4');
    emu.faults.add({ match: 'graphql:AddDiscussionComment', kind: '5xx', times: 1 });
    const failed = await runAction({
      apiUrl: emu.url,
      eventName: 'discussion_comment',
      payload: eventPayload('created', comment),
      now: emu.clock.iso(),
    });
    expect(failed.exitCode).not.toBe(0);
    expect((await record()).state.processedComments[comment.id]).toBe(comment.updatedAt);
    expect(await repliesTo(comment)).toHaveLength(0);

    await deliver('created', comment);
    await deliver('created', comment);
    const reply = await onlyReply(comment);
    expect(reply).toContain('only facilitators');
    expect(reply).not.toContain('✅');
    expect(item((await record()).state, 'A4')?.status).toBe('proposed');
  });

  it('ends with exactly the expected record', async () => {
    const { state, body } = await record();
    expect(
      state.items.map(({ id, title, owner, due, priority, status, proposer, decidedBy, votes }) => ({
        id,
        title,
        owner,
        due,
        priority,
        status,
        proposer,
        decidedBy,
        votes,
      })),
    ).toEqual([
      {
        id: 'A1',
        title: 'Add a canary stage for payments',
        owner: 'ana',
        due: '2026-04-01',
        priority: 'P1',
        status: 'accepted',
        proposer: 'sam',
        decidedBy: 'maya',
        votes: 3,
      },
      {
        id: 'A2',
        title: 'Write a rollback runbook',
        owner: 'lee',
        due: '2026-04-15',
        priority: 'P0',
        status: 'accepted',
        proposer: 'ana',
        decidedBy: 'lee',
        votes: 0,
      },
      {
        id: 'A3',
        title: 'Add checkout dashboards',
        owner: 'kim',
        due: expect.stringMatching(/^2026-03-2\d$/),
        priority: null,
        status: 'withdrawn',
        proposer: 'troll',
        decidedBy: null,
        votes: 0,
      },
      {
        id: 'A4',
        title: 'Page the on-call on checkout errors',
        owner: 'lee',
        due: expect.stringMatching(/^2026-03-2\d$/),
        priority: null,
        status: 'proposed',
        proposer: 'sam',
        decidedBy: null,
        votes: 0,
      },
    ]);
    expect(state.learnings.map((l) => l.text).slice(0, 2)).toEqual([
      'Feature flags let us turn checkout off in seconds',
      '@acme/everyone @acme/everyone @acme/everyone @acme/everyone @acme/everyone deploys need owners',
    ]);
    expect(state.learnings).toHaveLength(5);
    expect(body).toContain('_2 of at most 5 items accepted._');
    expect(body.match(/<!-- release-retro:state /g)).toHaveLength(1);
  });

  it('/finalize from a facilitator runs the finalize stage; afterwards the record no longer changes', async () => {
    const refused = await say('kim', '/finalize');
    expect(await onlyReply(refused)).toContain('only facilitators can finalize');
    expect((await record()).state.status).toBe('open');

    const finalize = await say('maya', 'Thanks all, closing this out.\n/finalize');
    expect(await onlyReply(finalize)).toContain('finalizing the retrospective now');
    const { state } = await record();
    expect(state.status).toBe('finalized');
    expect(state.items.filter((i) => i.status === 'created').map((i) => i.id)).toEqual(['A1', 'A2']);
    expect(emu.state.discussions.find((d) => d.number === discussion.number)?.closed).toBe(true);

    const before = await record();
    const late = await say('sam', '/action One more thing @lee due:+1w');
    expect(await record()).toEqual(before);
    expect(await onlyReply(late)).toContain('this retrospective is finalized');
  });
});
