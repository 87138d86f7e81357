/**
 * The one threaded reply a command comment gets: one list line per command saying what changed or why
 * nothing did. It carries a hidden marker naming the comment and the version it answers, so a re-delivered
 * event (or a re-run after a failure) can see the reply was already posted and never posts it twice. The
 * marker is only trusted in comments written by the action's own identity.
 */
import { escapeInline, mention } from '../../render/markdown.ts';
import type { Outcome, ReplyLine } from './apply.ts';

/** At most this many lines are listed; a comment can hold more commands than anyone reads in a reply. */
export const MAX_REPLY_LINES = 30;

const ICON: Record<Outcome, string> = {
  done: '✅',
  unchanged: 'ℹ️',
  refused: '🚫',
  invalid: '⚠️',
};

const MARKER = /<!-- release-retro:reply (\S+) (\S+) -->/;

/** Marker ids and stamps are node ids and ISO times; anything else is dropped so it cannot end the comment. */
const markerSafe = (text: string) => text.replace(/[^A-Za-z0-9_:.+=-]/g, '');

export function replyMarker(commentId: string, stamp: string): string {
  return `<!-- release-retro:reply ${markerSafe(commentId)} ${markerSafe(stamp)} -->`;
}

/** The comment and version a reply (a comment written by the action) answers, from its marker. */
export function answeredVersion(body: string): { commentId: string; stamp: string } | null {
  const match = MARKER.exec(body);
  return match?.[1] && match[2] ? { commentId: match[1], stamp: match[2] } : null;
}

/** Whether `body` (a comment written by the action) is the reply to this version of the comment. */
export function isReplyTo(body: string, commentId: string, stamp: string): boolean {
  const match = MARKER.exec(body);
  return match?.[1] === markerSafe(commentId) && match[2] === markerSafe(stamp);
}

export interface ReplyOptions {
  commentId: string;
  stamp: string;
  /** The commenter: not mentioned again (they are notified of replies in their own thread). */
  author: string;
  /** Sentences added after the list (e.g. what finalize did). Already safe markdown. */
  notes?: readonly string[];
}

export function renderReply(lines: readonly ReplyLine[], options: ReplyOptions): string {
  const shown = lines.slice(0, MAX_REPLY_LINES);
  const list = shown.map(
    (line) => `- ${ICON[line.outcome]} ${escapeInline(line.command, { maxLength: 80 })} — ${line.message}`,
  );
  if (lines.length > shown.length) list.push(`- …and ${lines.length - shown.length} more`);
  const details = [...new Set(shown.flatMap((line) => (line.details ? [line.details] : [])))];
  // Each new owner is mentioned once, here, and nowhere else: the body and the list never notify.
  const owners = new Map<string, string>();
  for (const line of shown) {
    if (
      line.outcome === 'done' &&
      line.notify &&
      line.notify.toLowerCase() !== options.author.toLowerCase()
    ) {
      owners.set(line.notify.toLowerCase(), line.notify);
    }
  }
  const notify = [...owners.values()].map(
    (login) => `${mention(login)}, you are now the owner of an action item here.`,
  );
  return [
    replyMarker(options.commentId, options.stamp),
    list.join('\n'),
    ...details,
    ...(options.notes ?? []),
    ...notify,
  ]
    .filter((part) => part !== '')
    .join('\n\n');
}
