/**
 * The organisation report's figures, from the repositories' results: follow-through of action items (done by
 * their due date, done late, open, overdue) by repository and by team, the DORA keys of each repository's last
 * retrospective with the trend against the one before, and the oldest overdue items with their owners. Pure.
 */
import { snapshotValue } from '../metrics/index.ts';
import type { ItemResult, RepositoryResult } from './result.ts';

export type ItemOutcome = 'on-time' | 'late' | 'open' | 'overdue';

export interface FollowThrough {
  onTime: number;
  late: number;
  open: number;
  overdue: number;
  total: number;
}

export interface DoraRow {
  repository: string;
  team: string;
  tag: string;
  url: string;
  /**
   * Metric key -> value in its canonical unit (`CANONICAL_UNITS`: hours, per week, percent) and the value at the
   * retrospective before (null: none, or a unit that cannot be known). `unrecorded` is a deployment frequency
   * from a snapshot written before units were stored (per day or per week, depending on its size then): shown as
   * it was recorded, never converted or compared.
   */
  metrics: Record<DoraKey, { value: number | null; previous: number | null; unrecorded?: number }>;
}

export const DORA_KEYS = ['deploymentFrequency', 'leadTime', 'changeFailureRate', 'timeToRestore'] as const;
export type DoraKey = (typeof DORA_KEYS)[number];

/** A metric in its canonical unit from a stored snapshot (unit-named key, or a legacy key whose unit is known). */
const canonicalValue = (metrics: Record<string, number>, key: DoraKey): number | null =>
  snapshotValue(metrics, key) ?? null;

/** A legacy value whose unit was not recorded (deployment frequency only), or null. */
const unrecordedOf = (metrics: Record<string, number>, key: DoraKey): number | null =>
  snapshotValue(metrics, key) === undefined && typeof metrics[key] === 'number'
    ? (metrics[key] as number)
    : null;

export interface OverdueItem {
  repository: string;
  team: string;
  tag: string;
  id: string;
  title: string;
  owner: string | null;
  due: string;
  daysOverdue: number;
  url: string | null;
}

export interface OrgReport {
  generatedAt: string;
  repositories: number;
  retrospectives: number;
  total: FollowThrough;
  byTeam: [string, FollowThrough][];
  byRepository: [string, FollowThrough & { team: string }][];
  dora: DoraRow[];
  oldestOverdue: OverdueItem[];
}

const DAY_MS = 86_400_000;
const endOfDay = (day: string) => Date.parse(`${day}T23:59:59.999Z`);

/** Done on time: closed by the end of its due day (UTC). An item without a due date is never late or overdue. */
export function outcomeOf(item: ItemResult, now: Date): ItemOutcome {
  if (item.state === 'closed') {
    if (!item.due || !item.closedAt) return 'on-time';
    return Date.parse(item.closedAt) <= endOfDay(item.due) ? 'on-time' : 'late';
  }
  return item.due && endOfDay(item.due) < now.getTime() ? 'overdue' : 'open';
}

function empty(): FollowThrough {
  return { onTime: 0, late: 0, open: 0, overdue: 0, total: 0 };
}

function add(into: FollowThrough, outcome: ItemOutcome): void {
  const key = ({ 'on-time': 'onTime', late: 'late', open: 'open', overdue: 'overdue' } as const)[outcome];
  into[key] += 1;
  into.total += 1;
}

export function buildReport(results: readonly RepositoryResult[], now: Date, oldest = 10): OrgReport {
  const total = empty();
  const teams = new Map<string, FollowThrough>();
  const repos = new Map<string, FollowThrough & { team: string }>();
  const overdue: OverdueItem[] = [];
  const dora: DoraRow[] = [];
  const sorted = [...results].sort((a, b) => a.repository.localeCompare(b.repository));
  for (const result of sorted) {
    const team = result.team || '(no team)';
    const repo = repos.get(result.repository) ?? { ...empty(), team };
    repos.set(result.repository, repo);
    const teamFigures = teams.get(team) ?? empty();
    teams.set(team, teamFigures);
    for (const retro of result.retrospectives) {
      for (const item of retro.items) {
        const outcome = outcomeOf(item, now);
        for (const figures of [total, repo, teamFigures]) add(figures, outcome);
        if (outcome === 'overdue' && item.due) {
          overdue.push({
            repository: result.repository,
            team,
            tag: retro.tag,
            id: item.id,
            title: item.title,
            owner: item.owner,
            due: item.due,
            daysOverdue: Math.floor((now.getTime() - endOfDay(item.due)) / DAY_MS) + 1,
            url: item.issueUrl,
          });
        }
      }
    }
    const measured = [...result.retrospectives]
      .filter((r) =>
        DORA_KEYS.some((k) => canonicalValue(r.metrics, k) !== null || unrecordedOf(r.metrics, k) !== null),
      )
      .sort((a, b) => a.openedAt.localeCompare(b.openedAt));
    const last = measured.at(-1);
    const before = measured.at(-2);
    if (last) {
      dora.push({
        repository: result.repository,
        team,
        tag: last.tag,
        url: last.url,
        metrics: Object.fromEntries(
          DORA_KEYS.map((k) => {
            const unrecorded = unrecordedOf(last.metrics, k);
            const value = canonicalValue(last.metrics, k);
            return [
              k,
              {
                value,
                previous: value === null || !before ? null : canonicalValue(before.metrics, k),
                ...(unrecorded === null ? {} : { unrecorded }),
              },
            ];
          }),
        ) as DoraRow['metrics'],
      });
    }
  }
  overdue.sort(
    (a, b) =>
      a.due.localeCompare(b.due) || a.repository.localeCompare(b.repository) || a.id.localeCompare(b.id),
  );
  return {
    generatedAt: now.toISOString(),
    repositories: repos.size,
    retrospectives: sorted.reduce((n, r) => n + r.retrospectives.length, 0),
    total,
    byTeam: [...teams].sort((a, b) => a[0].localeCompare(b[0])),
    byRepository: [...repos],
    dora,
    oldestOverdue: overdue.slice(0, oldest),
  };
}
