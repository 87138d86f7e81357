/**
 * The users' voice: discussions in the configured categories and issues that mention the release, opened in the
 * observation period, with counts and the most-reacted items linked. Titles and logins are user text: escaped,
 * and logins never notify.
 */

import type { Section } from '../collect/types.ts';
import type { VoiceData, VoiceItem } from '../collect/voice.ts';
import { unavailableNote } from './data-summary.ts';
import { formatTime, plural } from './format.ts';
import { escapeInline, link, quietMention, table } from './markdown.ts';

/** The most-reacted items shown; the counts cover all of them. */
export const TOP_ITEMS = 5;

/** "Q&A 3 · Ideas 1": how many items fall under each key, most first. */
function countBy(items: readonly VoiceItem[], keys: (item: VoiceItem) => string[]): string {
  const counts = new Map<string, number>();
  for (const item of items) for (const k of new Set(keys(item))) counts.set(k, (counts.get(k) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([k, n]) => `${escapeInline(k, { maxLength: 60 })} ${n}`)
    .join(' · ');
}

function itemCell(item: VoiceItem): string {
  const title = link(`#${item.number} ${item.title}`, item.url, { maxLength: 90 });
  return item.kind === 'discussion'
    ? `${title} (${escapeInline(item.category ?? '', { maxLength: 40 })})`
    : `${title} (${item.linkedBy.map((e) => escapeInline(e.label, { maxLength: 40 })).join(', ')})`;
}

function countLine(data: VoiceData): string {
  const parts: string[] = [];
  if (data.categories) {
    const { discussions } = data;
    const by = discussions.length > 0 ? ` (${countBy(discussions, (d) => [d.category ?? '?'])})` : '';
    parts.push(
      `**${plural(discussions.length, 'discussion')}** in ${data.categories.map((c) => escapeInline(c, { maxLength: 40 })).join(', ')}${by}`,
    );
  }
  if (data.withIssues) {
    const { issues } = data;
    const by = issues.length > 0 ? ` (${countBy(issues, (i) => i.linkedBy.map((e) => e.label))})` : '';
    parts.push(`**${plural(issues.length, 'issue')}** mentioning the release${by}`);
  }
  return `${parts.join(' and ')}, opened ${formatTime(data.window.from)} → ${formatTime(data.window.to)} (the observation period).`;
}

function notesOf(data: VoiceData): string[] {
  const notes: string[] = [];
  if (data.missingCategories.length > 0) {
    notes.push(
      `The repository has no discussion category ${data.missingCategories.map((c) => `"${escapeInline(c, { maxLength: 40 })}"`).join(', ')}: check \`voice.discussion-categories\`.`,
    );
  }
  if (data.discussionsInWindow > data.discussionsRead) {
    notes.push(
      `${data.discussionsInWindow} discussions were opened in the period; the newest ${data.discussionsRead} were read.`,
    );
  }
  if (data.issuesInWindow > data.issuesRead) {
    notes.push(
      `${data.issuesInWindow} issues were opened in the period; the newest ${data.issuesRead} were checked for mentions.`,
    );
  }
  return notes;
}

export function renderVoice(voice: Section<VoiceData> | null | undefined): string {
  if (!voice) {
    return "_Not read: set `voice.discussion-categories` (e.g. `[q-a, ideas]`) or `voice.mentioning-issues: true` in the config to hear the users' voice._";
  }
  if (voice.status === 'unavailable') return unavailableNote("Users' voice", voice);
  const { data } = voice;
  const lines = [countLine(data)];
  const all = [...data.discussions, ...data.issues].sort(
    (a, b) => b.reactions - a.reactions || b.comments - a.comments || a.createdAt.localeCompare(b.createdAt),
  );
  if (all.length > 0) {
    lines.push(
      `**Most reacted** (${Math.min(TOP_ITEMS, all.length)} of ${all.length}):`,
      table(
        ['Item', 'Kind', 'Reactions', 'Comments', 'From', 'Opened'],
        all
          .slice(0, TOP_ITEMS)
          .map((item) => [
            itemCell(item),
            item.kind,
            String(item.reactions),
            String(item.comments),
            quietMention(item.author),
            formatTime(item.createdAt),
          ]),
      ),
    );
  }
  const notes = notesOf(data);
  if (notes.length > 0) lines.push(`_${notes.join(' ')}_`);
  return lines.join('\n\n');
}
