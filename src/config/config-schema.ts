/**
 * The schema of `.github/release-retro.yml` merged over templates/retrospective-plan.yaml.
 * Objects are strict so a typo'd key is an error (with the nearest known key suggested), never silently ignored.
 * Each key carries its description and examples here, once: the JSON Schema (schema/release-retro.schema.json)
 * and the reference table of docs/configuration.md are generated from this (npm run schema).
 */
// A namespace import lets the bundler keep only what is used (`import { z }` brings every locale: 750 KB).
import './zod-setup.ts';
import * as z from 'zod';

/** A key's documentation: what it means, and values a user might write. */
function doc<T extends z.ZodType>(schema: T, description: string, examples?: unknown[]): T {
  return schema.meta(examples ? { description, examples } : { description });
}

const login = z
  .string()
  .regex(/^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/, 'must be a GitHub login like "octocat"');
const team = z
  .string()
  .regex(/^[A-Za-z0-9][\w.-]*\/[A-Za-z0-9][\w.-]*$/, 'must be a team like "org/team-slug"');
const loginOrTeam = z.union([login, team]);
const priority = z.enum(['P0', 'P1', 'P2', 'P3']);
const labelName = z.string().min(1).max(50);

/** `*` matches any run of characters; anything else is literal. Must contain no whitespace. */
const tagPattern = z
  .string()
  .min(1)
  .regex(/^[^\s]+$/, 'must be a tag glob without spaces, like "v*" or "api-v*"');

/** A weekly window the team can meet in, in `meeting.time-zone`: `Tue 15:00`. */
const weeklySlot = z
  .string()
  .regex(
    /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun) ([01]\d|2[0-3]):[0-5]\d$/,
    'must be a weekday and a 24-hour time, like "Tue 15:00"',
  );

/**
 * An IANA zone the runtime's Intl knows (Node ships full ICU). UTC, the default plan's zone, is known without
 * asking: a process's first Intl.DateTimeFormat loads ICU's zone data, about 25 ms of CPU on every run's path
 * from the config file to the first release reads, for a zone every runtime has.
 */
const timeZone = z.string().refine((zone) => {
  if (zone === 'UTC' || zone === 'Etc/UTC') return true;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}, 'must be an IANA time zone like "Europe/Berlin" or "UTC"');

const agendaItem = z.strictObject({
  id: doc(
    z.string().regex(/^[a-z0-9-]+$/, 'must use only lowercase letters, digits and hyphens'),
    'Identifier of the agenda item: lowercase letters, digits and hyphens.',
    ['review-the-data'],
  ),
  title: doc(z.string().min(1), 'Heading of the agenda item.', ['Review the data']),
  minutes: doc(z.number().int().min(1).max(120), 'Time box of the item, in minutes (1 to 120).', [15]),
  description: doc(z.string().default(''), 'What the team does in this item.', [
    'Walk through the release facts and metrics; ask what surprised us.',
  ]),
});

const surveyPrompt = z.strictObject({
  id: doc(
    z.string().regex(/^[a-z0-9-]+$/, 'must use only lowercase letters, digits and hyphens'),
    'Identifier of the survey thread: lowercase letters, digits and hyphens; unique in the survey.',
    ['went-well'],
  ),
  title: doc(z.string().min(1).max(100), 'Heading of the survey thread (at most 100 characters).', [
    'What went well?',
  ]),
  prompt: doc(z.string().default(''), 'Text under the heading that asks for answers.', [
    'One point per reply; vote with 👍 on the replies you agree with.',
  ]),
});

const milestoneTitle = z.string().includes('{month}', { message: 'must contain {month}' });
const projectUrl = z
  .string()
  .regex(
    /^https?:\/\/[^/]+\/(orgs|users)\/[^/]+\/projects\/\d+\/?$/,
    'must be a project URL like https://github.com/orgs/acme/projects/1',
  );

