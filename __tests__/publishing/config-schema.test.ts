/**
 * Help in the editor: the JSON Schema compiles in ajv's strict mode, documents every key (description, default,
 * examples that validate), sits at the versioned URL the docs' modeline names, and agrees with
 * docs/configuration.md; every configuration example in the docs is a valid configuration.
 */
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { configReference, withReference } from '../../src/config/config-reference.ts';
import { configJsonSchema, type JsonSchema, SCHEMA_URL } from '../../src/config/json-schema.ts';
import { loadConfig } from '../../src/config/load.ts';
import { docSnippets } from '../docs-snippets.ts';

const schema = configJsonSchema();

/** Every property schema with its dotted path, list items' properties included (`agenda[].id`). */
function properties(node: JsonSchema, prefix = ''): [string, JsonSchema][] {
  const own = Object.entries(node.properties ?? {}).flatMap(([key, child]): [string, JsonSchema][] => {
    const path = prefix ? `${prefix}.${key}` : key;
    return [[path, child], ...properties(child, path)];
  });
  return node.items ? [...own, ...properties(node.items, `${prefix}[]`)] : own;
}

const WORKFLOW_KEYS = ['on', 'jobs', 'permissions', 'name', 'concurrency'];
/** Snippets that are a configuration file (not a workflow, a step list or a permissions block). */
const configSnippets = docSnippets()
  .map((snippet) => ({ snippet, value: parse(snippet.text) as unknown }))
  .filter(
    ({ value }) =>
      value === null ||
      (typeof value === 'object' && !Array.isArray(value) && !WORKFLOW_KEYS.some((key) => key in value)),
  );

describe('the configuration JSON Schema', () => {
  it('compiles in ajv strict mode', () => {
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    expect(() => ajv.compile(schema)).not.toThrow();
  });

  it('describes every property, with a default for every key of the file and examples for every value', () => {
    const all = properties(schema);
    expect(all.length).toBeGreaterThan(50);
    expect(
      all.filter(([, s]) => typeof s.description !== 'string' || !s.description).map(([p]) => p),
    ).toEqual([]);
    const inFile = all.filter(([path]) => !path.includes('[]'));
    expect(inFile.filter(([, s]) => !('default' in s)).map(([p]) => p)).toEqual([]);
    const values = all.filter(([, s]) => s.type !== 'object' && !(s.type === 'array' && s.items?.properties));
    expect(
      values.filter(([, s]) => !Array.isArray(s.examples) || s.examples.length === 0).map(([p]) => p),
    ).toEqual([]);
  });

  it('accepts its own defaults and examples', () => {
    const ajv = new Ajv2020({ strict: true });
    for (const [path, property] of properties(schema)) {
      const { default: fallback, examples, ...rest } = property;
      const validate = ajv.compile(rest);
      for (const value of [...(path.includes('[]') ? [] : [fallback]), ...((examples as unknown[]) ?? [])]) {
        expect(validate(value), `${path}: ${JSON.stringify(value)}`).toBe(true);
      }
    }
  });

  it('lives at a versioned URL, and the docs modeline points there', () => {
    expect(SCHEMA_URL).toBe(
      'https://raw.githubusercontent.com/release-retro/release-retro/v0/schema/release-retro.schema.json',
    );
    expect(schema.$id).toBe(SCHEMA_URL);
    const modelines = docSnippets().flatMap((s) => [
      ...s.text.matchAll(/yaml-language-server: \$schema=(\S+)/g),
    ]);
    expect(modelines.map((m) => m[1])).toEqual([SCHEMA_URL]);
  });

  it('is the source of the reference table in docs/configuration.md (npm run schema)', () => {
    const doc = readFileSync('docs/configuration.md', 'utf8');
    expect(withReference(doc, configReference(schema))).toBe(doc);
  });
});

describe('configuration examples in the docs', () => {
  it('are found (the configuration reference, the guide)', () => {
    const files = new Set(configSnippets.map(({ snippet }) => snippet.file));
    expect(files).toContain('docs/configuration.md');
    expect(files).toContain('docs/retrospective-guide.md');
  });

  it.each(
    configSnippets.map(({ snippet, value }) => [`${snippet.file}:${snippet.line}`, snippet.text, value]),
  )('%s is a valid configuration for the action and the editor', (_where, text, value) => {
    expect(() => loadConfig(text as string, 'example.yml')).not.toThrow();
    const validate = new Ajv2020({ strict: true }).compile(schema);
    expect(validate(value ?? {}), JSON.stringify(validate.errors)).toBe(true);
  });
});
