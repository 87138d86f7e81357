/**
 * Monorepo release lines end to end (emulator scenario `monorepo`): acme/platform's api and web lines, tags
 * interleaved, a failed api production deployment and its hotfix. Each line's retrospective shows only its
 * own changes, deployments, CI, incidents, previous retrospective and trends, whatever order the lines run in,
 * and whether the lines share one config file or have one each.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { type Emulator, startEmulator } from '../../emulator/index.ts';
import {
  MONOREPO_CHANGES,
  MONOREPO_CONFIG,
  MONOREPO_NOW,
  MONOREPO_REPO,
} from '../../emulator/scenarios/monorepo.ts';
import { Team } from '../../emulator/team.ts';
import { decodeState } from '../../src/domain/state.ts';
import { runAction } from './run-action.ts';

const DAY = 86_400_000;
const at = (days: number) => new Date(Date.parse(MONOREPO_NOW) - days * DAY).toISOString();

/** The same two lines as one config file each, for the `config-path` way. */
function perLineFiles(): Record<string, string> {
  const [, shared = '', api = '', web = ''] =
    /^([\s\S]*?)lines:\n {2}- ([\s\S]*?)\n {2}- ([\s\S]*)$/.exec(MONOREPO_CONFIG) ?? [];
  const unindent = (text: string) => text.replace(/^ {4}/gm, '');
  return {
    '.github/retro-api.yml': `${shared}${unindent(`    ${api}`)}\n`,
    '.github/retro-web.yml': `${shared}${unindent(`    ${web}`)}`,
  };
}

let emu: Emulator;
afterEach(async () => {
  await emu.close();
});

type Way = { kind: 'lines' } | { kind: 'files' };

async function start(way: Way): Promise<void> {
  const files = way.kind === 'lines' ? { '.github/release-retro.yml': MONOREPO_CONFIG } : perLineFiles();
  emu = await startEmulator({ scenario: 'monorepo', scenarioOptions: { files } });
}

async function act(
  way: Way,
  line: 'api' | 'web' | null,
  options: { eventName: string; inputs?: Record<string, string>; payload?: Record<string, unknown> },
) {
  const inputs: Record<string, string> = { ...options.inputs };
  if (way.kind === 'files' && line) inputs['config-path'] = `.github/retro-${line}.yml`;
  if (way.kind === 'lines' && line) inputs.line = line;
  const run = await runAction({
    apiUrl: emu.url,
    repository: MONOREPO_REPO,
    eventName: options.eventName,
    inputs,
    payload: options.payload ?? {},
    now: emu.clock.iso(),
  });
  expect(run.exitCode, `${run.stdout}\n${run.stderr}`).toBe(0);
  return run;
}

function retro(tag: string) {
  const found = emu.state.discussions.find((d) => decodeState(d.body)?.tag === tag);
  if (!found) throw new Error(`no retrospective of ${tag}`);
  return found;
}

/** The previous retrospectives (1.0.0 of each line), each with one decided, tracked action item. */
async function previousRetros(way: Way, order: ('api' | 'web')[]): Promise<void> {
  const team = new Team(emu, MONOREPO_REPO);
  emu.clock.set(at(24));
  for (const line of order) {
    const opened = await act(way, line, {
      eventName: 'workflow_dispatch',
      inputs: { mode: 'open', tag: `${line}-v1.0.0` },
    });
    const number = Number(opened.outputs['discussion-number']);
    const owner = line === 'api' ? 'alba' : 'cyd';
    const item = line === 'api' ? 'Load-test the orders API' : 'Add visual regression tests';
    const posted = await team.comment(
      owner,
      number,
      `/action ${item} @${owner} due:+10d\n/accept A1\n/finalize`,
    );
    // No line input: the run finds the line from the retrospective's tag (the `lines` way).
    await act(way, way.kind === 'files' ? line : null, {
      eventName: 'discussion_comment',
      payload: team.commentEvent('created', posted),
    });
  }
}

async function scheduled(way: Way, order: ('api' | 'web')[]): Promise<void> {
  emu.clock.set(MONOREPO_NOW);
  if (way.kind === 'lines' && order[0] === 'api') {
    await act(way, null, { eventName: 'schedule' });
    return;
  }
  for (const line of order) await act(way, line, { eventName: 'schedule' });
}

