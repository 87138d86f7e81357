/**
 * Reads the `monitoring` input's file from the workspace. A file that is missing, not JSON/YAML or not valid
 * against the schema becomes an `unavailable` section whose reason names the file and every bad key path:
 * the retrospective still opens with everything GitHub gave, and the data review says what to fix.
 */
import { readFile } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import { parse } from 'yaml';
import type { Section } from '../collect/types.ts';
import { explainIssues } from '../config/errors.ts';
import { type MonitoringData, monitoringSchema } from './schema.ts';

const HINT =
  'Fix the file written by the monitoring step (its format is schema/monitoring.schema.json, described in docs/retrospective-guide.md).';

function unavailable(reason: string): Section<MonitoringData> {
  return { status: 'unavailable', reason, hint: HINT };
}

/** Validates already-parsed monitoring data; `source` names the file in messages. */
export function parseMonitoring(raw: unknown, source: string): Section<MonitoringData> {
  const parsed = monitoringSchema.safeParse(raw);
  if (parsed.success) return { status: 'ok', data: parsed.data };
  const problems = explainIssues(parsed.error, monitoringSchema, raw);
  return unavailable(`${source} is not valid monitoring data: ${problems.join(' ')}`);
}

export async function readMonitoring(path: string, workspace: string): Promise<Section<MonitoringData>> {
  const full = isAbsolute(path) ? path : resolve(workspace, path);
  let text: string;
  try {
    text = await readFile(full, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return unavailable(
      code === 'ENOENT'
        ? `The monitoring file ${path} does not exist in the workspace: did the step that writes it run before this one?`
        : `The monitoring file ${path} could not be read (${code ?? String(error)}).`,
    );
  }
  let raw: unknown;
  try {
    // YAML 1.2 is a superset of JSON, so one parser reads both.
    raw = parse(text, { prettyErrors: true, uniqueKeys: true });
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return unavailable(`${path} is neither valid JSON nor YAML: ${message}`);
  }
  return parseMonitoring(raw, path);
}
