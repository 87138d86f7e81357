/**
 * The schema of `.github/release-retro.yml` merged over templates/retrospective-plan.yaml.
 * Objects are strict so a typo'd key is an error (with the nearest known key suggested), never silently ignored.
 * The JSON Schema in schema/release-retro.schema.json is generated from this (npm run schema).
 */
import { z } from 'zod';

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

const agendaItem = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/, 'must use only lowercase letters, digits and hyphens'),
  title: z.string().min(1),
  minutes: z.number().int().min(1).max(120),
  description: z.string().default(''),
});

const surveyPrompt = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/, 'must use only lowercase letters, digits and hyphens'),
  title: z.string().min(1).max(100),
  prompt: z.string().default(''),
});

export const configSchema = z
  .strictObject({
    title: z.string().includes('{tag}', { message: 'must contain {tag}' }),
    'discussion-category': z.string().min(1),
    releases: z.strictObject({
      'tag-pattern': tagPattern,
      'include-prereleases': z.boolean(),
    }),
    maturity: z.strictObject({
      hours: z
        .number()
        .min(0)
        .max(24 * 90),
      gates: z.strictObject({
        'production-deployments': z.boolean(),
        'open-incidents': z.boolean(),
      }),
    }),
    'production-environments': z.array(z.string().min(1)).min(1),
    labels: z.strictObject({
      incident: z.array(labelName),
      bug: z.array(labelName),
      feedback: z.array(labelName),
      'severity-prefix': z.string(),
    }),
    invite: z.strictObject({
      mode: z.enum(['participants', 'team', 'none']),
      team: z.union([z.literal(''), team]),
    }),
    facilitators: z.strictObject({
      users: z.array(login),
      teams: z.array(team),
    }),
    proposers: z.enum(['anyone', 'facilitators']),
    'max-action-items': z.number().int().min(1).max(20),
    meeting: z.strictObject({
      minutes: z.number().int().min(15).max(240),
    }),
    agenda: z.array(agendaItem).min(1),
    survey: z.array(surveyPrompt).min(1).max(10),
    'action-items': z.strictObject({
      labels: z.strictObject({
        base: labelName,
        'tag-prefix': z.string(),
        'priority-prefix': z.string(),
      }),
      'default-priority': priority,
      milestones: z.strictObject({
        strategy: z.enum(['monthly', 'fixed', 'none']),
        title: z.string().includes('{month}', { message: 'must contain {month}' }),
        'fixed-title': z.string(),
      }),
    }),
    project: z.strictObject({
      url: z.union([
        z.literal(''),
        z
          .string()
          .regex(
            /^https?:\/\/[^/]+\/(orgs|users)\/[^/]+\/projects\/\d+\/?$/,
            'must be a project URL like https://github.com/orgs/acme/projects/1',
          ),
      ]),
      fields: z.strictObject({
        status: z.string(),
        'status-value': z.string(),
        due: z.string(),
        priority: z.string(),
      }),
    }),
    publish: z.strictObject({
      mode: z.enum(['pull-request', 'commit', 'none']),
      path: z.string().includes('{tag}', { message: 'must contain {tag}' }),
      branch: z.string().min(1),
      'link-in-release': z.boolean(),
    }),
    'finalize-after-days': z.number().min(0).max(365),
    'remind-every-days': z.number().min(1).max(365),
    stakeholders: z.array(loginOrTeam),
    templates: z.strictObject({
      discussion: z.string(),
      retrospective: z.string(),
    }),
  })
  .superRefine((config, ctx) => {
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
  });

/** The config exactly as written in YAML (kebab-case keys). */
export type RawConfig = z.output<typeof configSchema>;
