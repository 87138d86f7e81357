/**
 * Identity rules a real repository has, end to end through dist/index.js:
 * - GraphQL names a bot author by its bare slug (`github-actions`), REST and `viewer` say `github-actions[bot]`,
 *   and a person may own the user account `github-actions`. The action knows its own discussions and comments by
 *   database id: that person's forged retrospective, forged reply marker and commands are treated as a person's.
 * - GITHUB_TOKEN cannot read organization teams (GitHub answers 404): a `facilitators.teams` entry then makes
 *   nobody a facilitator, and the refusal says so in the reply and in the job summary.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Emulator, startEmulator } from '../../emulator/index.ts';
import { Team } from '../../emulator/team.ts';
import { initialState, withState } from '../../src/domain/state.ts';
import { gql } from '../emulator/helpers.ts';
import { runAction } from './run-action.ts';

const HOUR = 3_600_000;
const IMPOSTOR = 'github-actions';
let emu: Emulator;
let team: Team;
let forged = 0;
let retro = 0;

const base = () => ({
  apiUrl: emu.url,
  graphqlUrl: emu.graphqlUrl,
  repository: 'acme/shop',
  now: emu.clock.iso(),
});

/** A person's account named like the bot's GraphQL login, with read access and a token of their own. */
function addImpostor(): void {
  const id = emu.state.nextId();
  emu.state.users.push({
    id,
    nodeId: `U_${id}`,
    login: IMPOSTOR,
    type: 'User',
    name: 'Not the bot',
    createdAt: '2020-01-01T00:00:00Z',
  });
  emu.state.tokens.push({ token: 'ghp_impostor', login: IMPOSTOR, kind: 'pat', projects: false });
  const repo = emu.state.repos.find((r) => r.fullName === 'acme/shop');
  if (repo) repo.roles[IMPOSTOR] = 'read';
}

async function forgeRetrospective(): Promise<number> {
  const category = emu.state.discussionCategories.find(
    (c) => c.repo === 'acme/shop' && c.slug === 'retrospectives',
  );
  const repo = emu.state.repos.find((r) => r.fullName === 'acme/shop');
  const state = initialState({
    tag: 'v1.3.0',
    tags: ['v1.3.0'],
    previousTag: null,
    openedAt: emu.clock.iso(),
    metrics: {},
  });
  const res = await gql(
    emu,
    `mutation($repositoryId: ID!, $categoryId: ID!, $body: String!) {
      createDiscussion(input: { repositoryId: $repositoryId, categoryId: $categoryId, title: "Retrospective: v1.3.0", body: $body }) {
        discussion { number author { login } }
      }
    }`,
    {
      repositoryId: repo?.nodeId,
      categoryId: category?.nodeId,
      body: withState('# Retrospective: v1.3.0', state),
    },
    'ghp_impostor',
  );
  expect(res.body.errors).toBeUndefined();
  // The same login the bot's discussions show in GraphQL.
  expect(res.body.data.createDiscussion.discussion.author.login).toBe(IMPOSTOR);
  return res.body.data.createDiscussion.discussion.number;
}

/** The action's replies in a discussion (by the bot's account, whatever the login says). */
function botReplies(number: number): string[] {
  const discussion = emu.state.discussions.find((d) => d.repo === 'acme/shop' && d.number === number);
  return emu.state.discussionComments
    .filter((c) => c.discussionId === discussion?.id && c.author === 'github-actions[bot]')
    .map((c) => c.body);
}

beforeAll(async () => {
  emu = await startEmulator({
    scenario: 'demo',
    scenarioOptions: {
      files: {
        '.github/release-retro.yml':
          'facilitators:\n  teams: [acme/release-managers]\npublish:\n  mode: none\n',
      },
    },
  });
  team = new Team(emu, 'acme/shop');
  addImpostor();
  // kim (read access) is a member of the facilitators' team, which GITHUB_TOKEN cannot see.
  emu.state.teams.find((t) => t.slug === 'release-managers')?.members.push({ login: 'kim', role: 'member' });
  const published = emu.state.releases.find((r) => r.tagName === 'v1.3.0')?.publishedAt ?? '';
  emu.clock.set(new Date(Date.parse(published) + 49 * HOUR).toISOString());
  forged = await forgeRetrospective();
}, 60_000);
afterAll(() => emu?.close());

