/**
 * Loads the configuration: the user's `.github/release-retro.yml` merged over the bundled default plan,
 * validated as a whole. Objects merge key by key; lists replace (a user's survey replaces ours whole).
 */
import { parse as parseYaml, YAMLParseError } from 'yaml';
import defaultPlanText from '../../templates/retrospective-plan.yaml';
import { type CamelDeep, camelDeep } from './casing.ts';
import { configSchema, type RawConfig } from './config-schema.ts';
import { ConfigError, configErrorFrom } from './errors.ts';

export type Config = CamelDeep<RawConfig>;

/** Values given as action inputs that override the file (inputs win: they are the most specific). */
export interface ConfigOverrides {
  maturityHours?: number;
  discussionCategory?: string;
  projectUrl?: string;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

export function deepMerge(base: unknown, override: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(override)) return override === undefined ? base : override;
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(override)) merged[key] = deepMerge(base[key], value);
  return merged;
}

export function parseYamlDocument(text: string, source: string): unknown {
  try {
    return parseYaml(text, { prettyErrors: true }) ?? {};
  } catch (error) {
    if (error instanceof YAMLParseError) {
      const where = error.linePos?.[0]
        ? ` at line ${error.linePos[0].line}, column ${error.linePos[0].col}`
        : '';
      throw new ConfigError(`${source} is not valid YAML${where}: ${error.message.split('\n')[0]}`);
    }
    throw error;
  }
}

export function defaultRawPlan(): unknown {
  return parseYamlDocument(defaultPlanText, 'templates/retrospective-plan.yaml');
}

/**
 * @param userText the user's config file text, or null when there is none.
 * @param source how to name the file in errors (its path in the repository).
 */
export function loadConfig(userText: string | null, source: string, overrides: ConfigOverrides = {}): Config {
  const user = userText === null ? {} : parseYamlDocument(userText, source);
  if (!isPlainObject(user)) {
    throw new ConfigError(`${source} must be a YAML mapping of keys to values, but is ${typeof user}.`);
  }
  const merged = deepMerge(defaultRawPlan(), user);
  const parsed = configSchema.safeParse(merged);
  if (!parsed.success) throw configErrorFrom(parsed.error, configSchema, merged, source);
  const config = camelDeep(parsed.data);
  if (overrides.maturityHours !== undefined) config.maturity.hours = overrides.maturityHours;
  if (overrides.discussionCategory) config.discussionCategory = overrides.discussionCategory;
  if (overrides.projectUrl) config.project.url = overrides.projectUrl;
  return config;
}
