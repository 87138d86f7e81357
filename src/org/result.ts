/**
 * One repository's result for the organisation report: its retrospectives (every release line's), their DORA
 * metrics as recorded when each opened, and every committed action item with where its issue stands now.
 * A matrix job writes it (`result-file`); the `report` run reads them all. The schema checks what it reads:
 * a result file is an artifact another job wrote, so it is input like any other.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import '../config/zod-setup.ts';
import * as z from 'zod';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date like 2026-05-01');

export const itemResultSchema = z.strictObject({
  id: z.string(),
  title: z.string(),
  owner: z.string().nullable(),
  due: day.nullable(),
  issueUrl: z.string().nullable(),
  /** untracked: decided but never turned into an issue. */
  state: z.enum(['open', 'closed', 'untracked']),
  closedAt: z.string().nullable(),
});
export type ItemResult = z.infer<typeof itemResultSchema>;

export const retroResultSchema = z.strictObject({
  tag: z.string(),
  url: z.string(),
  status: z.enum(['open', 'finalized']),
  openedAt: z.string(),
  metrics: z.record(z.string(), z.number()),
  items: z.array(itemResultSchema),
});
export type RetroResult = z.infer<typeof retroResultSchema>;

export const repositoryResultSchema = z.strictObject({
  version: z.literal(1),
  repository: z.string().regex(/^[\w.-]+\/[\w.-]+$/, 'must be owner/name'),
  team: z.string(),
  generatedAt: z.string(),
  retrospectives: z.array(retroResultSchema),
});
export type RepositoryResult = z.infer<typeof repositoryResultSchema>;

export function writeRepositoryResult(path: string, result: RepositoryResult): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(repositoryResultSchema.parse(result), null, 2)}\n`);
}
