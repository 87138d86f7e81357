/**
 * Milestones gateway (REST). Milestones carry the due dates of action items; the finalize stage lists them
 * once (open and closed) and creates a missing one only when an item needs it.
 */

import type { RepoRef } from '../domain/repo.ts';
import type { GitHub } from './client.ts';
import { explainPermission } from './errors.ts';
import { isAlreadyExists } from './labels.ts';
import type { WriteGateway } from './writes.ts';

export interface Milestone {
  number: number;
  title: string;
  state: 'open' | 'closed';
  /** As GitHub returns it, e.g. `2026-12-31T08:00:00Z` (midnight US Pacific of the due day). */
  dueOn: string | null;
  url: string;
}

interface RawMilestone {
  number: number;
  title: string;
  state: string;
  due_on: string | null;
  html_url: string;
}

const toMilestone = (m: RawMilestone): Milestone => ({
  number: m.number,
  title: m.title,
  state: m.state === 'closed' ? 'closed' : 'open',
  dueOn: m.due_on,
  url: m.html_url,
});

export async function listMilestones(github: GitHub, repo: RepoRef): Promise<Milestone[]> {
  const raw = (await github.paginate('GET /repos/{owner}/{repo}/milestones', {
    owner: repo.owner,
    repo: repo.name,
    state: 'all',
    per_page: 100,
  })) as unknown as RawMilestone[];
  return raw.map(toMilestone);
}

/**
 * The `due_on` to send for a due day. GitHub keeps only the date as seen in US Pacific time: a value at
 * midnight UTC (or up to 06:59Z) becomes the day before. Noon UTC is the same calendar day in every US zone.
 */
export function dueOnFor(day: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new Error(`dueOnFor: not a YYYY-MM-DD day: ${day}`);
  return `${day}T12:00:00Z`;
}

/** The due day (`YYYY-MM-DD`) GitHub means by a stored `due_on`, read back in US Pacific time. */
export function dueDayOf(dueOn: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'America/Los_Angeles',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(dueOn));
}

/**
 * Creates a milestone. A 422 "already_exists" (a concurrent run created it) is answered by listing again
 * and returning the one with that title.
 */
export async function createMilestone(
  github: GitHub,
  writes: WriteGateway,
  repo: RepoRef,
  input: { title: string; dueDay: string | null; description: string },
): Promise<Milestone> {
  const dueOn = input.dueDay ? dueOnFor(input.dueDay) : null;
  return writes.write(
    {
      action: 'create milestone',
      target: `${repo.owner}/${repo.name}`,
      summary: `"${input.title}"${dueOn ? ` due ${dueOn}` : ''}`,
    },
    async () => {
      try {
        const { data } = await github.request('POST /repos/{owner}/{repo}/milestones', {
          owner: repo.owner,
          repo: repo.name,
          title: input.title,
          description: input.description,
          ...(dueOn ? { due_on: dueOn } : {}),
        });
        return toMilestone(data as unknown as RawMilestone);
      } catch (error) {
        if (isAlreadyExists(error)) {
          const found = (await listMilestones(github, repo)).find((m) => m.title === input.title);
          if (found) return found;
        }
        throw explainPermission(error, `create the milestone "${input.title}"`, 'issues: write');
      }
    },
    { number: 0, title: input.title, state: 'open', dueOn, url: '(dry run: no milestone created)' },
  );
}
