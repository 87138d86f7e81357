/**
 * docs/metrics.md's worked example is what the code prints: each row of its table is computed here from the
 * same facts (the fixture the metric unit tests use) and compared cell by cell.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { computeMetrics } from '../../src/metrics/index.ts';
import type { MetricKey } from '../../src/metrics/types.ts';
import { bandCell, windowCell } from '../../src/render/data-summary.ts';
import { releaseData } from './fixture.ts';

function exampleRows(): string[][] {
  const doc = readFileSync('docs/metrics.md', 'utf8');
  const section = doc.split('\n## Worked example\n')[1]?.split('\n## ')[0] ?? '';
  return section
    .split('\n')
    .filter((line) => line.startsWith('| ') && !line.startsWith('| metric') && !line.startsWith('| ---'))
    .map((line) =>
      line
        .slice(2, -2)
        .split(' | ')
        .map((cell) => cell.trim()),
    );
}

describe('docs/metrics.md worked example', () => {
  it('shows exactly what the code computes from the fixture', () => {
    const metrics = computeMetrics(releaseData());
    const keys: MetricKey[] = [
      'deploymentFrequency',
      'leadTime',
      'changeFailureRate',
      'timeToRestore',
      'bugInflow',
    ];
    const printed = keys.map((key) => {
      const m = metrics[key];
      if (!m.measured) throw new Error(`${key} not measured`);
      return [m.name, `\`${m.display}\``, windowCell(m.window), bandCell(m)];
    });
    expect(exampleRows()).toEqual(printed);
  });
});
