/**
 * The record a team keeps, end to end through dist/index.js: with the default `publish` setting (none) and only
 * the documented permissions, the finished retrospective stays readable on GitHub as a comment of the
 * discussion; the closing comment links it and the workflow run, and tells the stakeholders. The record quotes
 * only the team: a no-role user's spam reply and learning, and a minimized reply, are not in it, and the count
 * of people says whom it counts.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_NOW, type Emulator, startEmulator } from '../../emulator/index.ts';
import { decodeState, encodeState } from '../../src/domain/state.ts';
import { GITHUB_BODY_LIMIT } from '../../src/render/markdown.ts';
import { BOT, seedRetro } from '../finalize/seed.ts';
import { runAction } from './run-action.ts';

const CONFIG = `
stakeholders: [maya, acme/leads]
`;

let emu: Emulator | undefined;
afterEach(async () => {
  await emu?.close();
  emu = undefined;
});

const DOCUMENT_MARKER = '<!-- release-retro:document -->';
const CLOSING_MARKER = '<!-- release-retro:closing -->';
const SPAM = 'Buy followers at spam.example now';
const HIDDEN = 'An off-topic rant a moderator hid';

/** The seeded retrospective plus a troll's spam reply and learning, and a team member's minimized reply. */
async function start(): Promise<{ e: Emulator; number: number }> {
  const e = await startEmulator({
    scenario: 'demo',
    scenarioOptions: { files: { '.github/release-retro.yml': CONFIG } },
  });
  emu = e;
  const retro = seedRetro(e);
  const s = e.state;
  const discussion = s.discussions.find((d) => d.number === retro.number);
  if (!discussion) throw new Error('seeded discussion missing');
  const thread = s.discussionComments.find(
    (c) => c.discussionId === discussion.id && c.body.startsWith('### What could be improved?'),
  );
  if (!thread) throw new Error('seeded thread missing');
  const add = (author: string, body: string, minimizedReason: string | null = null) => {
    const id = s.nextId();
    s.discussionComments.push({
      id,
      nodeId: s.nodeId('discussionComment', id),
      discussionId: discussion.id,
      replyToId: thread.id,
      author,
      body,
      createdAt: '2026-03-18T10:00:00Z',
      updatedAt: '2026-03-18T10:00:00Z',
      minimizedReason,
    });
    return { nodeId: s.nodeId('discussionComment', id), url: `${retro.url}#discussioncomment-${id}` };
  };
  const spam = add('troll', SPAM);
  add('sam', HIDDEN, 'off-topic');
  // The troll also recorded a learning (proposers: anyone lets anyone record one).
  const state = decodeState(discussion.body);
  if (!state) throw new Error('seeded state missing');
  state.learnings.push({
    text: 'Learning from spam.example',
    author: 'troll',
    sourceCommentId: spam.nodeId,
    sourceCommentUrl: spam.url,
  });
  // The release's participants, as the open stage keeps them: kim reviewed a pull request of the release.
  state.releaseParticipants = ['kim', 'lee', 'maya', 'sam'];
  discussion.body = discussion.body.replace(/<!-- release-retro:state [^>]*-->/, encodeState(state));
  return { e, number: retro.number };
}

const finalize = (e: Emulator) =>
  runAction({
    apiUrl: e.url,
    eventName: 'workflow_dispatch',
    now: DEMO_NOW,
    inputs: { mode: 'finalize', tag: 'v1.4.0' },
  });

function botComments(e: Emulator, number: number, marker: string) {
  const discussion = e.state.discussions.find((d) => d.number === number);
  return e.state.discussionComments.filter(
    (c) => c.discussionId === discussion?.id && c.author === BOT && c.body.includes(marker),
  );
}

