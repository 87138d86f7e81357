/**
 * zod's JIT is off in every run (src/config/zod-setup.ts). zod reads the setting when a schema is built, so
 * every module that builds one must import the setup before zod: a module that did not would be built with
 * whatever order the bundle happened to evaluate.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { configSchema } from '../../src/config/config-schema.ts';
import { defaultRawPlan } from '../../src/config/default-plan.ts';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(join(dir, entry.name))
      : entry.name.endsWith('.ts')
        ? [join(dir, entry.name)]
        : [],
  );
}

describe('zod set-up', () => {
  it('every module that imports zod imports the set-up first', () => {
    const importers = sourceFiles('src').filter((file) => /from 'zod'/.test(readFileSync(file, 'utf8')));
    expect(importers.length).toBeGreaterThan(3);
    const late = importers.filter((file) => {
      const text = readFileSync(file, 'utf8');
      const setup = text.search(/^import '[./]*(config\/)?zod-setup\.ts';$/m);
      const zod = text.search(/^import .* from 'zod';$/m);
      return relative('src', file) !== join('config', 'zod-setup.ts') && (setup < 0 || setup > zod);
    });
    expect(late).toEqual([]);
  });

  it('schemas are built without the JIT', () => {
    expect(configSchema).toBeDefined();
    expect(z.config().jitless).toBe(true);
  });

  it('the default plan is parsed once and cannot be changed by a caller', () => {
    const plan = defaultRawPlan() as Record<string, unknown>;
    expect(defaultRawPlan()).toBe(plan);
    expect(() => {
      plan['discussion-category'] = 'Other';
    }).toThrow(TypeError);
    expect(Object.isFrozen(plan.survey)).toBe(true);
  });
});
