/**
 * The record never outgrows GitHub's 65,536-character limit for a body (the emulator refuses longer bodies as
 * GitHub does): dist/index.js runs on each discussion_comment event of a retrospective whose body holds
 * close to 50,000 characters of release data, as a big release's does.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Emulator, startEmulator } from '../../emulator/index.ts';
import { learningKey } from '../../src/domain/learning-key.ts';
import {
  type ActionItem,
  decodeState,
  initialState,
  type RetroState,
  withState,
} from '../../src/domain/state.ts';
import { learningsMarker, withLearningsArchived } from '../../src/render/learning-archive.ts';
import { liveSection, rerenderBody } from '../../src/render/live-record.ts';
import { GITHUB_BODY_LIMIT } from '../../src/render/markdown.ts';
import { gql } from '../emulator/helpers.ts';
import { runAction } from './run-action.ts';

interface Target {
  id: string;
  number: number;
  tag: string;
}
interface Posted {
  id: string;
  databaseId: number;
  url: string;
  createdAt: string;
  updatedAt: string;
  body: string;
}
interface Listed {
  id: string;
  body: string;
  author: { login: string } | null;
  replyTo: { id: string } | null;
}

let emu: Emulator;

async function query<T>(text: string, variables: Record<string, unknown>, token = 'ghp_maya'): Promise<T> {
  const res = await gql<T>(emu, text, variables, token);
  if (res.body.errors?.length || !res.body.data)
    throw new Error(`GraphQL failed: ${JSON.stringify(res.body)}`);
  return res.body.data;
}

/** Deterministic words, so the learnings read like prose (and compress like it). */
function prose(seed: number, length: number): string {
  const words = [
    'deploy',
    'canary',
    'rollback',
    'checkout',
    'alerts',
    'we',
    'should',
    'the',
    'because',
    'flag',
  ];
  let x = seed;
  let out = '';
  while (out.length < length) {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    out += `${words[x % words.length]}${x % 7 === 0 ? '. ' : ' '}`;
  }
  return out.slice(0, length).trim().padEnd(length, 'x');
}

/** Characters drawn from 20,000 CJK ideographs: text no compression can shrink much. */
function dense(seed: number, length: number): string {
  let x = seed;
  let out = '';
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    out += String.fromCodePoint(0x4e00 + (x % 20_000));
  }
  return out;
}

/** A body as open renders it for a big release: about 48,000 characters of data tables, then the record. */
function openedBody(state: RetroState, shipped: number, deploys: number): string {
  const rows = (n: number, what: string) =>
    Array.from({ length: n }, (_, i) => `| #${1000 + i} | ${what} ${prose(i, 90)} | @\u200Bsam | 2 h |`).join(
      '\n',
    );
  return withState(
    [
      `# Retrospective: ${state.tag}`,
      '## The data',
      '### What shipped',
      `| pull request | title | author | lead time |\n| --- | --- | --- | --- |\n${rows(shipped, 'Change')}`,
      '### Deployment timeline',
      `| deployment | note | by | took |\n| --- | --- | --- | --- |\n${rows(deploys, 'Deploy')}`,
      '## Who is invited',
      '@maya @lee — you shipped this release.',
      '## Action items',
      liveSection('action-items', ''),
      '## Key learnings',
      liveSection('learnings', ''),
    ].join('\n\n'),
    state,
  );
}

async function seed(tag: string, shipped = 280, deploys = 110): Promise<Target> {
  const setup = await query<{
    repository: { id: string; discussionCategories: { nodes: { id: string; slug: string }[] } };
  }>(
    `query { repository(owner: "acme", name: "shop") { id discussionCategories(first: 20) { nodes { id slug } } } }`,
    {},
  );
  const category = setup.repository.discussionCategories.nodes.find((c) => c.slug === 'retrospectives');
  const state = initialState({ tag, tags: [tag], previousTag: null, openedAt: emu.clock.iso(), metrics: {} });
  const body = openedBody(state, shipped, deploys);
  if (shipped === 280) expect(body.length).toBeGreaterThan(48_000);
  const created = await query<{ createDiscussion: { discussion: { id: string; number: number } } }>(
    `mutation($repositoryId: ID!, $categoryId: ID!, $body: String!, $title: String!) {
      createDiscussion(input: { repositoryId: $repositoryId, categoryId: $categoryId, title: $title, body: $body }) {
        discussion { id number }
      }
    }`,
    { repositoryId: setup.repository.id, categoryId: category?.id, body, title: `Retrospective: ${tag}` },
    'ghs_emulator_default',
  );
  return { ...created.createDiscussion.discussion, tag };
}

