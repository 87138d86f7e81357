/** Every configuration error names the line and column in the user's file, and carries them for annotations. */
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config/config-error.ts';
import { loadConfig } from '../../src/config/load.ts';

const FILE = '.github/release-retro.yml';

function problemsOf(text: string): { message: string; line: number; column: number }[] {
  try {
    loadConfig(text, FILE);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    expect(error.problems.every((p) => p.file === FILE)).toBe(true);
    for (const p of error.problems) expect(error.message).toContain(p.message);
    return error.problems.map(({ message, line, column }) => ({ message, line, column }));
  }
  throw new Error('expected a ConfigError');
}

describe('configuration error positions', () => {
  it('points an unknown key at the key', () => {
    expect(problemsOf('# retro\nmaturity:\n  hour: 24\n')).toEqual([
      { message: 'unknown key "maturity.hour". Did you mean "hours"?', line: 3, column: 3 },
    ]);
  });

  it('points a bad value at the value, and says where in the message', () => {
    const text = 'maturity:\n  hours: "48h"\n';
    expect(problemsOf(text)).toEqual([
      { message: '"maturity.hours" should be number, but is "48h".', line: 2, column: 10 },
    ]);
    expect(() => loadConfig(text, FILE)).toThrow('(line 2, column 10)');
  });

  it('finds values inside lists, in block and flow style', () => {
    const problems = problemsOf('survey:\n  - id: ok\n    title: A\n  - { id: Not Ok, title: B }\n');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ line: 4, column: 11 });
    expect(problems[0]?.message).toContain('"survey[1].id" must use only lowercase letters');
  });

  it('reports every problem at once, each at its place', () => {
    expect(problemsOf('proposers: everybody\nmax-action-items: 0\n').map((p) => [p.line, p.column])).toEqual([
      [1, 12],
      [2, 19],
    ]);
  });

  it('points a missing value at the nearest key the file has', () => {
    const problems = problemsOf('action-items:\n  milestones:\n    strategy: fixed\n');
    expect(problems).toEqual([
      {
        message: '"action-items.milestones.fixed-title" is required when strategy is "fixed" (got "").',
        line: 2,
        column: 3,
      },
    ]);
  });

  it('places a YAML syntax error', () => {
    const [problem] = problemsOf('maturity:\n  hours: [48\n');
    expect(problem?.message).toMatch(
      /^\.github\/release-retro\.yml is not valid YAML at line \d+, column \d+: /,
    );
    expect(problem?.line).toBeGreaterThanOrEqual(2);
  });

  it('places a file that is not a mapping at its start', () => {
    expect(problemsOf('- a\n- b\n')).toEqual([
      { message: `${FILE} must be a YAML mapping of keys to values, but is a list.`, line: 1, column: 1 },
    ]);
  });
});
