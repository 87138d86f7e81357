/**
 * The job summary: the same data as the discussion, with its link, so a run's page answers "what happened"
 * without opening the discussion. Also the summary of a scheduled run that found nothing ready yet.
 */
import { type DiscussionInput, discussionBlocks, discussionTitle } from './discussion.ts';
import { formatTime } from './format.ts';
import { escapeInline, link, table } from './markdown.ts';
import { BUNDLED_TEMPLATES, renderTemplate } from './templates.ts';

export type SummaryStatus = 'opened' | 'existing' | 'dry-run' | 'preview';

export function renderRetroSummary(
  input: DiscussionInput,
  status: SummaryStatus,
  discussion: { number: number; url: string } | null,
): string {
  const blocks = discussionBlocks(input);
  const title = discussionTitle(input.config, input.state.tag);
  return renderTemplate(
    BUNDLED_TEMPLATES.summary,
    {
      title,
      tag: input.state.tag,
      status,
      discussionLink: discussion ? link(`#${discussion.number} ${title}`, discussion.url) : '',
      blocks: Object.fromEntries(Object.entries(blocks).map(([id, block]) => [id, block.text])),
    },
    'templates/summary.md.ejs',
  ).trim();
}

/** A release train that is not ready yet, or that has a retrospective already. */
export interface Waiting {
  tag: string;
  url: string;
  /** Why not now, e.g. "published 47 h ago; needs 48 h". */
  reason: string;
  /** When it is expected to be ready (ISO), or null when it waits on people (an open incident). */
  readyAt: string | null;
}

export function renderWaiting(waiting: readonly Waiting[]): string {
  if (waiting.length === 0) return '';
  return [
    '### Not ready for a retrospective yet',
    '',
    table(
      ['Release', 'Why not yet', 'Ready'],
      waiting.map((w) => [
        link(w.tag, w.url, { maxLength: 60 }),
        escapeInline(w.reason, { maxLength: 300 }),
        w.readyAt ? `from ${formatTime(w.readyAt)}` : 'when the blocking issue is resolved',
      ]),
    ),
  ].join('\n');
}
