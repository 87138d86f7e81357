/**
 * The action's log, as a person reads it on the run page: one group per stage, a notice (with its link) for
 * what was opened, decided or created, and refused commands as warnings — never as done.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Emulator, startEmulator } from '../../emulator/index.ts';
import { Team } from '../../emulator/team.ts';
import { runAction } from './run-action.ts';

const HOUR = 3_600_000;
let emu: Emulator;
let team: Team;

beforeAll(async () => {
  emu = await startEmulator({ scenario: 'demo' });
  team = new Team(emu, 'acme/shop');
  const published = emu.state.releases.find((r) => r.tagName === 'v1.3.0')?.publishedAt ?? '';
  emu.clock.set(new Date(Date.parse(published) + 49 * HOUR).toISOString());
});
afterAll(() => emu?.close());

const base = () => ({
  apiUrl: emu.url,
  graphqlUrl: emu.graphqlUrl,
  repository: 'acme/shop',
  now: emu.clock.iso(),
});
const commandsOf = (stdout: string, kind: string) =>
  stdout.split('\n').filter((line) => line.startsWith(`::${kind}`));

describe('the action log', () => {
  let discussion = 0;

  it('groups each stage of a scheduled run and notices the opened retrospective with its link', async () => {
    const run = await runAction({ ...base(), eventName: 'schedule' });
    expect(run.exitCode).toBe(0);
    discussion = Number(run.outputs['discussion-number']);
    expect(commandsOf(run.stdout, 'group::')).toEqual([
      '::group::Configuration (.github/release-retro.yml)',
      '::group::open matured retrospectives',
      '::group::apply missed commands',
      '::group::finalize due retrospectives',
      '::group::remind owners of overdue action items',
    ]);
    expect(commandsOf(run.stdout, 'endgroup::')).toHaveLength(5);
    expect(commandsOf(run.stdout, 'notice::')).toEqual([
      `::notice::Opened the v1.3.0 retrospective: ${run.outputs['discussion-url']} (4 survey threads).`,
    ]);
  });

  it('notices a decided command and warns, never notices, about a refused one', async () => {
    emu.clock.advance(HOUR);
    const proposal = await team.comment('lee', discussion, '/action Write a rollback runbook @lee due:+10d');
    const proposed = await runAction({
      ...base(),
      eventName: 'discussion_comment',
      payload: team.commentEvent('created', proposal),
    });
    expect(proposed.exitCode).toBe(0);
    expect(commandsOf(proposed.stdout, 'group::')).toContain('::group::Apply the comment commands');
    const [notice] = commandsOf(proposed.stdout, 'notice::');
    expect(notice).toMatch(/^::notice::@lee: \/action Write a rollback runbook @lee due:\+10d — .*A1/);
    expect(notice).toContain(`/discussions/${discussion}`);

    emu.clock.advance(60_000);
    const attempt = await team.comment('kim', discussion, '/accept A1');
    const refused = await runAction({
      ...base(),
      eventName: 'discussion_comment',
      payload: team.commentEvent('created', attempt),
    });
    expect(refused.exitCode).toBe(0);
    expect(commandsOf(refused.stdout, 'notice::')).toEqual([]);
    expect(commandsOf(refused.stdout, 'warning::')).toEqual([
      expect.stringMatching(/^::warning::Refused @kim: \/accept A1 — only facilitators/),
    ]);
  });
});
