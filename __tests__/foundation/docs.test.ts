import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultRawPlan } from '../../src/config/default-plan.ts';

/** Key paths of the default plan down to leaves; lists are documented as a whole. */
function keyPaths(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keyPaths(child, prefix ? `${prefix}.${key}` : key));
}

describe('docs/configuration.md', () => {
  it('documents every key of the default plan', () => {
    const doc = readFileSync('docs/configuration.md', 'utf8');
    const missing = keyPaths(defaultRawPlan()).filter((path) => !doc.includes(`| \`${path}\` |`));
    expect(missing).toEqual([]);
  });
});
