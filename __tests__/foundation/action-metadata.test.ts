/** action.yml, the input schema, the outputs the code sets, the README tables and the example workflow agree. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { INPUT_NAMES } from '../../src/config/inputs.ts';
import { OUTPUT_NAMES } from '../../src/retro/context.ts';

interface ActionYml {
  runs: { using: string; main: string };
  inputs: Record<string, { default?: string; description: string }>;
  outputs: Record<string, { description: string }>;
}

const action = parse(readFileSync('action.yml', 'utf8')) as ActionYml;
const readme = readFileSync('README.md', 'utf8');

/** Rows of the README table under a heading: first cell (unquoted) -> second cell. */
function tableUnder(heading: string): Map<string, string> {
  const section = readme.split(`## ${heading}\n`)[1]?.split('\n## ')[0] ?? '';
  const rows = section.split('\n').filter((line) => /^\| `/.test(line));
  return new Map(
    rows.map((row) => {
      // Cells never contain a pipe in these two tables, so a plain split is exact.
      const cells = row
        .split('|')
        .slice(1, -1)
        .map((c) => c.trim());
      return [(cells[0] ?? '').replaceAll('`', ''), (cells[1] ?? '').replaceAll('`', '')];
    }),
  );
}

describe('action metadata', () => {
  it('runs the bundle on node24', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  });

  it('lists exactly the inputs the schema parses', () => {
    expect(Object.keys(action.inputs).sort()).toEqual([...INPUT_NAMES].sort());
  });

  it('lists exactly the outputs the code sets', () => {
    expect(Object.keys(action.outputs).sort()).toEqual([...OUTPUT_NAMES].sort());
  });

  it('keeps the README inputs table in step with action.yml, defaults included', () => {
    const table = tableUnder('Inputs');
    expect([...table.keys()].sort()).toEqual(Object.keys(action.inputs).sort());
    for (const [name, input] of Object.entries(action.inputs)) {
      expect(table.get(name), `default of ${name}`).toBe(input.default ?? '');
    }
  });

  it('keeps the README outputs table in step with action.yml', () => {
    expect([...tableUnder('Outputs').keys()].sort()).toEqual(Object.keys(action.outputs).sort());
  });

  it('shows the same workflow in the README as in examples/workflows/release-retro.yml', () => {
    const block = readme.split('## Install')[1]?.split('```yaml\n')[1]?.split('```')[0] ?? '';
    const example = parse(readFileSync('examples/workflows/release-retro.yml', 'utf8'));
    expect(parse(block)).toEqual(example);
    expect(example.concurrency['cancel-in-progress']).toBe(false);
    expect(example.permissions.discussions).toBe('write');
  });
});
