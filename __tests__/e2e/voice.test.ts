/**
 * The users' voice end to end: a scheduled run of dist/index.js opens the demo's v1.4.0 retrospective (train
 * v1.4.0 + v1.4.1, observation period 2026-03-16 01:00 → 2026-03-18 11:00 UTC) in a repository built for it,
 * and the "Users' voice" section holds exactly the discussions and issues counted by hand below.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_NOW, type Emulator, startEmulator } from '../../emulator/index.ts';
import { demoScenario } from '../../emulator/scenarios/demo.ts';
import type { DiscussionSpec, IssueSpec } from '../../emulator/scenarios/spec.ts';
import { runAction } from './run-action.ts';

let emu: Emulator;
afterEach(async () => {
  await emu?.close();
});

const thumbs = (...users: string[]) => users.map((user) => ({ content: '+1' as const, user }));

/** Inside the period unless said otherwise; now is 2026-03-18 12:00 UTC, the period ends 1 h before. */
const DISCUSSIONS: DiscussionSpec[] = [
  // Counted: Q&A, in the period; 3 reactions, 2 comments.
  {
    category: 'q-a',
    title: 'Checkout 500 after upgrading?',
    body: 'Anyone else?',
    author: 'kim',
    createdAt: '-50h',
    reactions: [...thumbs('ana', 'rio'), { content: 'eyes', user: 'lee' }],
    comments: [
      { author: 'sam', body: 'Fixed in the hotfix.', at: '-48h' },
      { author: 'kim', body: 'Thanks!', at: '-47h' },
    ],
  },
  // Counted: Q&A, 1 reaction.
  {
    category: 'q-a',
    title: 'How long do saved carts last?',
    body: '?',
    author: 'rio',
    createdAt: '-30h',
    reactions: thumbs('kim'),
  },
  // Counted: Ideas, 4 reactions (the most reacted).
  {
    category: 'ideas',
    title: 'Let us name saved carts',
    body: 'Weekly shop, party…',
    author: 'ana',
    createdAt: '-20h',
    reactions: [...thumbs('kim', 'rio', 'lee'), { content: 'heart', user: 'sam' }],
  },
  // Not counted: Ideas, but before the period.
  {
    category: 'ideas',
    title: 'Dark mode',
    body: 'Please.',
    author: 'kim',
    createdAt: '-70h',
    reactions: thumbs('ana', 'rio', 'lee', 'sam', 'maya'),
  },
  // Not counted: a category nobody watches.
  {
    category: 'general',
    title: 'Pages feel slow today',
    body: 'Hm.',
    author: 'troll',
    createdAt: '-10h',
    reactions: thumbs('ana', 'rio', 'lee', 'sam', 'maya'),
  },
  // Not counted: Q&A, after the period ended.
  { category: 'q-a', title: 'When is v1.5 coming?', body: '?', author: 'kim', createdAt: '-30m' },
];

const ISSUES: IssueSpec[] = [
  // Counted: mentions the hotfix tag; 2 reactions.
  {
    title: 'Cart badge still wrong',
    body: 'Still broken on v1.4.1 for me.',
    author: 'rio',
    createdAt: '-40h',
    reactions: [...thumbs('kim'), { content: 'confused', user: 'ana' }],
  },
  // Counted: mentions 157bbf8, the merge commit of the hotfix's pull request (one of the train's changes).
  {
    title: 'Crash fix side effect?',
    body: 'Since 157bbf8 the cart total flickers.',
    author: 'kim',
    createdAt: '-35h',
  },
  // Not counted: 46d2022 (gift wrapping) was merged after the train.
  { title: 'Gift wrap price', body: 'Is 46d2022 live?', author: 'ana', createdAt: '-20h' },
  // Not counted: mentions only the previous release.
  { title: 'Old bug', body: 'Seen in v1.3.0 already.', author: 'kim', createdAt: '-30h' },
  // Not counted: mentions v1.4.0 but was opened before the period.
  { title: 'Preview of v1.4.0 looks odd', body: 'v1.4.0 staging.', author: 'kim', createdAt: '-70h' },
  // Not counted: mentions nothing.
  { title: 'Typo on the about page', author: 'troll', createdAt: '-20h' },
];

const CONFIG = `
voice:
  discussion-categories: [q-a, Ideas, polls]
`;