describe('the finished record, with the default publish setting', () => {
  it('lives in the discussion, is linked with the run from the closing comment, and keeps only the team', async () => {
    const { e, number } = await start();
    const run = await finalize(e);
    expect(run.stderr).toBe('');
    expect(run.exitCode, run.stdout).toBe(0);

    const [document, ...moreDocuments] = botComments(e, number, DOCUMENT_MARKER);
    expect(moreDocuments).toHaveLength(0);
    if (!document) throw new Error('no document comment');
    expect(document.replyToId).toBeNull();
    expect(document.body.length).toBeLessThanOrEqual(GITHUB_BODY_LIMIT);
    expect(document.body).toContain('# Retrospective: v1.4.0');
    expect(document.body).not.toContain('tag: v1.4.0\n'); // no front matter in a comment
    expect(document.body).toContain('The rollback took');
    expect(document.body).toContain('Saved carts were a hit');
    for (const text of [SPAM, HIDDEN, 'Learning from spam.example'])
      expect(document.body).not.toContain(text);
    // Counted: sam, kim (a participant of the release), lee, maya, ana (an owner and proposer); not troll.
    expect(document.body).toMatch(
      /\*\*5 people took part:\*\* @\u200Bana, @\u200Bkim, @\u200Blee, @\u200Bmaya, @\u200Bsam \(counting the team: [^)]*; 1 other commenter is not counted \(`record\.counts`\)\)\./,
    );

    const [closing, ...moreClosings] = botComments(e, number, CLOSING_MARKER);
    expect(moreClosings).toHaveLength(0);
    const documentUrl = `https://github.com/acme/shop/discussions/${number}#discussioncomment-${document.id}`;
    expect(closing?.body).toContain(`[in this discussion](${documentUrl})`);
    expect(closing?.body).toMatch(
      /Finalized by \[the workflow run\]\(https:\/\/github\.com\/acme\/shop\/actions\/runs\/\d+\)\./,
    );
    expect(closing?.body).toContain('cc @maya @acme/leads');
    expect(closing?.body).not.toContain('job summary');
    // The closing comment comes after the document it links.
    expect(closing?.id).toBeGreaterThan(document.id);

    // The workspace copy says the same.
    const { readFileSync } = await import('node:fs');
    const file = readFileSync(run.outputs['retrospective-path'] ?? '', 'utf8');
    expect(file).not.toContain(SPAM);
    expect(file).toContain('5 people took part');

    // A second run finds both comments and writes neither again.
    const second = await finalize(e);
    expect(second.exitCode, second.stdout).toBe(0);
    expect(botComments(e, number, DOCUMENT_MARKER)).toHaveLength(1);
    expect(botComments(e, number, CLOSING_MARKER)).toHaveLength(1);
  }, 120_000);

  it('a run killed after the document comment is completed by the next, with one of each comment', async () => {
    const { e, number } = await start();
    const kill = new AbortController();
    // The first comment write (the document) goes through; the second (the closing comment) never answers.
    e.faults.add({
      match: 'graphql:AddDiscussionComment',
      kind: 'hang',
      after: 1,
      times: 1,
      onFire: () => kill.abort(),
    });
    const killed = await runAction({
      apiUrl: e.url,
      eventName: 'workflow_dispatch',
      now: DEMO_NOW,
      inputs: { mode: 'finalize', tag: 'v1.4.0' },
      signal: kill.signal,
    });
    expect(kill.signal.aborted).toBe(true);
    expect(killed.exitCode).not.toBe(0);
    expect(botComments(e, number, DOCUMENT_MARKER)).toHaveLength(1);
    expect(botComments(e, number, CLOSING_MARKER)).toHaveLength(0);

    e.faults.clear();
    const rerun = await finalize(e);
    expect(rerun.exitCode, rerun.stdout).toBe(0);
    expect(botComments(e, number, DOCUMENT_MARKER)).toHaveLength(1);
    expect(botComments(e, number, CLOSING_MARKER)).toHaveLength(1);
    expect(e.state.discussions.find((d) => d.number === number)?.closed).toBe(true);
  }, 120_000);
});
