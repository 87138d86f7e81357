import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  table
} from "./chunk-TJI3AFGO.js";

// src/retro/commands/catalog.ts
var AUDIENCE_LABEL = {
  participants: "anyone taking part",
  facilitators: "facilitators",
  "facilitators-or-proposer": "facilitators or the proposer",
  anyone: "anyone"
};
var COMMANDS = [
  {
    name: "action",
    aliases: [],
    syntax: "/action <title> [@owner] [due:<YYYY-MM-DD or +Nd or +Nw>] [priority:<P0-P3 or high, medium, low>] [label:<name>]\u2026",
    example: "/action Add a canary stage for payments @maya due:+2w priority:high label:ci",
    who: "participants",
    summary: "Proposes an action item; it gets an id (A1, A2, \u2026). \u{1F44D} on the proposal is a vote."
  },
  {
    name: "accept",
    aliases: ["decide"],
    syntax: "/accept <id> [<id> \u2026]",
    example: "/accept A1 A3",
    who: "facilitators",
    summary: "Decides items. An item needs an owner and a due date before it can be accepted."
  },
  {
    name: "reject",
    aliases: [],
    syntax: "/reject <id> [<id> \u2026]",
    example: "/reject A2",
    who: "facilitators",
    summary: "Drops items."
  },
  {
    name: "assign",
    aliases: [],
    syntax: "/assign <id> @owner",
    example: "/assign A1 @maya",
    who: "facilitators-or-proposer",
    summary: "Sets the owner of an item."
  },
  {
    name: "due",
    aliases: [],
    syntax: "/due <id> <YYYY-MM-DD or +Nd or +Nw>",
    example: "/due A1 +2w",
    who: "facilitators-or-proposer",
    summary: "Sets the due date of an item."
  },
  {
    name: "priority",
    aliases: [],
    syntax: "/priority <id> <P0-P3 or high, medium, low>",
    example: "/priority A1 P1",
    who: "facilitators-or-proposer",
    summary: "Sets the priority of an item."
  },
  {
    name: "learning",
    aliases: [],
    syntax: "/learning <text>",
    example: "/learning Feature flags let us turn the new checkout off in seconds",
    who: "participants",
    summary: "Records a key learning for the summary."
  },
  {
    name: "finalize",
    aliases: [],
    syntax: "/finalize",
    example: "/finalize",
    who: "facilitators",
    summary: "Creates issues for the accepted items, writes the summary and closes the discussion."
  },
  {
    name: "help",
    aliases: [],
    syntax: "/help",
    example: "/help",
    who: "anyone",
    summary: "Replies with this list."
  }
];
var BY_NAME = new Map(
  COMMANDS.flatMap((info) => [info.name, ...info.aliases].map((name) => [name, info]))
);
function findCommand(word) {
  return BY_NAME.get(word.toLowerCase());
}
function commandInfo(name) {
  const info = BY_NAME.get(name);
  if (!info) throw new Error(`no command named ${name}`);
  return info;
}
var ALL_COMMAND_WORDS = [...BY_NAME.keys()];
function renderHelp() {
  return table(
    ["Command", "Who", "What it does"],
    COMMANDS.map((info) => [
      `\`${info.syntax}\`${info.aliases.map((alias) => ` (or \`/${alias}\`)`).join("")}`,
      AUDIENCE_LABEL[info.who],
      info.summary
    ])
  );
}

export {
  COMMANDS,
  findCommand,
  commandInfo,
  ALL_COMMAND_WORDS,
  renderHelp
};
