/**
 * Reads the commands in a retro discussion comment. Pure: no authorisation, no state; the caller
 * decides who may do what and replies to `invalid` and `unknown` lines.
 *
 * One command per line, at the start of the line (up to 3 spaces of indentation). Command words are
 * case-insensitive (phones capitalise the first letter). A `/word` directly followed by something other
 * than whitespace (`/usr/bin`, `/action:`) is prose, not a command.
 */
import { distance } from 'fastest-levenshtein';
import type { Priority } from '../../domain/state.ts';
import { ALL_COMMAND_WORDS, type CommandName, commandInfo, findCommand } from './catalog.ts';
import { candidateLines } from './scan.ts';
import { parseDue, parseItemId, parseLabel, parseOwner, parsePriority, type Result } from './values.ts';

export {
  AUDIENCE_LABEL,
  type Audience,
  COMMANDS,
  type CommandInfo,
  type CommandName,
  renderHelp,
} from './catalog.ts';

interface LineBase {
  /** 1-based line number in the comment body. */
  line: number;
  /** The command line as written, without indentation. */
  text: string;
  /** The command word as written, lower-cased, without the slash (`decide` for the alias). */
  command: string;
}

export interface ActionLine extends LineBase {
  kind: 'action';
  title: string;
  /** Login without `@`. */
  owner: string | null;
  /** `YYYY-MM-DD` */
  due: string | null;
  dueInPast: boolean;
  priority: Priority | null;
  labels: string[];
}
export interface AcceptLine extends LineBase {
  kind: 'accept';
  ids: string[];
}
export interface RejectLine extends LineBase {
  kind: 'reject';
  ids: string[];
}
export interface AssignLine extends LineBase {
  kind: 'assign';
  id: string;
  owner: string;
}
export interface DueLine extends LineBase {
  kind: 'due';
  id: string;
  due: string;
  dueInPast: boolean;
}
export interface PriorityLine extends LineBase {
  kind: 'priority';
  id: string;
  priority: Priority;
}
export interface LearningLine extends LineBase {
  kind: 'learning';
  text: string;
}
export interface FinalizeLine extends LineBase {
  kind: 'finalize';
}
export interface HelpLine extends LineBase {
  kind: 'help';
}
/** A known command with missing or malformed arguments. */
export interface InvalidLine extends LineBase {
  kind: 'invalid';
  /** What is expected, as a sentence that can be put in a reply. */
  reason: string;
}
/** `/word` that is not a command; `suggestion` is the nearest command name, when one is close. */
export interface UnknownLine extends LineBase {
  kind: 'unknown';
  suggestion?: CommandName;
}

export type CommandLine =
  | ActionLine
  | AcceptLine
  | RejectLine
  | AssignLine
  | DueLine
  | PriorityLine
  | LearningLine
  | FinalizeLine
  | HelpLine;
export type ParsedLine = CommandLine | InvalidLine | UnknownLine;

/** GitHub's limit for an issue title, which an accepted item becomes. */
export const MAX_TITLE_LENGTH = 256;
export const MAX_LEARNING_LENGTH = 1_000;

const COMMAND_WORD = /^\/([A-Za-z]+)(?=\s|$)/;

export function parseCommands(body: string, commentTime: Date): ParsedLine[] {
  if (Number.isNaN(commentTime.getTime()))
    throw new RangeError('parseCommands: commentTime is not a valid date');
  const parsed: ParsedLine[] = [];
  for (const { line, text } of candidateLines(body)) {
    const word = COMMAND_WORD.exec(text)?.[1];
    if (word === undefined) continue;
    const base = { line, text, command: word.toLowerCase() };
    const info = findCommand(word);
    if (info) {
      parsed.push(parseKnown(info.name, text.slice(word.length + 1).trim(), base, commentTime));
    } else if (word.length >= 2 && word.length <= 20) {
      parsed.push({ kind: 'unknown', ...base, ...suggest(word) });
    }
  }
  return parsed;
}

/**
 * The nearest command name or alias within Levenshtein distance 3, and closer than the word is long, so
 * `/hlep` suggests `/help` but `/ok` suggests nothing. An alias suggests its command.
 */
function suggest(word: string): { suggestion?: CommandName } {
  let best: { word: string; distance: number } | undefined;
  for (const candidate of ALL_COMMAND_WORDS) {
    const d = distance(word.toLowerCase(), candidate);
    if (d <= 3 && d < word.length && (!best || d < best.distance)) best = { word: candidate, distance: d };
  }
  const info = best && findCommand(best.word);
  return info ? { suggestion: info.name } : {};
}

type Base = Pick<LineBase, 'line' | 'text' | 'command'>;