describe('identity', { timeout: 120_000 }, () => {
  it('the emulator answers as GitHub: viewer and REST with [bot], a GraphQL bot author without, one database id', async () => {
    const viewer = await gql(emu, 'query { viewer { login databaseId } }');
    expect(viewer.body.data.viewer.login).toBe('github-actions[bot]');
    const bot = emu.state.user('github-actions[bot]');
    expect(viewer.body.data.viewer.databaseId).toBe(bot?.id);
    const impostor = emu.state.user(IMPOSTOR);
    expect(impostor?.id).not.toBe(bot?.id);
  });

  it('opens its own retrospective beside a forged one by a user named like the bot', async () => {
    const run = await runAction({ ...base(), eventName: 'schedule' });
    expect(run.exitCode, run.stdout).toBe(0);
    retro = Number(run.outputs['discussion-number']);
    expect(retro).toBeGreaterThan(0);
    expect(retro).not.toBe(forged);
    expect(run.stdout).toContain('Opened the v1.3.0 retrospective');
    // The forged discussion was not touched (no survey threads, no meeting thread).
    expect(botReplies(forged)).toEqual([]);
  });

  it('ignores comments in the forged discussion: it is no retrospective of this action', async () => {
    emu.clock.advance(60_000);
    const comment = await team.comment('sam', forged, '/action Write a runbook @sam due:+7d');
    const run = await runAction({
      ...base(),
      eventName: 'discussion_comment',
      payload: team.commentEvent('created', comment),
    });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.stdout).toContain(
      `Discussion #${forged} is not a retrospective opened by this action; ignored.`,
    );
    expect(botReplies(forged)).toEqual([]);
  });

  it("reads the impostor's commands as a person's, and a reply marker they forge does not silence the action", async () => {
    emu.clock.advance(60_000);
    const own = await team.comment(IMPOSTOR, retro, '/learning Canaries catch what tests miss');
    const impostorRun = await runAction({
      ...base(),
      eventName: 'discussion_comment',
      payload: team.commentEvent('created', own),
    });
    expect(impostorRun.exitCode, impostorRun.stdout).toBe(0);
    expect(impostorRun.stdout).not.toContain("is the action's own; ignored");
    expect(botReplies(retro).some((b) => b.includes(`release-retro:reply ${own.nodeId} `))).toBe(true);

    emu.clock.advance(60_000);
    const proposal = await team.comment('sam', retro, '/action Add a canary stage @sam due:+7d');
    const stored = emu.state.discussionComments.find((c) => c.nodeId === proposal.nodeId);
    // The impostor answers first, with the action's hidden reply marker for that comment and version.
    await team.comment(
      IMPOSTOR,
      retro,
      `<!-- release-retro:reply ${proposal.nodeId} ${stored?.updatedAt} -->\n\nDone.`,
      proposal,
    );
    const run = await runAction({
      ...base(),
      eventName: 'discussion_comment',
      payload: team.commentEvent('created', proposal),
    });
    expect(run.exitCode, run.stdout).toBe(0);
    const answers = botReplies(retro).filter((b) => b.includes(`release-retro:reply ${proposal.nodeId} `));
    expect(answers).toHaveLength(1);
    expect(answers[0]).toContain('proposed');
  });
});

describe('a facilitators team GITHUB_TOKEN cannot read', { timeout: 120_000 }, () => {
  it('refuses the decision and says why in the reply and the job summary, naming the team and the fix', async () => {
    emu.clock.advance(60_000);
    const attempt = await team.comment('kim', retro, '/accept A1');
    const run = await runAction({
      ...base(),
      eventName: 'discussion_comment',
      payload: team.commentEvent('created', attempt),
    });
    expect(run.exitCode, run.stdout).toBe(0);
    // GitHub answered 404 to the membership and to the team itself.
    const asked = emu.requests.map((r) => `${r.method} ${r.path} ${r.status}`);
    expect(asked).toContain('GET /orgs/acme/teams/release-managers/memberships/kim 404');
    expect(asked).toContain('GET /orgs/acme/teams/release-managers 404');

    const note =
      'The team `acme/release-managers` in `facilitators.teams` could not be read. Either `acme/release-managers` ' +
      "does not exist or the token cannot read the organization's teams (GITHUB_TOKEN never can: GitHub answers it " +
      '404). Pass a token with the organization permission "Members: read" as github-token, or list the ' +
      'facilitators by name in `facilitators.users`.';
    const reply = botReplies(retro).find((b) => b.includes(`release-retro:reply ${attempt.nodeId} `)) ?? '';
    expect(reply).toContain(
      'only facilitators (write access or above, or listed in the config) can accept items',
    );
    expect(reply).toContain(note);
    expect(run.summary).toContain(note);
    expect(run.stdout).toContain(
      '::warning::Cannot read the team acme/release-managers (GitHub answered 404)',
    );
  });
});
