/**
 * Loads the configuration: the user's `.github/release-retro.yml` merged over the bundled default plan,
 * validated as a whole. Objects merge key by key; lists replace (a user's survey replaces ours whole).
 */
import { type CamelDeep, camelDeep } from './casing.ts';
import { ConfigError } from './config-error.ts';
import { configSchema, type RawConfig } from './config-schema.ts';
import { defaultRawPlan } from './default-plan.ts';
import { configErrorFrom } from './errors.ts';
import { locate, type ParsedYaml, parseYamlWithPositions } from './position.ts';

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

/** Parses YAML text, or throws a ConfigError that names the file, line and column of the first syntax error. */
export function parseYamlDocument(text: string, source: string): { value: unknown; parsed: ParsedYaml } {
  const parsed = parseYamlWithPositions(text);
  const syntaxError = parsed.document.errors[0];
  if (syntaxError) {
    const [line, column] = syntaxError.linePos?.[0]
      ? [syntaxError.linePos[0].line, syntaxError.linePos[0].col]
      : [1, 1];
    const message = `${source} is not valid YAML at line ${line}, column ${column}: ${syntaxError.message.split('\n')[0]}`;
    throw new ConfigError(message, [{ message, file: source, line, column }]);
  }
  return { value: parsed.document.toJS() ?? {}, parsed };
}

/**
 * @param userText the user's config file text, or null when there is none.
 * @param source how to name the file in errors (its path in the repository).
 */
export function loadConfig(userText: string | null, source: string, overrides: ConfigOverrides = {}): Config {
  const file = userText === null ? null : parseYamlDocument(userText, source);
  const user = file?.value ?? {};
  if (!isPlainObject(user)) {
    const message = `${source} must be a YAML mapping of keys to values, but is ${Array.isArray(user) ? 'a list' : typeof user}.`;
    throw new ConfigError(message, [{ message, file: source, line: 1, column: 1 }]);
  }
  const merged = deepMerge(defaultRawPlan(), user);
  const parsed = configSchema.safeParse(merged);
  if (!parsed.success) {
    const where = file
      ? (path: readonly PropertyKey[], key?: string) => locate(file.parsed, path, key)
      : undefined;
    throw configErrorFrom(parsed.error, configSchema, merged, source, where);
  }
  const config = camelDeep(parsed.data);
  if (overrides.maturityHours !== undefined) config.maturity.hours = overrides.maturityHours;
  if (overrides.discussionCategory) config.discussionCategory = overrides.discussionCategory;
  if (overrides.projectUrl) config.project.url = overrides.projectUrl;
  return config;
}

/**
 * The configuration of every release line the file describes: one config when `lines` is empty, else one per
 * entry of `lines`, each entry merged over the rest of the file (so shared keys are written once).
 * Each line must be named, and no two lines may share a name or a tag pattern.
 */
export function loadLineConfigs(
  userText: string | null,
  source: string,
  overrides: ConfigOverrides = {},
): Config[] {
  const whole = loadConfig(userText, source, overrides);
  if (whole.lines.length === 0) return [whole];
  const file = parseYamlDocument(userText ?? '', source);
  const { lines, ...shared } = deepMerge(defaultRawPlan(), file.value) as Record<string, unknown>;
  const configs = (lines as unknown[]).map((entry, i) => {
    const merged = { ...(deepMerge(shared, entry) as object), lines: [] };
    const parsed = configSchema.safeParse(merged);
    if (!parsed.success) {
      // A key the entry sets is found in the entry; one it inherits, at the top of the file.
      const where = (path: readonly PropertyKey[], key?: string) =>
        locate(file.parsed, ['lines', i, ...path], key);
      throw configErrorFrom(parsed.error, configSchema, merged, `${source} (lines[${i}])`, where);
    }
    const config = camelDeep(parsed.data);
    if (overrides.maturityHours !== undefined) config.maturity.hours = overrides.maturityHours;
    if (overrides.discussionCategory) config.discussionCategory = overrides.discussionCategory;
    if (overrides.projectUrl) config.project.url = overrides.projectUrl;
    // A line with a board of its own needs no field telling the lines apart (unless it asks for one).
    const own = (entry as { project?: { url?: unknown; fields?: { line?: unknown } } } | null)?.project;
    if (typeof own?.url === 'string' && own.url && own.fields?.line === undefined)
      config.project.fields.line = '';
    return config;
  });
  const names = new Set<string>();
  const patterns = new Set<string>();
  configs.forEach((config, i) => {
    const where = `${source}: lines[${i}]`;
    if (!config.line.name)
      throw new ConfigError(`${where}: line.name is required for each of several lines.`);
    if (names.has(config.line.name))
      throw new ConfigError(`${where}: line.name "${config.line.name}" is used by an earlier line.`);
    if (patterns.has(config.releases.tagPattern))
      throw new ConfigError(
        `${where}: releases.tag-pattern "${config.releases.tagPattern}" is used by an earlier line; each line needs its own tags.`,
      );
    names.add(config.line.name);
    patterns.add(config.releases.tagPattern);
  });
  return configs;
}