async function openWithVoice() {
  const spec = demoScenario();
  const shop = spec.repos.find((r) => r.name === 'shop');
  if (!shop) throw new Error('no acme/shop in the demo');
  shop.discussionCategories = [
    ...(shop.discussionCategories ?? []),
    { name: 'Q&A', slug: 'q-a', emoji: ':pray:', isAnswerable: true },
    { name: 'Ideas', slug: 'ideas', emoji: ':bulb:' },
  ];
  shop.discussions = [...(shop.discussions ?? []), ...DISCUSSIONS];
  shop.issues = [...(shop.issues ?? []), ...ISSUES];
  emu = await startEmulator({ scenario: spec });
  const workspace = mkdtempSync(join(tmpdir(), 'release-retro-ws-'));
  mkdirSync(join(workspace, '.github'));
  writeFileSync(join(workspace, '.github/release-retro.yml'), CONFIG);
  const from = emu.requests.length;
  const run = await runAction({ apiUrl: emu.url, eventName: 'schedule', now: DEMO_NOW, workspace });
  expect(run.exitCode, run.stdout).toBe(0);
  const retro = emu.state.discussions.find((d) => d.title === 'Retrospective: v1.4.0');
  if (!retro) throw new Error('no retrospective was opened');
  const section = retro.body.slice(
    retro.body.indexOf("### Users' voice"),
    retro.body.indexOf('### Monitoring'),
  );
  return { section, requests: emu.requests.slice(from) };
}

const numberOf = (title: string) => {
  const found = [...emu.state.discussions, ...emu.state.issues].find(
    (x) => x.repo === 'acme/shop' && x.title === title,
  );
  if (!found) throw new Error(`no ${title}`);
  return found.number;
};

describe("the users' voice in the opened retrospective", () => {
  it('counts the watched discussions and the mentioning issues of the period, most reacted first, in one query', async () => {
    const { section, requests } = await openWithVoice();
    // 3 discussions (Q&A 2, Ideas 1); 3 issues: the demo's incident ("Since v1.4.0 went out"), the badge
    // issue (v1.4.1) and the crash-fix one (commit 157bbf8).
    expect(section).toContain(
      '**3 discussions** in q-a, Ideas, polls (Q&amp;A 2 · Ideas 1) and **3 issues** mentioning the release (mentions commit 157bbf8 1 · mentions v1.4.0 1 · mentions v1.4.1 1), opened 2026-03-16 01:00 UTC → 2026-03-18 11:00 UTC (the observation period).',
    );
    // Most reacted: 4, 3, 2, 1, then 0 reactions broken by comments (the incident has 2, the crash-fix issue none).
    expect(section).toContain('**Most reacted** (5 of 6):');
    // The period's watched discussions and issues, read in one query; the crash-fix issue is the sixth item.
    expect(section).not.toContain('Crash fix side effect');
    const rows = section.split('\n').filter((l) => l.startsWith('| [#'));
    expect(rows.map((r) => r.split(' | ').slice(1, 4))).toEqual([
      ['discussion', '4', '0'],
      ['discussion', '3', '2'],
      ['issue', '2', '0'],
      ['discussion', '1', '0'],
      ['issue', '0', '2'],
    ]);
    const ideas = numberOf('Let us name saved carts');
    expect(rows[0]).toContain(
      `[#${ideas} Let us name saved carts](https://github.com/acme/shop/discussions/${ideas}) (Ideas)`,
    );
    const badge = numberOf('Cart badge still wrong');
    expect(rows[2]).toContain(
      `[#${badge} Cart badge still wrong](https://github.com/acme/shop/issues/${badge}) (mentions v1.4.1)`,
    );
    const incident = numberOf('Checkout fails for carts saved before the migration');
    expect(rows[4]).toContain(`[#${incident} Checkout fails for carts saved before the migration](`);
    for (const left of [
      'Dark mode',
      'Pages feel slow',
      'v1.5 coming',
      'Gift wrap',
      'Old bug',
      'Preview of',
      'Typo',
    ])
      expect(section).not.toContain(left);
    expect(section).toContain('The repository has no discussion category "polls"');
    // One GraphQL request for all of it.
    expect(requests.filter((r) => r.operation === 'ReleaseVoice')).toHaveLength(1);
  });
});