/** A path glob (picomatch syntax, `**` crosses folders), relative to the repository root. */
const pathGlob = z
  .string()
  .min(1)
  .regex(/^[^/\s]/, 'must be a path glob relative to the repository root, like "web/**"');

/**
 * What belongs to this file's release line, for monorepos (docs/monorepos.md). Empty lists scope nothing: a
 * repository with one product needs none of it.
 */
const lineScope = doc(
  z.strictObject({
    name: doc(
      z.union([
        z.literal(''),
        z.string().regex(/^[a-z0-9][a-z0-9._-]*$/, 'must use lowercase letters, digits, ".", "_" and "-"'),
      ]),
      "The release line's name (lowercase), for logs, summaries, milestones (`{line}`) and the `line` input; required once `line.paths` is set or the file lists `lines`.",
      ['web', 'api'],
    ),
    paths: doc(
      z.array(pathGlob),
      'Path globs (picomatch, `**` crosses folders): a pull request or commit belongs to the line when it touches one. Empty: every change.',
      [['web/**', 'shared/ui/**']],
    ),
    'pull-request-labels': doc(
      z.array(labelName),
      'A pull request with one of these labels belongs to the line whatever it touches.',
      [['area:web']],
    ),
    environments: doc(
      z.array(z.string().min(1)),
      "The line's deployment environments, exact names (its production ones are `production-environments`). Empty: every environment.",
      [['web-staging', 'web-production']],
    ),
    workflows: doc(
      z.array(z.string().min(1)),
      'Workflows whose runs count for CI health, by file name (`ci.yml`), path or name. Empty: every workflow.',
      [['web-ci.yml', 'Web CI']],
    ),
  }),
  "Monorepos: what belongs to this file's release line (docs/monorepos.md).",
);

