/**
 * `organisation`: acme's twelve services in three teams, each with its retrospectives at a different stage
 * (none yet, open with undecided or untracked items, finalized with issues done on time, done late, open and
 * overdue), and the organisation's `.github` repository where the organisation report is published.
 *
 * Every item is written out below so the report's figures can be counted by hand (the e2e test does).
 * Kinds: T done by its due date, L done late, O open and not yet due, V open and overdue; U… untracked (the
 * retrospective was not finalized, so no issue): UO not yet due, UV overdue.
 */
import { encodeState, initialState } from '../../src/domain/state.ts';
import type { DiscussionSpec, IssueSpec, RepoSpec, ScenarioOptions, ScenarioSpec } from './spec.ts';

export const ORG_NOW = '2026-06-30T12:00:00Z';
export const ORG_REPORT_REPO = 'acme/.github';
const BOT = 'github-actions[bot]';
const DAY = 86_400_000;

type Kind = 'T' | 'L' | 'O' | 'V' | 'UO' | 'UV';
interface RetroSpec {
  tag: string;
  status: 'open' | 'finalized';
  items: Kind[];
  metrics: Record<string, number>;
  /** Days overdue of the first overdue item, when it must be the oldest of all. */
  overdueDays?: number;
  proposedOnly?: boolean;
}
export interface OrgRepoSpec {
  name: string;
  team: 'payments' | 'search' | 'mobile';
  owner: string;
  retros: RetroSpec[];
}

/** A metrics snapshot as retrospectives store it: each key names its unit (src/metrics SNAPSHOT_KEYS). */
const m = (
  leadTimeHours: number,
  changeFailureRatePercent: number,
  timeToRestoreHours: number,
  deploymentFrequencyPerWeek: number,
) => ({
  leadTimeHours,
  changeFailureRatePercent,
  timeToRestoreHours,
  deploymentFrequencyPerWeek,
});

/**
 * A snapshot written before keys named their units: bare keys, lead time and time to restore in hours, the
 * failure rate in percent, and the deployment frequency per day or per week (which one was not recorded).
 */
const legacy = (
  leadTime: number,
  changeFailureRate: number,
  timeToRestore: number,
  deploymentFrequency: number,
) => ({
  leadTime,
  changeFailureRate,
  timeToRestore,
  deploymentFrequency,
});

export const ORG_REPOS: OrgRepoSpec[] = [
  {
    name: 'svc-01',
    team: 'payments',
    owner: 'pia',
    retros: [
      { tag: 'v1.0.0', status: 'finalized', items: ['T', 'T', 'L'], metrics: m(40, 20, 5, 2) },
      { tag: 'v1.1.0', status: 'finalized', items: ['V', 'O'], metrics: m(30, 10, 6, 3) },
    ],
  },
  {
    name: 'svc-02',
    team: 'payments',
    owner: 'pia',
    retros: [
      { tag: 'v2.0.0', status: 'finalized', items: ['T', 'V'], metrics: m(12, 0, 0, 5), overdueDays: 60 },
    ],
  },
  {
    name: 'svc-03',
    team: 'payments',
    owner: 'quin',
    retros: [
      { tag: 'v0.9.0', status: 'finalized', items: ['L', 'L', 'T'], metrics: m(50, 25, 8, 1) },
      { tag: 'v0.10.0', status: 'open', items: ['UO'], metrics: m(55, 25, 9, 1) },
    ],
  },
  { name: 'svc-04', team: 'payments', owner: 'quin', retros: [] },
  {
    name: 'svc-05',
    team: 'search',
    owner: 'ravi',
    retros: [
      { tag: 'v3.0.0', status: 'finalized', items: ['T'], metrics: m(30, 10, 4, 2) },
      { tag: 'v3.1.0', status: 'finalized', items: ['T', 'V', 'V'], metrics: m(20, 10, 4, 2) },
    ],
  },
  {
    name: 'svc-06',
    team: 'search',
    owner: 'ravi',
    retros: [{ tag: 'v1.0.0', status: 'finalized', items: ['O', 'O'], metrics: m(8, 0, 0, 7) }],
  },
  {
    name: 'svc-07',
    team: 'search',
    owner: 'sol',
    retros: [{ tag: 'v1.2.0', status: 'open', items: ['UO'], metrics: m(10, 0, 0, 4), proposedOnly: true }],
  },
  {
    name: 'svc-08',
    team: 'search',
    owner: 'sol',
    retros: [{ tag: 'v5.0.0', status: 'finalized', items: ['L', 'V'], metrics: m(70, 30, 12, 1) }],
  },
  {
    name: 'svc-09',
    team: 'mobile',
    owner: 'tam',
    retros: [{ tag: 'v4.0.0', status: 'finalized', items: ['T', 'T', 'T', 'T'], metrics: m(6, 0, 0, 10) }],
  },
  {
    name: 'svc-10',
    team: 'mobile',
    owner: 'tam',
    retros: [
      { tag: 'v1.0.0', status: 'finalized', items: ['V'], metrics: legacy(24, 5, 2, 3) },
      { tag: 'v1.1.0', status: 'finalized', items: ['L', 'O'], metrics: m(36, 15, 3, 2) },
    ],
  },
  {
    name: 'svc-11',
    team: 'mobile',
    owner: 'uma',
    retros: [{ tag: 'v2.3.0', status: 'finalized', items: ['T', 'L', 'V', 'O'], metrics: m(18, 10, 1, 4) }],
  },
  {
    name: 'svc-12',
    team: 'mobile',
    owner: 'uma',
    retros: [{ tag: 'v0.1.0', status: 'open', items: ['UV'], metrics: legacy(90, 50, 24, 0.5) }],
  },
];

