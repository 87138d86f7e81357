/**
 * `npm run demo`: the whole retrospective lifecycle of the demo team (acme/shop) against the bundled GitHub
 * emulator, running the bundled action (dist/index.js) exactly as a runner would, with a fixed clock.
 *
 *   1. v1.3.0 matured 18 days ago: its retrospective opens, two actions are decided, it is finalized.
 *      One of its issues gets done; the other is left to go overdue.
 *   2. Now (49 h after the v1.4.1 hotfix): the scheduled run opens the v1.4.0 retrospective — v1.4.0 and its
 *      hotfix v1.4.1 as one train — listing v1.3.0's items and their status, and reminds the overdue owner.
 *      The team answers the survey, proposes, votes and decides; a read-only user and an outsider are refused.
 *      A facilitator runs /finalize: issues with owners, labels, milestones and project fields, retrospective.md.
 *   3. Two weeks later a scheduled run reminds owners whose items are overdue.
 *
 * What a person would look at is written to demo-output/.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DEMO_NOW, startEmulator } from '../emulator/index.ts';
import { type ActionRun, runAction } from '../emulator/run-action.ts';
import { type PostedComment, Team } from '../emulator/team.ts';

const OUT = 'demo-output';
const REPO = 'acme/shop';
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const emu = await startEmulator({ scenario: 'demo' });
const team = new Team(emu, REPO);
const summaries: string[] = [];
const workspace = resolve(OUT, 'workspace');
rmSync(OUT, { recursive: true, force: true });
mkdirSync(workspace, { recursive: true });

function at(iso: string): void {
  emu.clock.set(iso);
}

function shift(iso: string, ms: number): string {
  return new Date(Date.parse(iso) + ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function say(text: string): void {
  console.log(text);
}

async function action(label: string, options: Parameters<typeof runAction>[0]): Promise<ActionRun> {
  const run = await runAction({ ...options, workspace, now: emu.clock.iso() });
  const lines = run.stdout.split('\n');
  const errors = lines.filter((l) => l.startsWith('::error::'));
  // A command the action refused or did not understand is logged as a warning, never as done.
  const refused = lines
    .filter((l) => /^::warning::(Refused|Not understood) /.test(l))
    .map((l) => l.slice('::warning::'.length).replace(/^(Refused|Not understood) @[^:]+: /, '$1: '));
  const outcome =
    run.exitCode !== 0 ? `exit ${run.exitCode}` : refused.length > 0 ? refused.join('; ') : 'ok';
  say(`  ▸ ${label}: ${outcome}${errors.length ? ` — ${errors.join(' ')}` : ''}`);
  if (run.summary.trim()) summaries.push(`<!-- ${label} -->\n${run.summary.trim()}`);
  if (run.exitCode !== 0) {
    console.error(run.stdout.slice(-4000), run.stderr.slice(-2000));
    throw new Error(`The action failed during "${label}".`);
  }
  return run;
}

// The workflow's inputs: the team keeps its action items on the org board, with a PAT that may use Projects.
const base = {
  apiUrl: emu.url,
  graphqlUrl: emu.graphqlUrl,
  repository: REPO,
  inputs: { 'project-token': 'ghp_projects', 'project-url': 'https://github.com/orgs/acme/projects/1' },
};
const scheduled = (label: string) => action(label, { ...base, eventName: 'schedule' });

/** Posts a comment as a person and delivers the discussion_comment event to the action. */
async function comment(
  login: string,
  discussion: number,
  body: string,
  replyTo?: PostedComment,
): Promise<PostedComment> {
  const posted = await team.comment(login, discussion, body, replyTo);
  await action(`${login}: ${body.split('\n')[0]?.slice(0, 60)}`, {
    ...base,
    eventName: 'discussion_comment',
    payload: team.commentEvent('created', posted),
  });
  return posted;
}

function discussionNumber(run: ActionRun): number {
  const number = Number(run.outputs['discussion-number']);
  if (!number) throw new Error(`No discussion number in the outputs: ${JSON.stringify(run.outputs)}`);
  return number;
}

function releasePublishedAt(tag: string): string {
  const release = emu.state.releases.find((r) => r.tagName === tag);
  if (!release?.publishedAt) throw new Error(`The demo scenario has no published ${tag}`);
  return release.publishedAt;
}

