/**
 * The comment commands, described once: the parser dispatches on these names, and `/help` and the
 * discussion's "how to take part" section are rendered from the same list, so they cannot drift.
 */
import { table } from '../../render/markdown.ts';

export const COMMAND_NAMES = [
  'action',
  'accept',
  'reject',
  'assign',
  'due',
  'priority',
  'learning',
  'finalize',
  'help',
] as const;
export type CommandName = (typeof COMMAND_NAMES)[number];

/**
 * Who may run a command. Who counts as a participant or a facilitator is configuration, resolved by the
 * authorisation step; this only says which of those roles a command needs.
 */
export type Audience = 'participants' | 'facilitators' | 'facilitators-or-proposer' | 'anyone';

export const AUDIENCE_LABEL: Record<Audience, string> = {
  participants: 'anyone taking part',
  facilitators: 'facilitators',
  'facilitators-or-proposer': 'facilitators or the proposer',
  anyone: 'anyone',
};

export interface CommandInfo {
  name: CommandName;
  aliases: readonly string[];
  /** How to write it; shown in code. */
  syntax: string;
  /** A complete, valid example; used in help and in error replies. */
  example: string;
  who: Audience;
  summary: string;
}

export const COMMANDS: readonly CommandInfo[] = [
  {
    name: 'action',
    aliases: [],
    syntax:
      '/action <title> [@owner] [due:<YYYY-MM-DD or +Nd or +Nw>] [priority:<P0-P3 or high, medium, low>] [label:<name>]…',
    example: '/action Add a canary stage for payments @maya due:+2w priority:high label:ci',
    who: 'participants',
    summary: 'Proposes an action item; it gets an id (A1, A2, …). 👍 on the proposal is a vote.',
  },
  {
    name: 'accept',
    aliases: ['decide'],
    syntax: '/accept <id> [<id> …]',
    example: '/accept A1 A3',
    who: 'facilitators',
    summary: 'Decides items. An item needs an owner and a due date before it can be accepted.',
  },
  {
    name: 'reject',
    aliases: [],
    syntax: '/reject <id> [<id> …]',
    example: '/reject A2',
    who: 'facilitators',
    summary: 'Drops items.',
  },
  {
    name: 'assign',
    aliases: [],
    syntax: '/assign <id> @owner',
    example: '/assign A1 @maya',
    who: 'facilitators-or-proposer',
    summary: 'Sets the owner of an item.',
  },
  {
    name: 'due',
    aliases: [],
    syntax: '/due <id> <YYYY-MM-DD or +Nd or +Nw>',
    example: '/due A1 +2w',
    who: 'facilitators-or-proposer',
    summary: 'Sets the due date of an item.',
  },
  {
    name: 'priority',
    aliases: [],
    syntax: '/priority <id> <P0-P3 or high, medium, low>',
    example: '/priority A1 P1',
    who: 'facilitators-or-proposer',
    summary: 'Sets the priority of an item.',
  },
  {
    name: 'learning',
    aliases: [],
    syntax: '/learning <text>',
    example: '/learning Feature flags let us turn the new checkout off in seconds',
    who: 'participants',
    summary: 'Records a key learning for the summary.',
  },
  {
    name: 'finalize',
    aliases: [],
    syntax: '/finalize',
    example: '/finalize',
    who: 'facilitators',
    summary: 'Creates issues for the accepted items, writes the summary and closes the discussion.',
  },
  {
    name: 'help',
    aliases: [],
    syntax: '/help',
    example: '/help',
    who: 'anyone',
    summary: 'Replies with this list.',
  },
];

const BY_NAME = new Map<string, CommandInfo>(
  COMMANDS.flatMap((info) => [info.name, ...info.aliases].map((name) => [name, info] as const)),
);

/** The command for a name or alias, case-insensitive. */
export function findCommand(word: string): CommandInfo | undefined {
  return BY_NAME.get(word.toLowerCase());
}

export function commandInfo(name: CommandName): CommandInfo {
  const info = BY_NAME.get(name);
  if (!info) throw new Error(`no command named ${name}`);
  return info;
}

/** Every name and alias, for suggestions. */
export const ALL_COMMAND_WORDS: readonly string[] = [...BY_NAME.keys()];

/** The command list as a markdown table, for `/help` replies and the discussion body. */
export function renderHelp(): string {
  return table(
    ['Command', 'Who', 'What it does'],
    COMMANDS.map((info) => [
      `\`${info.syntax}\`${info.aliases.map((alias) => ` (or \`/${alias}\`)`).join('')}`,
      AUDIENCE_LABEL[info.who],
      info.summary,
    ]),
  );
}
