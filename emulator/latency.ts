/**
 * The emulator's latency model. A request costs a fixed part (the round trip and GitHub's per-request work)
 * plus a part per node it returns: GitHub's nested GraphQL pages of 100 pull requests take far longer than a
 * small REST call, and a page of 100 compare commits longer than a repository lookup. The same model prices
 * the critical path (emulator/bounds.ts), so measured wall time and the floor are in the same units.
 */
import { JsonText } from './http.ts';

export interface LatencyModel {
  fixedMs: number;
  perNodeMs: number;
}

/** Fixed, a range picked uniformly per request (the fixed part), or the fixed + per-node model. */
export type LatencyOption = number | { min: number; max: number } | LatencyModel;

export function isLatencyModel(option: LatencyOption): option is LatencyModel {
  return typeof option === 'object' && 'fixedMs' in option;
}

export function fixedPartMs(option: LatencyOption): number {
  if (typeof option === 'number') return option;
  if (isLatencyModel(option)) return option.fixedMs;
  return option.min + Math.random() * (option.max - option.min);
}

export function perNodeMs(option: LatencyOption): number {
  return isLatencyModel(option) ? option.perNodeMs : 0;
}

/** What one request costs under the model, for `nodes` nodes returned. */
export function requestCostMs(model: LatencyModel, nodes: number): number {
  return model.fixedMs + model.perNodeMs * nodes;
}

/**
 * How long an answer the emulator has computed still waits, `elapsedMs` after its request arrived. The model
 * prices the whole request, GitHub's own work included: the emulator's work, and its waiting behind the
 * requests it serves at the same time on its one thread, stand for GitHub's, so they count within the modelled
 * time rather than being added to it. An answer that took longer than the model is sent at once.
 */
export function remainingDelayMs(fixedMs: number, perNode: number, nodes: number, elapsedMs: number): number {
  return Math.max(0, fixedMs + perNode * nodes - elapsedMs);
}

/**
 * The nodes a response returns: the items of a REST list (an array, compare's `commits`, the runs list's
 * `workflow_runs`), or for GraphQL the nodes of every paged connection (one that returns `pageInfo`). Nested
 * lists without paging (labels, reviews of a pull request) ride along with their parent and are not counted:
 * the model prices pages, which both the client and the critical path can count.
 */
export function nodesReturned(body: unknown): number {
  if (body instanceof JsonText) return body.nodes;
  if (Array.isArray(body)) return body.length;
  if (!body || typeof body !== 'object') return 0;
  const record = body as Record<string, unknown>;
  if (Array.isArray(record.workflow_runs)) return record.workflow_runs.length;
  if (Array.isArray(record.commits) && 'total_commits' in record) return record.commits.length;
  if ('data' in record) return pagedNodes(record.data);
  return 0;
}

function pagedNodes(value: unknown): number {
  // Loops rather than reduce and Object.values: this walks every object of every GraphQL answer (4,000 commits
  // of history windows, 100 pull requests with their reviews), on the emulator's one thread.
  if (value === null || typeof value !== 'object') return 0;
  let sum = 0;
  if (Array.isArray(value)) {
    for (const item of value) sum += pagedNodes(item);
    return sum;
  }
  const record = value as Record<string, unknown>;
  if ('pageInfo' in record) {
    const items = Array.isArray(record.nodes)
      ? record.nodes
      : Array.isArray(record.edges)
        ? record.edges
        : [];
    sum += items.length;
  }
  for (const key in record) sum += pagedNodes(record[key]);
  return sum;
}
