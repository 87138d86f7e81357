import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  escapeInline,
  link,
  quietMention,
  table
} from "./chunk-TJI3AFGO.js";

// src/render/format.ts
function formatTime(iso) {
  const date = typeof iso === "string" ? new Date(iso) : iso;
  if (Number.isNaN(date.getTime())) return "\u2014";
  return `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}
function formatDate(iso) {
  const date = typeof iso === "string" ? new Date(iso) : iso;
  if (Number.isNaN(date.getTime())) return "\u2014";
  return date.toISOString().slice(0, 10);
}
function between(fromIso, toIso) {
  return Date.parse(toIso) - Date.parse(fromIso);
}
function plural(count, one, many = `${one}s`) {
  return `${count} ${count === 1 ? one : many}`;
}
var REACTION_EMOJI = {
  "+1": "\u{1F44D}",
  "-1": "\u{1F44E}",
  laugh: "\u{1F604}",
  hooray: "\u{1F389}",
  confused: "\u{1F615}",
  heart: "\u2764\uFE0F",
  rocket: "\u{1F680}",
  eyes: "\u{1F440}"
};

// src/render/live.ts
var STATUS_LABEL = {
  proposed: "\u{1F4AC} proposed",
  accepted: "\u2705 accepted",
  rejected: "\u274C rejected",
  withdrawn: "\u21A9\uFE0F withdrawn",
  created: "\u{1F4CC} issue created"
};
function orderItems(items) {
  const rank = {
    created: 0,
    accepted: 0,
    proposed: 1,
    rejected: 2,
    withdrawn: 3
  };
  return [...items].sort(
    (a, b) => rank[a.status] - rank[b.status] || b.votes - a.votes || Number(a.id.slice(1)) - Number(b.id.slice(1))
  );
}
function renderActionItems(state, maxAccepted) {
  if (state.items.length === 0) {
    return "_No action items yet. Propose one with `/action <title> @owner due:+2w`._";
  }
  const rows = orderItems(state.items).map((item) => [
    item.issueUrl ? link(item.id, item.issueUrl) : item.id,
    link(item.title, item.sourceCommentUrl, { maxLength: 120 }),
    quietMention(item.owner),
    item.due ?? "\u2014",
    item.priority ?? "\u2014",
    String(item.votes),
    STATUS_LABEL[item.status]
  ]);
  const accepted = state.items.filter((i) => i.status === "accepted" || i.status === "created").length;
  return [
    table(["id", "action", "owner", "due", "priority", "\u{1F44D}", "status"], rows),
    "",
    `_${accepted} of at most ${maxAccepted} items accepted._`
  ].join("\n");
}
function renderLearnings(state) {
  if (state.learnings.length === 0) return "_No learnings recorded yet. Add one with `/learning <text>`._";
  return state.learnings.map((l) => `- ${learningLine(l)}`).join("\n");
}
function learningLine(l) {
  const whole = l.archived ? ` \xB7 ${link("whole text", l.archived.url)}` : "";
  return `${escapeInline(l.text, { maxLength: 300 })} \u2014 ${quietMention(l.author)} (${link("comment", l.sourceCommentUrl)}${whole})`;
}

export {
  formatTime,
  formatDate,
  between,
  plural,
  REACTION_EMOJI,
  renderActionItems,
  renderLearnings,
  learningLine
};
