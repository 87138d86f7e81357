/**
 * Nobody is pinged by someone else's text, in any body the action writes. A retrospective whose proposals,
 * acceptance criteria and reflections try every form GitHub turns into a mention (`@eve`, `&#64;eve`,
 * `&#x40;eve`, `&commat;eve`, full-width `＠eve`, the team `@acme/security`) is finalized by
 * dist/index.js; then every body the action wrote — the discussion record, its comments, the issues, their
 * comments and the committed retrospective.md — is rendered as GitHub would (CommonMark + GFM, entities
 * decoded, code left out: GitHub links no mention in code) and searched for a live mention of those names.
 */
import { JSDOM } from 'jsdom';
import { marked } from 'marked';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_NOW, type Emulator, startEmulator } from '../../emulator/index.ts';
import { requiredPermissions } from '../../src/github/workflow-permissions.ts';
import { BOT, FOUR_ITEMS, type ItemSeed, seedRetro } from '../finalize/seed.ts';
import { runAction } from './run-action.ts';

const FORMS = ['@', '&#64;', '&#064;', '&#x40;', '&#X0040;', '&commat;', '\uFF20', '\uFE6B'];
const ping = (name: string) => FORMS.map((at) => `${at}${name}`).join(' ');
const HOSTILE = `${ping('eve')} ${ping('acme/security')}`;
/** What GitHub's mention filter would link: an at-sign of any form right before the name. */
const LIVE = /(?:^|[^A-Za-z0-9_])[@\uFF20\uFE6B](?:eve|acme\/security)(?![A-Za-z0-9-])/;

const ITEMS: ItemSeed[] = [
  {
    ...(FOUR_ITEMS[0] as ItemSeed),
    title: `Guard migrations ${ping('eve')}`,
    extra: `Acceptance criteria:\n${HOSTILE}`,
  },
  { ...(FOUR_ITEMS[1] as ItemSeed), extra: `- [ ] tell ${ping('acme/security')}\n> ${ping('eve')}` },
  ...FOUR_ITEMS.slice(2),
];

let emu: Emulator;

/** The text GitHub would run its mention filter on: rendered, entities decoded, code removed. */
function visibleText(markdown: string): string {
  const { document } = new JSDOM('').window;
  const host = document.createElement('div');
  host.innerHTML = marked.parse(markdown, { gfm: true, async: false });
  for (const code of [...host.querySelectorAll('code, pre')]) code.remove();
  return host.textContent ?? '';
}

beforeAll(async () => {
  emu = await startEmulator({
    scenario: 'demo',
    scenarioOptions: {
      files: { '.github/release-retro.yml': 'publish:\n  mode: commit\nstakeholders: [maya]\n' },
    },
    permissions: requiredPermissions({ mode: 'commit', linkInRelease: false }),
  });
  const retro = seedRetro(emu, { items: ITEMS });
  // A reflection and a learning written with every form too.
  const discussion = emu.state.discussions.find((d) => d.number === retro.number);
  const thread = emu.state.discussionComments.find((c) => c.discussionId === discussion?.id);
  emu.state.discussionComments.push({
    ...(thread as NonNullable<typeof thread>),
    id: emu.state.nextId(),
    nodeId: emu.state.nodeId('discussionComment', emu.state.nextId()),
    replyToId: thread?.id ?? null,
    author: 'kim',
    body: `What went well: ${HOSTILE}`,
  });
  const run = await runAction({
    apiUrl: emu.url,
    eventName: 'workflow_dispatch',
    now: DEMO_NOW,
    inputs: { mode: 'finalize', tag: 'v1.4.0' },
  });
  if (run.exitCode !== 0) throw new Error(`finalize failed:\n${run.stdout}\n${run.stderr}`);
}, 120_000);

afterAll(async () => {
  await emu?.close();
});

describe('mentions in every body the action writes', { timeout: 60_000 }, () => {
  it('the hostile text reached the action (the test would see a leak)', () => {
    expect(visibleText(HOSTILE)).toMatch(LIVE);
    expect(emu.state.issues.some((i) => i.author === BOT)).toBe(true);
  });

  it('no body written by the action pings a name it was only given as text', () => {
    const written: [string, string][] = [
      ...emu.state.discussions
        .filter((d) => d.author === BOT)
        .map((d): [string, string] => [`discussion #${d.number}`, d.body]),
      ...emu.state.discussionComments
        .filter((c) => c.author === BOT)
        .map((c): [string, string] => [`discussion comment ${c.id}`, c.body]),
      ...emu.state.issues
        .filter((i) => i.author === BOT)
        .map((i): [string, string] => [`issue #${i.number}`, i.body ?? '']),
      ...emu.state.issueComments
        .filter((c) => c.author === BOT)
        .map((c): [string, string] => [`issue comment ${c.id}`, c.body]),
      ...Object.values(emu.state.files['acme/shop'] ?? {}).flatMap((branch) =>
        Object.entries(branch)
          .filter(([path]) => path.includes('retro'))
          .map(([path, file]): [string, string] => [path, file.content]),
      ),
    ];
    // The action wrote the record, the issues and the document, and copied the hostile text into them.
    expect(written.filter(([where]) => where.startsWith('issue #')).length).toBeGreaterThanOrEqual(4);
    expect(written.some(([where]) => where.endsWith('.md'))).toBe(true);
    expect(written.some(([, body]) => body.includes('eve'))).toBe(true);
    const leaks = written.filter(([, body]) => LIVE.test(visibleText(body))).map(([where]) => where);
    expect(leaks).toEqual([]);
  });
});
