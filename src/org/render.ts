/**
 * The organisation report as Markdown: one discussion (or the job summary) that reads at a glance — a pie of
 * where the organisation's action items stand, overdue items per team, follow-through by team and repository,
 * the DORA keys of each repository's last retrospective with the trend, and the oldest overdue items.
 */
import { formatValue } from '../domain/units.ts';
import { CANONICAL_UNITS } from '../metrics/types.ts';
import { escapeInline, fitToLimit, link, quietMention, table } from '../render/markdown.ts';
import { mermaidText } from '../render/mermaid.ts';
import { DORA_KEYS, type DoraKey, type DoraRow, type FollowThrough, type OrgReport } from './report.ts';

/** Finds the report again on every run: only the action's own discussion carrying it is updated. */
export const ORG_REPORT_MARKER = '<!-- release-retro:org-report -->';

const percent = (part: number, whole: number) =>
  whole === 0 ? '—' : `${Math.round((part / whole) * 100)} %`;

function followThroughRow(name: string, f: FollowThrough): string[] {
  return [
    name,
    String(f.onTime),
    String(f.late),
    String(f.open),
    String(f.overdue),
    String(f.total),
    percent(f.onTime, f.onTime + f.late + f.overdue),
  ];
}

const FOLLOW_THROUGH_HEAD = [
  '',
  'done by due date',
  'done late',
  'open',
  'overdue',
  'items',
  'on time (of those due)',
];

function pie(total: FollowThrough): string {
  if (total.total === 0) return '';
  const slices = [
    ['Done by due date', total.onTime],
    ['Done late', total.late],
    ['Open, not yet due', total.open],
    ['Overdue', total.overdue],
  ] as const;
  return [
    '```mermaid',
    'pie showData title Action items (count)',
    ...slices.filter(([, n]) => n > 0).map(([label, n]) => `    "${label}" : ${n}`),
    '```',
  ].join('\n');
}

function overdueByTeam(teams: [string, FollowThrough][]): string {
  if (teams.every(([, f]) => f.overdue === 0)) return '';
  const max = Math.max(...teams.map(([, f]) => f.overdue));
  return [
    '```mermaid',
    'xychart-beta',
    '    title "Overdue action items by team (count)"',
    `    x-axis [${teams.map(([name]) => `"${mermaidText(name, 30)}"`).join(', ')}]`,
    `    y-axis "overdue items" 0 --> ${max + 1}`,
    `    bar [${teams.map(([, f]) => f.overdue).join(', ')}]`,
    '```',
  ].join('\n');
}

const DORA_LABEL: Record<DoraKey, string> = {
  deploymentFrequency: 'Deployment frequency',
  leadTime: 'Lead time',
  changeFailureRate: 'Change failure rate',
  timeToRestore: 'Time to restore',
};
/** Lower is better for every key but deployment frequency. */
const HIGHER_IS_BETTER: Record<DoraKey, boolean> = {
  deploymentFrequency: true,
  leadTime: false,
  changeFailureRate: false,
  timeToRestore: false,
};

/** A value with its unit and the arrow against the retrospective before (values in canonical units). */
function doraCell(key: DoraKey, m: DoraRow['metrics'][DoraKey]): string {
  if (m.value === null) {
    // Recorded per day or per week before units were stored: shown as it was, never compared.
    return m.unrecorded === undefined ? '—' : `${Number(m.unrecorded.toFixed(1))} (unit not recorded)`;
  }
  const value = formatValue(CANONICAL_UNITS[key], m.value);
  if (m.previous === null) return value;
  if (m.previous === m.value) return `${value} →`;
  const up = m.value > m.previous;
  const better = up === HIGHER_IS_BETTER[key];
  return `${value} ${up ? '↑' : '↓'} ${better ? 'better' : 'worse'}`;
}

export function renderOrgReport(report: OrgReport, title: string): { title: string; body: string } {
  const overview = [
    `${report.repositories} repositories, ${report.retrospectives} retrospectives, ${report.total.total} decided action items. ` +
      `Counted ${report.generatedAt.slice(0, 16).replace('T', ' ')} UTC; an item is done by its due date when its issue was closed by the end of that day (UTC), overdue when still open after it.`,
    pie(report.total),
    overdueByTeam(report.byTeam),
  ]
    .filter(Boolean)
    .join('\n\n');
  const teams = table(
    ['team', ...FOLLOW_THROUGH_HEAD.slice(1)],
    [
      ...report.byTeam.map(([name, f]) => followThroughRow(escapeInline(name), f)),
      followThroughRow('**all**', report.total),
    ],
  );
  const repos = table(
    ['repository', 'team', ...FOLLOW_THROUGH_HEAD.slice(1)],
    report.byRepository.map(([name, f]) => {
      const [, ...cells] = followThroughRow(name, f);
      return [escapeInline(name), escapeInline(f.team), ...cells];
    }),
  );
  const dora =
    report.dora.length === 0
      ? '_No retrospective recorded DORA metrics yet._'
      : [
          table(
            ['repository', 'last retrospective', ...DORA_KEYS.map((k) => DORA_LABEL[k])],
            report.dora.map((row) => [
              escapeInline(row.repository),
              link(row.tag, row.url),
              ...DORA_KEYS.map((k) => doraCell(k, row.metrics[k])),
            ]),
          ),
          '',
          '_Values as the last retrospective recorded them, with their units; arrows compare with the retrospective before it, in the same unit. A deployment frequency recorded before retrospectives stored units (per day or per week, by its size) is shown as recorded and not compared._',
        ].join('\n');
  const oldest =
    report.oldestOverdue.length === 0
      ? '_Nothing is overdue._'
      : table(
          ['due', 'days overdue', 'item', 'owner', 'repository', 'team'],
          report.oldestOverdue.map((o) => [
            o.due,
            String(o.daysOverdue),
            o.url
              ? link(`${o.tag} ${o.id}: ${o.title}`, o.url, { maxLength: 100 })
              : escapeInline(`${o.tag} ${o.id}: ${o.title}`, { maxLength: 100 }),
            quietMention(o.owner),
            escapeInline(o.repository),
            escapeInline(o.team),
          ]),
        );
  const body = fitToLimit([
    { id: 'overview', text: `## Follow-through at a glance\n\n${overview}`, priority: 3 },
    { id: 'teams', text: `## By team\n\n${teams}`, priority: 2 },
    { id: 'oldest', text: `## Oldest overdue items\n\n${oldest}`, trimmable: true, priority: 1 },
    { id: 'dora', text: `## DORA keys by repository\n\n${dora}`, trimmable: true },
    { id: 'repositories', text: `## By repository\n\n${repos}`, trimmable: true },
    { id: 'marker', text: ORG_REPORT_MARKER },
  ]);
  return { title, body };
}