function parseKnown(name: CommandName, args: string, base: Base, commentTime: Date): ParsedLine {
  const invalid = (reason: string): InvalidLine => ({ kind: 'invalid', ...base, reason });
  // "`/assign` needs an item id and an owner, like `/assign A1 @maya`", after what was wrong, if known.
  const expected = (what: string, detail?: string) =>
    invalid(`${detail ? `${detail}. ` : ''}\`/${name}\` ${what}, like \`${commandInfo(name).example}\``);
  const tokens = args === '' ? [] : args.split(/\s+/);
  switch (name) {
    case 'action':
      return parseAction(args, base, commentTime);
    case 'accept':
    case 'reject': {
      const words = args.split(/[\s,]+/).filter((t) => t !== '');
      if (words.length === 0) return expected('needs one or more item ids');
      const ids = all(words.map(parseItemId));
      if (!ids.ok) return expected('needs one or more item ids', ids.reason);
      return { kind: name, ...base, ids: [...new Set(ids.value)] };
    }
    case 'assign': {
      if (tokens.length !== 2) return expected('needs an item id and an owner');
      const id = parseItemId(tokens[0] ?? '');
      const owner = parseOwner(tokens[1] ?? '');
      if (!id.ok) return expected('needs an item id and an owner', id.reason);
      if (!owner.ok) return expected('needs an item id and an owner', owner.reason);
      return { kind: 'assign', ...base, id: id.value, owner: owner.value };
    }
    case 'due': {
      if (tokens.length !== 2) return expected('needs an item id and a date');
      const id = parseItemId(tokens[0] ?? '');
      const due = parseDue((tokens[1] ?? '').replace(/^due:/i, ''), commentTime);
      if (!id.ok) return expected('needs an item id and a date', id.reason);
      if (!due.ok) return expected('needs an item id and a date', due.reason);
      return { kind: 'due', ...base, id: id.value, ...due.value };
    }
    case 'priority': {
      if (tokens.length !== 2) return expected('needs an item id and a priority');
      const id = parseItemId(tokens[0] ?? '');
      const priority = parsePriority((tokens[1] ?? '').replace(/^priority:/i, ''));
      if (!id.ok) return expected('needs an item id and a priority', id.reason);
      if (!priority.ok) return expected('needs an item id and a priority', priority.reason);
      return { kind: 'priority', ...base, id: id.value, priority: priority.value };
    }
    case 'learning': {
      const text = args.replace(/\s+/g, ' ');
      if (text === '') return expected('needs the learning as text');
      if (text.length > MAX_LEARNING_LENGTH) {
        return invalid(
          `a learning can be at most ${MAX_LEARNING_LENGTH} characters (this one has ${text.length})`,
        );
      }
      return { kind: 'learning', ...base, text };
    }
    case 'finalize':
      // Strict on purpose: "/finalize once everyone has voted" is a sentence, not a request to finish now.
      return tokens.length === 0
        ? { kind: 'finalize', ...base }
        : invalid('`/finalize` takes no arguments; write it alone on its line when the retro should end');
    case 'help':
      return { kind: 'help', ...base };
  }
}

function all<T>(results: readonly Result<T>[]): Result<T[]> {
  const values: T[] = [];
  for (const result of results) {
    if (!result.ok) return result;
    values.push(result.value);
  }
  return { ok: true, value: values };
}

/** A `label:"two words"` token, or any run of non-space characters. */
const ACTION_TOKEN = /label:"[^"]*"|\S+/gi;
const OPTION = /^(due|priority|label):(.*)$/is;

/**
 * `/action <title> [@owner] [due:…] [priority:…] [label:…]…`: options may appear anywhere on the line;
 * every other word is the title. An `@word` is always the owner (one at most): a title that names
 * people would otherwise notify them from every issue created from it.
 */
function parseAction(args: string, base: Base, commentTime: Date): ParsedLine {
  const invalid = (reason: string): InvalidLine => ({ kind: 'invalid', ...base, reason });
  const example = commandInfo('action').example;
  const title: string[] = [];
  const item: Omit<ActionLine, keyof Base | 'kind' | 'title'> = {
    owner: null,
    due: null,
    dueInPast: false,
    priority: null,
    labels: [],
  };
  for (const [token] of args.matchAll(ACTION_TOKEN)) {
    const option = OPTION.exec(token);
    if (token.length > 1 && token.startsWith('@')) {
      const owner = parseOwner(token);
      // The reason already says what an owner must be; the example shows where it goes.
      if (!owner.ok) return invalid(`${owner.reason}. For example: \`${example}\``);
      if (item.owner !== null)
        return invalid(`an action item has one owner; \`/action\` names both @${item.owner} and ${token}`);
      item.owner = owner.value;
    } else if (option) {
      const key = option[1]?.toLowerCase();
      const value = (option[2] ?? '').replace(/[.,;!?]+$/, '');
      if (key === 'label') {
        const label = parseLabel(value);
        if (!label.ok) return invalid(label.reason);
        if (!item.labels.some((l) => l.toLowerCase() === label.value.toLowerCase()))
          item.labels.push(label.value);
      } else if (key === 'due') {
        if (item.due !== null) return invalid('`/action` takes one `due:`');
        const due = parseDue(value, commentTime);
        if (!due.ok) return invalid(due.reason);
        item.due = due.value.due;
        item.dueInPast = due.value.dueInPast;
      } else {
        if (item.priority !== null) return invalid('`/action` takes one `priority:`');
        const priority = parsePriority(value);
        if (!priority.ok) return invalid(priority.reason);
        item.priority = priority.value;
      }
    } else {
      title.push(token);
    }
  }
  const text = title.join(' ');
  if (text === '') return invalid(`\`/action\` needs a title, like \`${example}\``);
  if (text.length > MAX_TITLE_LENGTH) {
    return invalid(
      `an action item title can be at most ${MAX_TITLE_LENGTH} characters (this one has ${text.length}); ` +
        'put the details in a reply to your proposal',
    );
  }
  return { kind: 'action', ...base, title: text, ...item };
}