const PEOPLE = ['pia', 'quin', 'ravi', 'sol', 'tam', 'uma'] as const;

function day(now: string, offsetDays: number): string {
  return new Date(Date.parse(now) + offsetDays * DAY).toISOString().slice(0, 10);
}

function repoOf(spec: OrgRepoSpec, now: string): RepoSpec {
  const issues: IssueSpec[] = [];
  const discussions: DiscussionSpec[] = [];
  let overdueIndex = 0;
  spec.retros.forEach((retro, r) => {
    const openedDaysAgo = 90 - r * 30;
    const state = initialState({
      tag: retro.tag,
      tags: [retro.tag],
      previousTag: r > 0 ? (spec.retros[r - 1]?.tag ?? null) : null,
      openedAt: new Date(Date.parse(now) - openedDaysAgo * DAY).toISOString(),
      metrics: retro.metrics,
    });
    state.status = retro.status;
    retro.items.forEach((kind, i) => {
      const id = `A${i + 1}`;
      const tracked = !kind.startsWith('U');
      const overdue = kind === 'V' || kind === 'UV';
      const dueOffset = kind === 'T' ? -20 : kind === 'L' ? -30 : kind === 'O' || kind === 'UO' ? 10 : -1;
      const due = overdue
        ? day(
            now,
            -((retro.overdueDays && overdueIndex === 0 ? retro.overdueDays : 10 + overdueIndex) as number),
          )
        : day(now, dueOffset);
      if (overdue) overdueIndex += 1;
      const number = issues.length + 1;
      if (tracked) {
        const createdAt = new Date(
          Date.parse(now) - (openedDaysAgo - 1) * DAY + number * 60_000,
        ).toISOString();
        const closedAt =
          kind === 'T'
            ? `${day(now, -22)}T10:00:00Z`
            : kind === 'L'
              ? `${day(now, -25)}T10:00:00Z`
              : undefined;
        issues.push({
          title: `Follow-up ${i + 1} of ${spec.name}`,
          body: `Action item from the ${retro.tag} retrospective.\n\n<!-- retro:${retro.tag}:${id} -->`,
          author: BOT,
          labels: ['retro-action', `retro:${retro.tag}`],
          assignees: [spec.owner],
          createdAt,
          ...(closedAt ? { closedAt, stateReason: 'completed' as const } : {}),
        });
      }
      state.items.push({
        id,
        title: `Follow-up ${i + 1} of ${spec.name}`,
        owner: spec.owner,
        due,
        priority: 'P2',
        labels: [],
        proposer: spec.owner,
        sourceCommentId: `DC_${spec.name}_${r}_${i}`,
        sourceCommentUrl: `https://github.com/acme/${spec.name}/discussions/${r + 1}#discussioncomment-${i + 1}`,
        votes: 1,
        status: retro.proposedOnly ? 'proposed' : tracked ? 'created' : 'accepted',
        decidedBy: retro.proposedOnly ? null : spec.owner,
        issueNumber: tracked ? number : null,
        issueUrl: tracked ? `https://github.com/acme/${spec.name}/issues/${number}` : null,
      });
    });
    if (retro.status === 'finalized')
      state.finalizedAt = new Date(Date.parse(now) - (openedDaysAgo - 2) * DAY).toISOString();
    discussions.push({
      category: 'retrospectives',
      title: `Retrospective: ${retro.tag}`,
      body: `The ${retro.tag} retrospective of acme/${spec.name}.\n\n${encodeState(state)}`,
      author: BOT,
      createdAt: state.openedAt,
      closed: retro.status === 'finalized',
    });
  });
  return {
    owner: 'acme',
    name: spec.name,
    hasDiscussions: true,
    roles: { [spec.owner]: 'maintain', [BOT]: 'write' },
    commits: [{ id: 'c1', message: 'Start', author: spec.owner, at: '-200d' }],
    labels: [{ name: 'retro-action' }, ...spec.retros.map((r) => ({ name: `retro:${r.tag}` }))],
    issues,
    discussionCategories: [{ name: 'Retrospectives', slug: 'retrospectives' }],
    discussions,
  };
}

export function organisationScenario(options: ScenarioOptions = {}): ScenarioSpec {
  const now = options.now ?? ORG_NOW;
  return {
    id: 'organisation',
    now,
    users: [...PEOPLE.map((login) => ({ login })), { login: BOT, type: 'Bot' }],
    orgs: [
      {
        login: 'acme',
        teams: [
          { slug: 'payments', members: ['pia', 'quin'] },
          { slug: 'search', members: ['ravi', 'sol'] },
          { slug: 'mobile', members: ['tam', 'uma'] },
        ],
      },
    ],
    tokens: [
      { token: 'ghs_emulator_default', login: BOT, kind: 'installation' },
      ...PEOPLE.map((login) => ({ token: `ghp_${login}`, login, kind: 'pat' as const })),
    ],
    repos: [
      ...ORG_REPOS.map((spec) => repoOf(spec, now)),
      {
        owner: 'acme',
        name: '.github',
        hasDiscussions: true,
        roles: { [BOT]: 'write' },
        commits: [{ id: 'c1', message: 'Organisation profile', author: 'pia', at: '-300d' }],
        discussionCategories: [
          { name: 'Reports', slug: 'reports' },
          { name: 'General', slug: 'general' },
        ],
      },
    ],
  };
}