try {
  // 1. v1.3.0, eighteen days ago.
  const v130Ready = shift(releasePublishedAt('v1.3.0'), 49 * HOUR);
  say(`\n1. ${v130Ready}: v1.3.0 has matured`);
  at(v130Ready);
  const first = discussionNumber(await scheduled('scheduled run opens the v1.3.0 retrospective'));
  at(shift(v130Ready, 2 * HOUR));
  const a1 = await comment(
    'lee',
    first,
    '/action Write a rollback runbook for checkout @lee due:+10d priority:high',
  );
  await comment('sam', first, '/action Add a canary stage before production @sam due:+4d priority:P2');
  await team.thumbsUp('ana', a1);
  await comment('maya', first, '/accept A1 A2');
  await comment('maya', first, '/finalize');
  const v130Issues = emu.state.issues.filter((i) => i.labels.some((l) => l === 'retro:v1.3.0'));
  const canary = v130Issues.find((i) => i.title.includes('canary'));
  if (canary) {
    at(shift(v130Ready, 3 * DAY));
    await team.closeIssue('sam', canary.number);
    say(`  ▸ sam closed #${canary.number} (${canary.title})`);
  }

  // 2. Now: v1.4.0 and its hotfix v1.4.1.
  say(`\n2. ${DEMO_NOW}: v1.4.0 + hotfix v1.4.1 have matured (49 h after v1.4.1)`);
  at(DEMO_NOW);
  const openRun = await scheduled('scheduled run opens v1.4.0, reminds overdue owners');
  const retro = discussionNumber(openRun);
  const threads = emu.state.discussionComments.filter(
    (c) =>
      c.replyToId === null && emu.state.discussions.find((d) => d.id === c.discussionId)?.number === retro,
  );
  const survey = (fragment: string) => {
    const thread = threads.find((c) => c.body.includes(fragment));
    return thread ? { nodeId: thread.nodeId, databaseId: thread.id } : undefined;
  };
  at(shift(DEMO_NOW, 1 * HOUR));
  const wentWell = survey('went-well');
  const couldImprove = survey('could-improve');
  if (wentWell) {
    const reply = await team.comment(
      'ana',
      retro,
      'The rollback to v1.3.0 took ten minutes — the runbook paid off.',
      wentWell,
    );
    await team.thumbsUp('lee', reply);
    await team.thumbsUp('sam', reply);
  }
  if (couldImprove) {
    const reply = await team.comment(
      'sam',
      retro,
      'The saved-cart migration had no test with old carts.',
      couldImprove,
    );
    await team.thumbsUp('maya', reply);
    await team.comment(
      'troll',
      retro,
      '@acme/everyone look at this <!-- release-retro:state AAAA -->',
      couldImprove,
    );
  }
  at(shift(DEMO_NOW, 2 * HOUR));
  const p1 = await comment(
    'sam',
    retro,
    '/action Test migrations against a snapshot of production carts @sam due:+14d priority:P1 label:testing',
  );
  const p2 = await comment(
    'lee',
    retro,
    'Two ideas:\n/action Page on checkout error rate above 2% @lee due:+7d priority:high\n/action Canary 5% of traffic for 30 minutes before full rollout',
  );
  await comment('ana', retro, '/learning Rollbacks are only fast when the runbook is rehearsed.');
  for (const voter of ['ana', 'maya', 'lee']) await team.thumbsUp(voter, p1);
  for (const voter of ['sam', 'ana']) await team.thumbsUp(voter, p2);
  await comment('kim', retro, '/accept A1');
  await comment('troll', retro, '/accept A1 A2 A3\n/action Rewrite everything in Rust @troll due:+1d');
  await comment('maya', retro, '/assign A3 @ana\n/due A3 +21d\n/priority A3 P2');
  await comment('maya', retro, '/accept A1 A2 A3');
  await comment('lee', retro, '/helpp');
  at(shift(DEMO_NOW, 3 * DAY));
  await comment('maya', retro, '/finalize');

  // 3. Two weeks later.
  const later = shift(DEMO_NOW, 15 * DAY);
  say(`\n3. ${later}: a scheduled run follows up`);
  at(later);
  await scheduled('scheduled run reminds owners of overdue items');

  writeOutputs(retro);
} finally {
  await emu.close();
}

function writeOutputs(retro: number): void {
  const discussion = emu.state.discussions.find((d) => d.repo === REPO && d.number === retro);
  if (!discussion) throw new Error(`Discussion #${retro} is missing`);
  const comments = emu.state.discussionComments.filter((c) => c.discussionId === discussion.id);
  const render = (c: (typeof comments)[number]) =>
    `**@${c.author}** · ${c.createdAt}${c.replyToId ? ' · reply' : ''}\n\n${c.body}`;
  const thread = comments
    .filter((c) => c.replyToId === null)
    .flatMap((top) => [
      render(top),
      ...comments.filter((c) => c.replyToId === top.id).map((r) => `> ${render(r).replaceAll('\n', '\n> ')}`),
    ]);
  writeFileSync(
    join(OUT, 'discussion.md'),
    `# ${discussion.title}\n\n_#${discussion.number} · ${discussion.closed ? 'closed' : 'open'}_\n\n${discussion.body}\n\n---\n\n## Comments\n\n${thread.join('\n\n---\n\n')}\n`,
  );
  const issues = emu.state.issues
    .filter((i) => i.repo === REPO && i.labels.includes('retro-action'))
    .map((issue) => {
      const item = emu.state.projectItems.find((p) => p.contentType === 'Issue' && p.contentId === issue.id);
      const fields = item
        ? Object.fromEntries(
            emu.state.projectFieldValues
              .filter((v) => v.itemId === item.id)
              .map((v) => {
                const field = emu.state.projectFields.find((f) => f.id === v.fieldId);
                const option = field?.options.find((o) => o.id === v.singleSelectOptionId);
                return [
                  field?.name ?? String(v.fieldId),
                  option?.name ?? v.date ?? v.text ?? v.number ?? null,
                ];
              }),
          )
        : null;
      const milestone = emu.state.milestones.find((m) => m.repo === REPO && m.number === issue.milestone);
      const reminders = emu.state.issueComments.filter(
        (c) => c.repo === REPO && c.issueNumber === issue.number && c.author === 'github-actions[bot]',
      );
      return {
        number: issue.number,
        title: issue.title,
        state: issue.state,
        labels: issue.labels,
        assignees: issue.assignees,
        milestone: milestone ? { title: milestone.title, due_on: milestone.dueOn } : null,
        project: fields,
        reminders: reminders.length,
      };
    });
  writeFileSync(join(OUT, 'issues.json'), `${JSON.stringify(issues, null, 2)}\n`);
  writeFileSync(join(OUT, 'summary.md'), `${summaries.join('\n\n---\n\n')}\n`);
  const retrospective = readFileSync(join(workspace, 'retrospective.md'), 'utf8');
  writeFileSync(join(OUT, 'retrospective.md'), retrospective);
  say(
    `\nDemo finished. Read:\n  ${OUT}/discussion.md\n  ${OUT}/retrospective.md\n  ${OUT}/issues.json\n  ${OUT}/summary.md`,
  );
}