const configShape = {
  title: doc(
    z.string().includes('{tag}', { message: 'must contain {tag}' }),
    'Title of the retrospective discussion; must contain `{tag}`.',
    ['Retrospective: {tag}', 'Release {tag} retro'],
  ),
  'discussion-category': doc(z.string().min(1), 'Discussion category, by slug or name.', [
    'retrospectives',
    'Retrospectives',
  ]),
  releases: doc(
    z.strictObject({
      'tag-pattern': doc(
        tagPattern,
        'Glob for the tags of one release line (`*` matches anything). Monorepos run one workflow per line, e.g. `api-v*`.',
        ['v*', 'api-v*'],
      ),
      'include-prereleases': doc(
        z.boolean(),
        'Whether prereleases get retrospectives and count as previous releases.',
        [true],
      ),
    }),
    'Which releases get retrospectives.',
  ),
  maturity: doc(
    z.strictObject({
      hours: doc(
        z
          .number()
          .min(0)
          .max(24 * 90),
        "Hours after the train's last release before its retrospective opens (0 to 2160).",
        [48, 72, 0],
      ),
      gates: doc(
        z.strictObject({
          'production-deployments': doc(
            z.boolean(),
            'Hold back while a production deployment of the release failed inside the window.',
            [false],
          ),
          'open-incidents': doc(z.boolean(), 'Hold back while an issue with an incident label is open.', [
            false,
          ]),
        }),
        'Conditions that hold a matured release back.',
      ),
    }),
    'When a release is ready for its retrospective.',
  ),
  metrics: doc(
    z.strictObject({
      'band-period-days': doc(
        z.number().int().min(28).max(365),
        'Days, ending with the observation period, that DORA deployment frequency and its band are measured over (28 to 365; docs/metrics.md "Windows").',
        [30, 90],
      ),
    }),
    'How the metrics are measured.',
  ),
  'production-environments': doc(
    z.array(z.string().min(1)).min(1),
    'Deployment environments that count as production (case-insensitive).',
    [['production'], ['prod-eu', 'prod-us']],
  ),
  labels: doc(
    z.strictObject({
      incident: doc(z.array(labelName), 'Labels that mark incidents.', [['incident', 'sev1']]),
      bug: doc(z.array(labelName), 'Labels that mark bugs.', [['bug', 'regression']]),
      feedback: doc(z.array(labelName), 'Labels that mark user feedback.', [['feedback', 'customer']]),
      'severity-prefix': doc(z.string(), 'Incident labels starting with this give the severity.', [
        'severity:',
        'sev-',
      ]),
    }),
    'Issue labels the release data is read from.',
  ),
  voice: doc(
    z.strictObject({
      'discussion-categories': doc(
        z.array(z.string().min(1)).max(10),
        'Discussion categories (slug or name) whose discussions opened in the observation period are shown under "Users\' voice", with counts and the most-reacted. Empty: none.',
        [['q-a', 'ideas']],
      ),
      'mentioning-issues': doc(
        z.boolean(),
        'Show the issues opened in the observation period that mention a tag, pull request or commit of the release.',
        [false],
      ),
    }),
    "The users' voice beyond release reactions and feedback-labelled issues (one GraphQL request).",
  ),
  'external-checks': doc(
    z.strictObject({
      statuses: doc(
        z.boolean(),
        'Read the commit statuses external monitors posted on each tag of the release. Needs `statuses: read`.',
        [true],
      ),
      'check-runs': doc(
        z.boolean(),
        'Read the check runs apps other than GitHub Actions posted on each tag of the release. Needs `checks: read`.',
        [true],
      ),
    }),
    'Statuses and check runs of external monitors (canary analysis, error budgets) shown under Monitoring; one request per tag each, off by default.',
  ),
  invite: doc(
    z.strictObject({
      mode: doc(
        z.enum(['participants', 'team', 'none']),
        'Who is @mentioned in the retrospective: `participants`, `team` or `none`.',
        ['team'],
      ),
      team: doc(
        z.union([z.literal(''), team]),
        'The team (`org/team`) to mention when `invite.mode` is `team`.',
        ['acme/release-team'],
      ),
    }),
    'Who is invited to the retrospective.',
  ),
  facilitators: doc(
    z.strictObject({
      users: doc(
        z.array(login),
        'People who may decide besides those with write, maintain or admin access.',
        [['octocat']],
      ),
      teams: doc(z.array(team), 'Teams (`org/team`) whose active members may decide.', [
        ['acme/release-managers'],
      ]),
    }),
    'Who may decide, besides people with write access.',
  ),
  proposers: doc(
    z.enum(['anyone', 'facilitators']),
    'Who may propose items and learnings: `anyone` who can comment, or only `facilitators`.',
    ['facilitators'],
  ),
  record: doc(
    z.strictObject({
      counts: doc(
        z.enum(['team', 'everyone']),
        "Whose reflections, learnings and participation the record keeps: the `team` (people with triage access or above, facilitators, the release's participants, stakeholders and `record.people`) or `everyone` who commented. Minimized comments are never kept.",
        ['everyone'],
      ),
      people: doc(
        z.array(login),
        'More people the record counts as the team (a `read` role cannot tell a collaborator from the public on a public repository).',
        [['octocat']],
      ),
    }),
    'Who the finished retrospective (retrospective.md, the closing comment) counts.',
  ),
  'max-action-items': doc(
    z.number().int().min(1).max(20),
    'At most this many items can be accepted (1 to 20).',
    [3],
  ),
  meeting: doc(
    z.strictObject({
      minutes: doc(
        z.number().int().min(15).max(240),
        'Length of the meeting the agenda is planned for, in minutes (15 to 240).',
        [60, 90],
      ),
      slots: doc(
        z.array(weeklySlot).max(14),
        'Weekly windows the team can meet in (weekday and 24-hour time in `meeting.time-zone`). The retrospective proposes the next few in a thread, people vote with 👍, the chosen one is announced. Empty: no meeting is proposed.',
        [['Tue 15:00', 'Thu 10:00']],
      ),
      'time-zone': doc(timeZone, 'IANA time zone of the slots; daylight saving is handled.', [
        'Europe/Berlin',
        'America/New_York',
      ]),
      'look-ahead-days': doc(
        z.number().int().min(1).max(28),
        'Propose slots starting within this many days after the retrospective opens (1 to 28).',
        [7],
      ),
      proposals: doc(z.number().int().min(1).max(10), 'At most this many slots are proposed (1 to 10).', [3]),
      'vote-hours': doc(
        z
          .number()
          .min(1)
          .max(24 * 14),
        'The vote closes this many hours after the retrospective opens; proposed slots start after it.',
        [48],
      ),
      quorum: doc(
        z.number().min(0).max(1),
        'Announce before the close once this share of the invited participants voted; 0 waits for the close.',
        [0.6],
      ),
    }),
    'The retrospective meeting.',
  ),
  agenda: doc(
    z.array(agendaItem).min(1),
    'List of `{ id, title, minutes, description }`; the minutes add up to `meeting.minutes`.',
  ),
  survey: doc(
    z.array(surveyPrompt).min(1).max(10),
    'List of `{ id, title, prompt }`; each becomes a survey thread in the discussion.',
  ),
  'action-items': doc(
    z.strictObject({
      labels: doc(
        z.strictObject({
          base: doc(labelName, 'Label on every action-item issue.', ['retro-action']),
          'tag-prefix': doc(z.string(), 'Prefix of the per-release label, e.g. `retro:v1.4.0`.', ['retro:']),
          'priority-prefix': doc(z.string(), 'Prefix of the priority label, e.g. `priority:P1`.', [
            'priority:',
          ]),
        }),
        'Labels on action-item issues.',
      ),
      'default-priority': doc(priority, 'Priority of an accepted item that has none.', ['P1']),
      milestones: doc(
        z.strictObject({
          strategy: doc(
            z.enum(['monthly', 'fixed', 'none']),
            '`monthly` (one milestone per month of due dates), `fixed` or `none`.',
            ['fixed'],
          ),
          title: doc(
            milestoneTitle,
            "Title of monthly milestones; `{month}` is `YYYY-MM`, `{line}` the release line's name.",
            ['Retro actions {month}'],
          ),
          'fixed-title': doc(z.string(), 'The milestone for `strategy: fixed`; `{line}` as in `title`.', [
            'Retro follow-ups',
          ]),
        }),
        'Milestones that carry the due dates of action items.',
      ),
    }),
    'The issues created for decided action items.',
  ),
  project: doc(
    z.strictObject({
      url: doc(
        z.union([z.literal(''), projectUrl]),
        'A Projects (v2) board, e.g. `https://github.com/orgs/acme/projects/1`. Needs the `project-token` input.',
        ['https://github.com/orgs/acme/projects/7'],
      ),
      fields: doc(
        z.strictObject({
          status: doc(z.string(), 'Single-select field set on new items.', ['Status']),
          'status-value': doc(z.string(), 'The option chosen in that field.', ['Todo']),
          due: doc(z.string(), "Date field set to the item's due date.", ['Due']),
          priority: doc(z.string(), "Field (single-select or text) set to the item's priority.", [
            'Priority',
          ]),
          line: doc(
            z.string(),
            "Field (single-select or text) set to the release line's name, so the lines of a monorepo can share one board; skipped for a repository of one line and for a line whose `lines` entry sets its own `project.url`. Empty: never.",
            ['Component'],
          ),
        }),
        'Board fields set on each action item.',
      ),
    }),
    'The project board action items are added to.',
  ),
  publish: doc(
    z.strictObject({
      mode: doc(
        z.enum(['pull-request', 'commit', 'none']),
        'Where `retrospective.md` goes besides the workspace and job summary: `pull-request`, `commit` or `none`.',
        ['pull-request'],
      ),
      path: doc(
        z.string().includes('{tag}', { message: 'must contain {tag}' }),
        'Path of the published file.',
        ['docs/retrospectives/{tag}.md'],
      ),
      branch: doc(z.string().min(1), 'Branch for `publish.mode: pull-request`.', ['release-retro/{tag}']),
      'link-in-release': doc(z.boolean(), 'Add a link to the retrospective to the release notes.', [true]),
    }),
    'Where the finished retrospective is published.',
  ),
  'finalize-after-days': doc(
    z.number().min(0).max(365),
    'Scheduled runs finalize retrospectives older than this many days (0 to 365).',
    [7, 14],
  ),
  'remind-every-days': doc(
    z.number().min(1).max(365),
    'Remind owners of an overdue item at most this often, in days (1 to 365).',
    [7],
  ),
  stakeholders: doc(z.array(loginOrTeam), 'People or teams mentioned in the closing comment.', [
    ['acme/leads', 'octocat'],
  ]),
  templates: doc(
    z.strictObject({
      discussion: doc(
        z.string(),
        'Path in the repository of your own EJS template for the discussion body.',
        ['.github/retro-discussion.md.ejs'],
      ),
      retrospective: doc(
        z.string(),
        'Path in the repository of your own EJS template for `retrospective.md`.',
        ['.github/retrospective.md.ejs'],
      ),
    }),
    'Your own templates (they run as code: see SECURITY.md).',
  ),
  line: lineScope,
};

