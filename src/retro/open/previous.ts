/**
 * The retrospective before this one: its action items and where they stand now (for the follow-up section),
 * and the metrics of earlier retrospectives (for the trend arrows).
 */
import type { ReleaseTrain } from '../../collect/types.ts';
import type { HistoryEntry } from '../../metrics/index.ts';
import type { MetricsSnapshot } from '../../metrics/types.ts';
import type { PreviousRetro } from '../../render/previous-items.ts';
import type { RetroContext } from '../context.ts';
import { findByTag, type RetroIndex, type Retrospective } from '../find.ts';
import { previousItemsStatus } from '../remind/index.ts';

function isOf(retro: Retrospective, train: ReleaseTrain): boolean {
  const tags = [train.release.tag, ...train.hotfixes.map((h) => h.tag)];
  return tags.includes(retro.state.tag) || retro.state.tags.some((t) => tags.includes(t));
}

/**
 * The previous retrospective: the one of the previous release's tag, or else the most recently opened
 * retrospective of another release opened before this one (a line whose previous release was skipped).
 */
export function previousRetro(index: RetroIndex, train: ReleaseTrain, now: Date): Retrospective | null {
  if (train.previous) {
    const byTag = findByTag(index, train.previous.tag);
    if (byTag && !isOf(byTag, train)) return byTag;
  }
  const earlier = index.retrospectives
    .filter((r) => !isOf(r, train) && Date.parse(r.state.openedAt) <= now.getTime())
    .sort((a, b) => Date.parse(b.state.openedAt) - Date.parse(a.state.openedAt));
  return earlier[0] ?? null;
}

/** Earlier retrospectives' metrics, oldest first, ending with the previous retrospective (trends compare to it). */
export function metricsHistory(
  index: RetroIndex,
  train: ReleaseTrain,
  previous: Retrospective | null,
): HistoryEntry[] {
  if (!previous) return [];
  const before = index.retrospectives
    .filter((r) => r !== previous && !isOf(r, train) && r.state.openedAt <= previous.state.openedAt)
    .sort((a, b) => Date.parse(a.state.openedAt) - Date.parse(b.state.openedAt));
  return [...before, previous].map((r) => ({
    tag: r.state.tag,
    metrics: r.state.metrics as MetricsSnapshot,
  }));
}

/**
 * The previous retrospective's committed items with the current state of their issues. The reading is the
 * remind stage's (one list call by the retro's tag label, a read only for an issue that lost its label), so
 * reminders and the next retrospective agree on what is overdue.
 */
export async function followUps(
  ctx: RetroContext,
  retro: Retrospective | null,
): Promise<PreviousRetro | null> {
  if (!retro) return null;
  return {
    tag: retro.state.tag,
    url: retro.discussion.url,
    number: retro.discussion.number,
    followUps: await previousItemsStatus(ctx, retro.state),
  };
}
