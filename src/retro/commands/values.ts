/**
 * Parsers for the values inside commands: item ids, owners, due dates, priorities, labels.
 * Each returns `{ ok: true, value }` or `{ ok: false, reason }` with a sentence a person can act on.
 */

import type { Priority } from '../../domain/state.ts';
import { isGitHubLogin } from '../../render/markdown.ts';

export type Result<T> = { ok: true; value: T } | { ok: false; reason: string };

const ok = <T>(value: T): Result<T> => ({ ok: true, value });
const fail = <T>(reason: string): Result<T> => ({ ok: false, reason });

/** `A1`, `a1`, `A01` → `A1`. Ids are assigned from 1. */
export function parseItemId(token: string): Result<string> {
  const match = /^a0*([1-9]\d{0,5})$/i.exec(token);
  return match ? ok(`A${match[1]}`) : fail(`\`${token}\` is not an item id; ids look like \`A1\``);
}

/** Punctuation that can follow a login in a sentence but can never be part of one. */
const TRAILING_PUNCTUATION = /[.,;:!?]+$/;

/** `@maya` → `maya`. Teams and anything that is not a user login are refused: an item has one owner. */
/**
 * Zero-width characters a login can carry when copied from a rendered table (the bot writes `@\u200Blogin`
 * where a mention must not notify): never part of a login, so they are dropped.
 */
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g;

export function parseOwner(raw: string): Result<string> {
  const token = raw.replace(ZERO_WIDTH, '');
  const login = token.replace(/^@/, '').replace(TRAILING_PUNCTUATION, '');
  if (!token.startsWith('@')) return fail(`write the owner as a mention: \`@${login || 'maya'}\``);
  if (login.includes('/')) {
    return fail(`\`@${login}\` is a team; an action item needs one person as its owner`);
  }
  if (!isGitHubLogin(login)) return fail(`\`@${login}\` is not a GitHub username`);
  return ok(login);
}

export interface Due {
  /** `YYYY-MM-DD` */
  due: string;
  /** Before the comment's own (UTC) day; the caller decides whether to refuse it. */
  dueInPast: boolean;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const RELATIVE = /^\+(\d{1,3})([dw])$/i;
const DAY_MS = 86_400_000;

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/**
 * `2026-03-31`, `+10d` or `+2w`. Relative dates count whole days from the comment's UTC date, so the
 * same comment always gives the same date, whoever re-runs it and wherever the runner is.
 */
export function parseDue(token: string, commentTime: Date): Result<Due> {
  const today = isoDay(commentTime);
  const relative = RELATIVE.exec(token);
  if (relative) {
    const days = Number(relative[1]) * (relative[2]?.toLowerCase() === 'w' ? 7 : 1);
    const due = isoDay(new Date(Date.parse(today) + days * DAY_MS));
    return ok({ due, dueInPast: false });
  }
  const absolute = DATE.exec(token);
  if (!absolute) {
    return fail(`\`${token}\` is not a due date; write a date like \`2026-03-31\`, or \`+10d\` or \`+2w\``);
  }
  // setUTCFullYear, unlike Date.UTC, does not map years 0–99 to 1900–1999.
  const date = new Date(0);
  date.setUTCFullYear(Number(absolute[1]), Number(absolute[2]) - 1, Number(absolute[3]));
  if (isoDay(date) !== token) return fail(`\`${token}\` is not a real date`);
  return ok({ due: token, dueInPast: token < today });
}

const PRIORITY_WORDS: Record<string, Priority> = { high: 'P1', medium: 'P2', low: 'P3' };

/** `P0`–`P3` (any case), or `high` = P1, `medium` = P2, `low` = P3. */
export function parsePriority(token: string): Result<Priority> {
  const word = token.toLowerCase();
  if (/^p[0-3]$/.test(word)) return ok(word.toUpperCase() as Priority);
  const named = PRIORITY_WORDS[word];
  return named
    ? ok(named)
    : fail(
        `\`${token}\` is not a priority; use \`P0\` (most urgent) to \`P3\`, or \`high\`, \`medium\`, \`low\``,
      );
}

/** GitHub's own limit for a label name. */
export const MAX_LABEL_LENGTH = 50;

export function parseLabel(value: string): Result<string> {
  const label = value.replace(/^"|"$/g, '').trim();
  if (label === '') return fail('`label:` needs a name, like `label:ci` or `label:"tech debt"`');
  if (label.length > MAX_LABEL_LENGTH) {
    return fail(
      `label names can be at most ${MAX_LABEL_LENGTH} characters; \`${label.slice(0, 20)}…\` is longer`,
    );
  }
  return ok(label);
}