/** Every key optional, objects included, lists whole: what one entry of `lines` may override. */
function deepPartial(schema: z.ZodType): z.ZodType {
  if (schema instanceof z.ZodObject) {
    const shape = schema.shape as Record<string, z.ZodType>;
    const partial = z.strictObject(
      Object.fromEntries(Object.entries(shape).map(([k, v]) => [k, deepPartial(v).optional()])),
    );
    const meta = schema.meta();
    return meta ? partial.meta(meta) : partial;
  }
  return schema;
}

/** One release line of a monorepo: any key of the file, merged over the file's own keys for that line. */
export const lineOverlaySchema = deepPartial(z.strictObject(configShape));

export const configSchema = z
  .strictObject({
    ...configShape,
    lines: doc(
      z.array(lineOverlaySchema),
      'Several release lines in one file: each entry overrides any key above for its line (`line`, `releases.tag-pattern`, `production-environments`, `labels`, …). See docs/monorepos.md.',
    ),
  })
  .superRefine((config, ctx) => {
    const { meeting } = config;
    if (meeting.slots.length > 0 && meeting['look-ahead-days'] * 24 <= meeting['vote-hours']) {
      ctx.addIssue({
        code: 'custom',
        path: ['meeting', 'look-ahead-days'],
        message: `must reach past the vote (vote-hours is ${meeting['vote-hours']}): slots are proposed after the vote closes`,
      });
    }
    if (
      config['action-items'].milestones.strategy === 'fixed' &&
      !config['action-items'].milestones['fixed-title']
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['action-items', 'milestones', 'fixed-title'],
        message: 'is required when strategy is "fixed"',
      });
    }
    if (config.invite.mode === 'team' && !config.invite.team) {
      ctx.addIssue({ code: 'custom', path: ['invite', 'team'], message: 'is required when mode is "team"' });
    }
    const ids = new Set<string>();
    config.survey.forEach((prompt, index) => {
      if (ids.has(prompt.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['survey', index, 'id'],
          message: `"${prompt.id}" is used twice`,
        });
      }
      ids.add(prompt.id);
    });
    if (config.line.paths.length > 0 && config.line.name === '' && config.lines.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['line', 'name'], message: 'is required when line.paths is set' });
    }
  });

/** The config exactly as written in YAML (kebab-case keys). */
export type RawConfig = z.output<typeof configSchema>;
