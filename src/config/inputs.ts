/**
 * The action's inputs, one zod schema. A test keeps these keys, action.yml and the README table in step.
 * Inputs arrive as strings (an unset input is ""), so each schema parses text deliberately:
 * no `=== 'true'`, no parseInt with NaN as a silent default.
 */
import './zod-setup.ts';
import * as z from 'zod';
import { configErrorFrom } from './errors.ts';
import { DEFAULT_CONFIG_PATH } from './read-config.ts';
import { MODES, REPOSITORY_INPUT } from './start-inputs.ts';

const optionalText = z.string().transform((value) => value.trim() || undefined);

const booleanText = z
  .string()
  .refine((value) => ['', 'true', 'false'].includes(value.trim().toLowerCase()), 'must be true or false')
  .transform((value) => value.trim().toLowerCase() === 'true');

const hoursText = z
  .string()
  .trim()
  .refine((value) => value === '' || /^\d+(\.\d+)?$/.test(value), 'must be a number of hours, like 48')
  .transform((value) => (value === '' ? undefined : Number(value)));

export const inputSchema = z.strictObject({
  'github-token': z.string().trim().min(1, 'is required: pass the github.token expression or a token secret'),
  'project-token': optionalText,
  'config-path': z
    .string()
    .trim()
    .transform((value) => value || DEFAULT_CONFIG_PATH),
  mode: z
    .string()
    .trim()
    .transform((value) => value || 'auto')
    .pipe(z.enum(MODES, { message: `must be one of: ${MODES.join(', ')}` })),
  tag: optionalText,
  line: optionalText,
  'result-file': optionalText,
  team: optionalText,
  results: optionalText,
  repository: z
    .string()
    .trim()
    .refine((value) => value === '' || REPOSITORY_INPUT.test(value), 'must look like owner/name')
    .transform((value) => value || undefined),
  'dry-run': booleanText,
  'maturity-hours': hoursText,
  'discussion-category': optionalText,
  'project-url': z
    .string()
    .trim()
    .refine(
      (value) => value === '' || /^https?:\/\/[^/]+\/(orgs|users)\/[^/]+\/projects\/\d+\/?$/.test(value),
      'must be a project URL like https://github.com/orgs/acme/projects/1',
    )
    .transform((value) => value || undefined),
  monitoring: optionalText,
});

export type Inputs = z.output<typeof inputSchema>;
export const INPUT_NAMES = Object.keys(inputSchema.shape) as (keyof typeof inputSchema.shape)[];

export function parseInputs(read: (name: string) => string): Inputs {
  const raw = Object.fromEntries(INPUT_NAMES.map((name) => [name, read(name)]));
  const parsed = inputSchema.safeParse(raw);
  if (!parsed.success) {
    // Never echo the token back, even when it is the bad value.
    const redacted = { ...raw, 'github-token': raw['github-token'] ? '***' : '', 'project-token': '***' };
    throw configErrorFrom(parsed.error, inputSchema, redacted, 'the action inputs');
  }
  return parsed.data;
}