/** Posts (or edits) a comment as maya, a facilitator. */
async function post(target: Target, body: string, edit?: Posted): Promise<Posted> {
  emu.clock.advance(60_000);
  let comment: Posted;
  if (edit) {
    const data = await query<{ updateDiscussionComment: { comment: { updatedAt: string } } }>(
      `mutation($commentId: ID!, $body: String!) {
        updateDiscussionComment(input: { commentId: $commentId, body: $body }) { comment { updatedAt } }
      }`,
      { commentId: edit.id, body },
    );
    comment = { ...edit, body, updatedAt: data.updateDiscussionComment.comment.updatedAt };
  } else {
    const data = await query<{ addDiscussionComment: { comment: Omit<Posted, 'body'> } }>(
      `mutation($discussionId: ID!, $body: String!) {
        addDiscussionComment(input: { discussionId: $discussionId, body: $body }) {
          comment { id databaseId url createdAt updatedAt }
        }
      }`,
      { discussionId: target.id, body },
    );
    comment = { ...data.addDiscussionComment.comment, body };
  }
  return comment;
}

/** Runs the action on the comment's event, as GitHub would. */
function deliver(target: Target, comment: Posted, edit?: Posted, signal?: AbortSignal) {
  return runAction({
    ...(signal ? { signal } : {}),
    apiUrl: emu.url,
    eventName: 'discussion_comment',
    now: emu.clock.iso(),
    payload: {
      action: edit ? 'edited' : 'created',
      ...(edit ? { changes: { body: { from: edit.body } } } : {}),
      comment: {
        id: comment.databaseId,
        node_id: comment.id,
        body: comment.body,
        user: { login: 'maya', type: 'User' },
        author_association: 'MEMBER',
        parent_id: null,
        created_at: comment.createdAt,
        updated_at: comment.updatedAt,
        html_url: comment.url,
      },
      discussion: {
        number: target.number,
        node_id: target.id,
        title: `Retrospective: ${target.tag}`,
        category: { slug: 'retrospectives', name: 'Retrospectives' },
        user: { login: 'github-actions[bot]', type: 'Bot' },
      },
      repository: { full_name: 'acme/shop' },
      sender: { login: 'maya', type: 'User' },
    },
  });
}

async function say(target: Target, body: string, edit?: Posted): Promise<Posted> {
  const comment = await post(target, body, edit);
  const run = await deliver(target, comment, edit);
  // Every run succeeds: none is refused by GitHub with "Body is too long".
  if (run.exitCode !== 0) throw new Error(`the action failed:\n${run.stdout}\n${run.stderr}`);
  return comment;
}

async function record(target: Target): Promise<{ body: string; state: RetroState }> {
  const data = await query<{ node: { body: string } }>(
    `query($id: ID!) { node(id: $id) { ... on Discussion { body } } }`,
    { id: target.id },
  );
  const state = decodeState(data.node.body);
  if (!state) throw new Error('the discussion lost its state block');
  return { body: data.node.body, state };
}

async function comments(target: Target): Promise<Listed[]> {
  const data = await query<{ node: { comments: { nodes: (Listed & { replies: { nodes: Listed[] } })[] } } }>(
    `query($id: ID!) { node(id: $id) { ... on Discussion { comments(first: 100) { nodes {
      id body author { login } replyTo { id }
      replies(first: 100) { nodes { id body author { login } replyTo { id } } }
    } } } } }`,
    { id: target.id },
  );
  return data.node.comments.nodes.flatMap(({ replies, ...top }) => [top, ...replies.nodes]);
}

