/**
 * Turns zod issues into messages a user can act on: the file, the key path, the bad value,
 * what is allowed, and for a typo'd key the nearest known key.
 */
import { closest, distance } from 'fastest-levenshtein';
import './zod-setup.ts';
import * as z from 'zod';
import { ConfigError } from './config-error.ts';

/** Finds the line and column of a key path (and of an unknown key under it) in the file being checked. */
export type Locate = (path: readonly PropertyKey[], unknownKey?: string) => { line: number; column: number };

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

interface Explained {
  message: string;
  path: readonly PathSegment[];
  unknownKey?: string;
}

function explain(issue: z.core.$ZodIssue, schema: z.ZodType, input: unknown): Explained[] {
  const where = formatPath(issue.path) || '(top level)';
  const at = (message: string): Explained[] => [{ message, path: issue.path }];
  if (issue.code === 'unrecognized_keys') {
    const known = schemaAt(schema, issue.path);
    const names = known instanceof z.ZodObject ? Object.keys(known.shape) : [];
    return issue.keys.map((key) => {
      const fullKey = formatPath([...issue.path, key]);
      const nearest = names.length ? closest(key, names) : undefined;
      const hint =
        nearest && distance(key, nearest) <= Math.max(2, Math.floor(key.length / 3))
          ? ` Did you mean "${nearest}"?`
          : names.length
            ? ` Known keys here: ${names.join(', ')}.`
            : '';
      return { message: `unknown key "${fullKey}".${hint}`, path: issue.path, unknownKey: key };
    });
  }
  const value = valueAt(input, issue.path);
  if (issue.code === 'invalid_value') {
    return at(
      `"${where}" is ${describe(value)}; allowed: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}.`,
    );
  }
  if (issue.code === 'invalid_type') {
    return at(`"${where}" should be ${issue.expected}, but is ${describe(value)}.`);
  }
  if (issue.code === 'invalid_union') {
    return at(`"${where}" is ${describe(value)}, which is not allowed here.`);
  }
  return at(`"${where}" ${issue.message.replace(/^Invalid string: /, '')} (got ${describe(value)}).`);
}

/** One readable line per problem: the key path, the bad value, what is allowed. */
export function explainIssues(error: z.ZodError, schema: z.ZodType, input: unknown): string[] {
  return error.issues.flatMap((issue) => explain(issue, schema, input)).map((e) => e.message);
}

/**
 * Every problem at once, so a user fixes the file in one go. With `locate`, each says its line and column
 * and the error carries them as problems, for annotations on the file.
 */
export function configErrorFrom(
  error: z.ZodError,
  schema: z.ZodType,
  input: unknown,
  source: string,
  locate?: Locate,
): ConfigError {
  const explained = error.issues.flatMap((issue) => explain(issue, schema, input));
  const problems = locate
    ? explained.map((e) => ({ message: e.message, file: source, ...locate(e.path, e.unknownKey) }))
    : [];
  const lines = explained.map((e, i) => {
    const where = problems[i] ? ` (line ${problems[i].line}, column ${problems[i].column})` : '';
    return `  - ${e.message}${where}`;
  });
  return new ConfigError(`Invalid configuration in ${source}:\n${lines.join('\n')}`, problems);
}
