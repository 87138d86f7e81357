/**
 * Turns zod issues into messages a user can act on: the file, the key path, the bad value,
 * what is allowed, and for a typo'd key the nearest known key.
 */
import { closest, distance } from 'fastest-levenshtein';
import { z } from 'zod';

export class ConfigError extends Error {
  override name = 'ConfigError';
}

type PathSegment = PropertyKey;

export function formatPath(path: readonly PathSegment[]): string {
  return path.reduce<string>((out, segment) => {
    if (typeof segment === 'number') return `${out}[${segment}]`;
    return out ? `${out}.${String(segment)}` : String(segment);
  }, '');
}

function valueAt(input: unknown, path: readonly PathSegment[]): unknown {
  let current: unknown = input;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[segment];
  }
  return current;
}

/** Walks a schema along a path, through wrappers, to find the object whose keys were rejected. */
function schemaAt(schema: z.ZodType, path: readonly PathSegment[]): z.ZodType | undefined {
  let current: z.ZodType | undefined = schema;
  for (const segment of [...path, null]) {
    while (current) {
      const def = (current as { def?: { type?: string; innerType?: z.ZodType; in?: z.ZodType } }).def;
      if (
        def?.type === 'optional' ||
        def?.type === 'default' ||
        def?.type === 'nullable' ||
        def?.type === 'prefault'
      ) {
        current = def.innerType;
      } else if (def?.type === 'pipe') {
        current = def.in;
      } else break;
    }
    if (segment === null || !current) return current;
    if (current instanceof z.ZodObject) current = current.shape[String(segment)] as z.ZodType | undefined;
    else if (current instanceof z.ZodArray) current = current.element as z.ZodType;
    else return undefined;
  }
  return current;
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

function explain(issue: z.core.$ZodIssue, schema: z.ZodType, input: unknown): string {
  const where = formatPath(issue.path) || '(top level)';
  if (issue.code === 'unrecognized_keys') {
    const known = schemaAt(schema, issue.path);
    const names = known instanceof z.ZodObject ? Object.keys(known.shape) : [];
    return issue.keys
      .map((key) => {
        const fullKey = formatPath([...issue.path, key]);
        const nearest = names.length ? closest(key, names) : undefined;
        const hint =
          nearest && distance(key, nearest) <= Math.max(2, Math.floor(key.length / 3))
            ? ` Did you mean "${nearest}"?`
            : names.length
              ? ` Known keys here: ${names.join(', ')}.`
              : '';
        return `unknown key "${fullKey}".${hint}`;
      })
      .join('\n');
  }
  const value = valueAt(input, issue.path);
  if (issue.code === 'invalid_value') {
    return `"${where}" is ${describe(value)}; allowed: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}.`;
  }
  if (issue.code === 'invalid_type') {
    return `"${where}" should be ${issue.expected}, but is ${describe(value)}.`;
  }
  if (issue.code === 'invalid_union') {
    return `"${where}" is ${describe(value)}, which is not allowed here.`;
  }
  return `"${where}" ${issue.message.replace(/^Invalid string: /, '')} (got ${describe(value)}).`;
}

/** Every problem at once, so a user fixes the file in one go. */
export function configErrorFrom(
  error: z.ZodError,
  schema: z.ZodType,
  input: unknown,
  source: string,
): ConfigError {
  const lines = error.issues.map((issue) => `  - ${explain(issue, schema, input)}`);
  return new ConfigError(`Invalid configuration in ${source}:\n${lines.join('\n')}`);
}