function titlesOf(line: 'api' | 'web') {
  const mine = MONOREPO_CHANGES.filter(
    (c) => c.lines.includes(line) && Date.parse(at(20)) < Date.parse(at(0)),
  );
  const recent = (c: (typeof MONOREPO_CHANGES)[number]) => !/^-(2\d|3\d)d/.test(c.at);
  return {
    own: mine.filter((c) => recent(c) && !c.direct).map((c) => c.title),
    others: MONOREPO_CHANGES.filter((c) => !c.lines.includes(line)).map((c) => c.title),
  };
}

function expectScoped(line: 'api' | 'web', body: string) {
  const other = line === 'api' ? 'web' : 'api';
  const { own, others } = titlesOf(line);
  for (const title of own) expect(body, title).toContain(title);
  for (const title of others) expect(body, title).not.toContain(title);
  // Deployments, CI, incidents and bugs of the other line are not there.
  expect(body).not.toContain(`${other}-production`);
  expect(body).not.toContain(`${other}-staging`);
  expect(body).not.toContain(other === 'api' ? 'API CI' : 'Web CI');
  expect(body).toContain(line === 'api' ? 'API CI' : 'Web CI');
  expect(body).toContain(`${line}-production`);
  // The previous retrospective is this line's, and so are the trends.
  expect(body).toContain(`${line}-v1.0.0`);
  expect(body).not.toContain(`${other}-v1.0.0`);
  expect(body).not.toContain(`${other}-v1.1`);
  expect(body).toContain(line === 'api' ? 'Load-test the orders API' : 'Add visual regression tests');
  expect(body).not.toContain(line === 'api' ? 'Add visual regression tests' : 'Load-test the orders API');
}

describe('two release lines in one repository', { timeout: 180_000 }, () => {
  it('keeps each retrospective to its own line, whichever way the lines are configured and run', async () => {
    // 1. Both lines in one file, api first, one scheduled run for both.
    await start({ kind: 'lines' });
    await previousRetros({ kind: 'lines' }, ['api', 'web']);
    await scheduled({ kind: 'lines' }, ['api', 'web']);

    const api = retro('api-v1.1.0');
    expect(decodeState(api.body)?.tags).toEqual(['api-v1.1.0', 'api-v1.1.1']);
    expectScoped('api', api.body);
    expect(api.body).toContain('API: orders return 429 for every client after api-v1.1.0');
    expect(api.body).toContain('API: page size ignored');
    expect(api.body).not.toContain('Web: dark mode loses contrast');
    // The api retrospective invites the api line's people (and alba's shared change), not the web-only ones.
    expect(api.body).not.toMatch(/@dee\b/);

    const web = retro('web-v1.1.0');
    expectScoped('web', web.body);
    expect(web.body).toContain('Web: dark mode loses contrast on buttons');
    expect(web.body).not.toContain('orders return 429');
    expect(web.body).not.toMatch(/@bo\b/);
    // The web line's production never failed: its change failure rate is 0, not the api's failure.
    expect(decodeState(web.body)?.metrics.changeFailureRate ?? 0).toBe(0);

    // Action items of each line go to the line's own milestone (commands found their line by the tag).
    const milestones = emu.state.milestones.filter((m) => m.repo === MONOREPO_REPO).map((m) => m.title);
    expect(milestones.sort()).toEqual(['Retro actions api 2026-05', 'Retro actions web 2026-05']);
    const expected = { api: api.body, web: web.body };
    await emu.close();

    // 2. One config file per line (config-path), web first, one run per line.
    await start({ kind: 'files' });
    await previousRetros({ kind: 'files' }, ['web', 'api']);
    await scheduled({ kind: 'files' }, ['web', 'api']);
    // Discussion and issue numbers differ with the order; everything else is the same.
    const normalise = (body: string) =>
      body
        .replace(/<!-- release-retro:state [^>]*-->/, '')
        .replace(/discussions\/\d+/g, 'discussions/N')
        .replace(/(issues\/|#)\d+/g, '$1N');
    expect(normalise(retro('web-v1.1.0').body)).toBe(normalise(expected.web));
    expect(normalise(retro('api-v1.1.0').body)).toBe(normalise(expected.api));
  });
});