/** The action's one reply to this version of the comment. */
const replyTo = async (target: Target, comment: Posted) => {
  const replies = (await comments(target)).filter((c) =>
    c.body.includes(`release-retro:reply ${comment.id} ${comment.updatedAt}`),
  );
  expect(replies).toHaveLength(1);
  return replies[0]?.body ?? '';
};

const proposal = (id: string, title: string, source: Posted): ActionItem => ({
  id,
  title,
  owner: null,
  due: null,
  priority: null,
  labels: [],
  proposer: 'maya',
  sourceCommentId: source.id,
  sourceCommentUrl: source.url,
  votes: 0,
  status: 'proposed',
  decidedBy: null,
  issueNumber: null,
  issueUrl: null,
});

const learnings = (from: number, count: number, text: (seed: number, length: number) => string) =>
  Array.from({ length: count }, (_, i) => `/learning ${text(from + i, 990)}`).join('\n');

beforeAll(async () => {
  emu = await startEmulator({
    scenario: 'demo',
    scenarioOptions: { files: { '.github/release-retro.yml': 'publish:\n  mode: none\n' } },
  });
}, 60_000);

afterAll(async () => {
  await emu?.close();
});

describe('the record within GitHub’s body limit', { timeout: 240_000 }, () => {
  it('20 learnings of 990 characters, then more changes: all recorded, the release data moved to a comment of its own', async () => {
    const target = await seed('v3.0.0');
    const first = await say(target, learnings(0, 10, prose));
    const second = await say(target, learnings(10, 10, prose));
    const proposal = await say(target, '/action Add a canary stage for checkout @lee due:+2w');
    const decision = await say(target, '/accept A1');
    const more = await say(target, learnings(20, 10, prose));
    await say(target, `${learnings(0, 9, prose)}\n/learning ${prose(77, 990)}`, first);

    const { body, state } = await record(target);
    expect(body.length).toBeLessThanOrEqual(GITHUB_BODY_LIMIT);
    // Whole: every learning with its full text, the edit applied in place, every comment recorded.
    expect(state.learnings).toHaveLength(30);
    expect(state.learnings[9]?.text).toBe(prose(77, 990));
    expect(state.learnings.map((l) => l.text.length)).toEqual(Array(30).fill(990));
    expect(state.items.map((i) => [i.id, i.status])).toEqual([['A1', 'accepted']]);
    for (const c of [first, second, proposal, decision, more])
      expect(state.processedComments[c.id]).toBeDefined();

    // The release data moved out, whole, to one continuation comment; the live record and mentions stayed.
    const continuations = (await comments(target)).filter((c) =>
      c.body.startsWith('<!-- release-retro:continuation v3.0.0 -->'),
    );
    expect(continuations).toHaveLength(1);
    const continuation = continuations[0] as Listed;
    expect(continuation.replyTo).toBeNull();
    expect(continuation.body).toContain('### What shipped');
    expect(continuation.body).toContain(`| #1279 | Change ${prose(279, 90)} |`);
    expect(body).toContain('### What shipped\n\n_Moved to [a comment of its own](');
    expect(body).toContain('@maya @lee — you shipped this release.');
    expect(body).not.toContain('| #1279 |');
    // The reply to the comment whose write moved it says so.
    const replies = await Promise.all(
      [first, second, proposal, decision, more].map((c) => replyTo(target, c)),
    );
    expect(
      replies.filter((r) => r.includes("reached GitHub's 65,536-character limit for a body")),
    ).toHaveLength(1);
  });

  it('when the learnings outgrow the record, their whole texts move to a comment of their own: 28 dense learnings all recorded', async () => {
    const target = await seed('v3.1.0');
    const first = await say(target, learnings(0, 8, dense));
    const more = await say(target, learnings(100, 20, dense));
    const { body, state } = await record(target);
    expect(body.length).toBeLessThanOrEqual(GITHUB_BODY_LIMIT);
    const texts = [
      ...Array.from({ length: 8 }, (_, i) => dense(i, 990)),
      ...Array.from({ length: 20 }, (_, i) => dense(100 + i, 990)),
    ];
    expect(state.learnings).toHaveLength(28);
    for (const c of [first, more]) expect(state.processedComments[c.id]).toBe(c.updatedAt);

    // Each learning's whole text is in one learnings comment of the action's, once; the record keeps its start,
    // its key and a link there.
    const archives = (await comments(target)).filter((c) => c.body.startsWith(learningsMarker('v3.1.0')));
    expect(archives).toHaveLength(1);
    const archive = archives[0] as Listed;
    expect(archive.author?.login).toBe('github-actions');
    expect(archive.replyTo).toBeNull();
    const url = state.learnings[0]?.archived?.url ?? '';
    expect(url).toMatch(/#discussioncomment-\d+$/);
    state.learnings.forEach((l, k) => {
      const text = texts[k] as string;
      expect(l.archived).toEqual({ key: learningKey(l.sourceCommentId, text), url });
      expect(text.startsWith(l.text.slice(0, -1))).toBe(true);
      expect(archive.body.split(text)).toHaveLength(2);
    });
    expect(body).toContain(`· [whole text](${url}))`);
    // The reply to the comment whose write moved them says so; nothing it asked for was refused.
    const reply = await replyTo(target, more);
    expect(reply).toContain('the whole text of 28 learnings moved to [a comment of their own](');
    expect(reply.match(/^- 🚫/gm)).toBeNull();

    // An edit that leaves the learnings as they were changes none of them; a new learning goes in whole.
    const edit = await say(target, `${learnings(0, 8, dense)}\n/action Add a canary stage`, first);
    expect(await replyTo(target, edit)).not.toContain('recorded the learning');
    const small = await say(target, '/learning Keep the runbook next to the alert');
    const after = (await record(target)).state;
    expect(after.learnings).toHaveLength(29);
    expect(after.learnings.slice(0, 28)).toEqual(state.learnings);
    expect(after.learnings[28]).toMatchObject({ text: 'Keep the runbook next to the alert' });
    expect(after.items.map((i) => i.title)).toEqual(['Add a canary stage']);
    expect(await replyTo(target, small)).toContain('✅');
  });

  it('what truly cannot fit (50 proposals of dense text beside a long invitation list) is refused with a reply, and the record stays whole', async () => {
    const target = await seed('v3.3.0', 0, 0);
    const source = await post(target, 'The proposals and learnings of this retrospective came from here.');
    const base = await record(target);
    // The most proposals a retrospective takes, of 256 characters of dense text each, 30 learnings of dense text
    // already moved out, and a long list of invited people (a section with live mentions never moves): 1,500
    // characters short of GitHub's limit.
    const state: RetroState = {
      ...base.state,
      items: Array.from({ length: 50 }, (_, i) => proposal(`A${i + 1}`, dense(500 + i, 256), source)),
    };
    const texts = Array.from({ length: 30 }, (_, i) => ({
      text: dense(600 + i, 990),
      author: 'maya',
      sourceCommentId: source.id,
      sourceCommentUrl: source.url,
    }));
    Object.assign(
      state,
      withLearningsArchived({ ...state, learnings: texts }, texts, () => source.url),
    );
    const rendered = rerenderBody(base.body, state, 5);
    const room = GITHUB_BODY_LIMIT - 1_500 - rendered.length;
    expect(room).toBeGreaterThan(1_000);
    const invited = Array.from({ length: room }, (_, i) => `@person-${i}`)
      .join(' ')
      .slice(0, room - 1);
    const full = rendered.replace('you shipped this release.', `you shipped this release.\n${invited}`);
    expect(full.length).toBe(GITHUB_BODY_LIMIT - 1_500);
    await query(
      `mutation($id: ID!, $body: String!) { updateDiscussion(input: { discussionId: $id, body: $body }) { discussion { id } } }`,
      { id: target.id, body: full },
      'ghs_emulator_default',
    );

    const tooMuch = await say(target, learnings(900, 10, dense));
    const reply = await replyTo(target, tooMuch);
    // Each learning is refused with the reason; nothing the comment asked for is reported done.
    expect(
      reply.match(/^- 🚫 .* — not recorded: the record is at GitHub's 65,536-character limit/gm),
    ).toHaveLength(10);
    expect(reply.match(/^- ✅/gm)).toBeNull();
    const { body, state: kept } = await record(target);
    expect(body.length).toBeLessThanOrEqual(GITHUB_BODY_LIMIT);
    expect(kept.learnings).toEqual(state.learnings);
    expect(kept.items).toEqual(state.items);
    expect(kept.processedComments[tooMuch.id]).toBe(tooMuch.updatedAt);
    expect((await comments(target)).filter((c) => c.body.startsWith(learningsMarker('v3.3.0')))).toEqual([]);
    // A smaller change still goes in.
    const small = await say(target, '/learning Keep the runbook next to the alert');
    expect((await record(target)).state.learnings.at(-1)).toMatchObject({
      text: 'Keep the runbook next to the alert',
    });
    expect(await replyTo(target, small)).toContain('✅');
  });

  it('a run killed between moving the data and rewriting the body is finished by the re-run, nothing twice', async () => {
    const target = await seed('v3.2.0', 385);
    const comment = await post(target, learnings(200, 10, prose));
    const kill = new AbortController();
    // The body write comes after the continuation comment is created: the run dies right there.
    emu.faults.add({ match: 'graphql:UpdateDiscussion', kind: 'hang', times: 1, onFire: () => kill.abort() });
    const killed = await deliver(target, comment, undefined, kill.signal);
    expect(killed.exitCode).not.toBe(0);
    expect(
      (await comments(target)).filter((c) => c.body.startsWith('<!-- release-retro:continuation')),
    ).toHaveLength(1);

    const rerun = await deliver(target, comment);
    expect(rerun.exitCode).toBe(0);
    const continuations = (await comments(target)).filter((c) =>
      c.body.startsWith('<!-- release-retro:continuation'),
    );
    expect(continuations).toHaveLength(1);
    expect(continuations[0]?.body.split('### What shipped')).toHaveLength(2);
    const { body, state } = await record(target);
    expect(body.length).toBeLessThanOrEqual(GITHUB_BODY_LIMIT);
    expect(body).toContain('### What shipped\n\n_Moved to [a comment of its own](');
    expect(state.learnings).toHaveLength(10);
    expect(await replyTo(target, comment)).toContain("reached GitHub's 65,536-character limit for a body");
  });
});

describe('the learnings moved out of the record', { timeout: 240_000 }, () => {
  it('a run killed between creating the learnings comment and rewriting the body is finished by the re-run, nothing twice', async () => {
    const target = await seed('v3.4.0');
    await say(target, learnings(300, 8, dense));
    const comment = await post(target, learnings(400, 20, dense));
    const kill = new AbortController();
    // The body write comes right after the learnings comment is created: the run dies there.
    emu.faults.add({ match: 'graphql:UpdateDiscussion', kind: 'hang', times: 1, onFire: () => kill.abort() });
    const killed = await deliver(target, comment, undefined, kill.signal);
    expect(killed.exitCode).not.toBe(0);
    const archivesOf = async () =>
      (await comments(target)).filter((c) => c.body.startsWith(learningsMarker('v3.4.0')));
    expect(await archivesOf()).toHaveLength(1);
    // Nothing is recorded before it happened: the record still holds the 8 learnings whole, not the comment.
    const before = (await record(target)).state;
    expect(before.learnings.map((l) => l.archived)).toEqual(Array(8).fill(undefined));
    expect(before.processedComments[comment.id]).toBeUndefined();

    const rerun = await deliver(target, comment);
    expect(rerun.exitCode).toBe(0);
    const archives = await archivesOf();
    expect(archives).toHaveLength(1);
    const { body, state } = await record(target);
    expect(body.length).toBeLessThanOrEqual(GITHUB_BODY_LIMIT);
    expect(state.learnings).toHaveLength(28);
    expect(state.processedComments[comment.id]).toBe(comment.updatedAt);
    for (const l of state.learnings) {
      expect(l.archived?.url).toBeDefined();
      expect(archives[0]?.body.split(`release-retro:learning ${l.archived?.key} `)).toHaveLength(2);
    }
    expect(await replyTo(target, comment)).toContain('the whole text of 28 learnings moved to');
  });
});
