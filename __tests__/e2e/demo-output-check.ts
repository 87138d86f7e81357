/**
 * A screenshot-free look at what a reader of the demo sees: every metric table row has a unit on its figure,
 * no metric appears twice in one table, and the story paragraph names the incident, the hotfix and the
 * rollback. (Every chart is parsed by the caller with Mermaid's parser.)
 */
import { expect } from 'vitest';

/** The rows of every markdown table whose header starts with `| Metric |`. */
export function metricTables(markdown: string): string[][][] {
  const tables: string[][][] = [];
  let current: string[][] | null = null;
  for (const line of markdown.split('\n')) {
    if (line.startsWith('| Metric |')) current = [];
    else if ((current && line.startsWith('| ---')) || (current && line.startsWith('| :---'))) continue;
    else if (current && line.startsWith('| ')) current.push(line.slice(2, -2).split(' | '));
    else if (current) {
      tables.push(current);
      current = null;
    }
  }
  if (current) tables.push(current);
  return tables;
}

/** A figure with its unit: a duration, a rate, a percentage, or a count "in" a period. */
const WITH_UNIT = /(\d (min|h|d)\b|\/ (day|week)|%|—|not measured)/;

export function expectReadableData(markdown: string, story: string): void {
  const tables = metricTables(markdown);
  expect(tables.length).toBeGreaterThan(0);
  for (const rows of tables) {
    const names = rows.map((r) => r[0]);
    expect(new Set(names).size, `duplicated metric rows: ${names.join(', ')}`).toBe(names.length);
    for (const row of rows) {
      for (const figure of row.slice(1, 3)) {
        if (
          /\d/.test(figure ?? '') &&
          !/release cycle|observation period|band period|build window/.test(figure ?? '')
        )
          expect(figure, `${row[0]}: a figure without a unit`).toMatch(WITH_UNIT);
      }
    }
  }
  expect(story).toMatch(/Incident \[#\d+ /);
  expect(story).toMatch(/Hotfix \[v1\.4\.1\]/);
  expect(story).toMatch(/rolled back\]\([^)]*\) to v1\.3\.0/);
}
