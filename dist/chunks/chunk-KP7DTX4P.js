import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  withState
} from "./chunk-D4IRTDQ3.js";
import {
  escapeInline,
  link,
  quietMention,
  table
} from "./chunk-B7WMJXGS.js";

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
  return state.learnings.map(
    (l) => `- ${escapeInline(l.text, { maxLength: 300 })} \u2014 ${quietMention(l.author)} (${link("comment", l.sourceCommentUrl)})`
  ).join("\n");
}

// src/render/live-record.ts
var start = (name) => `<!-- release-retro:${name}:start -->`;
var end = (name) => `<!-- release-retro:${name}:end -->`;
function liveSection(name, content) {
  return `${start(name)}
${content.trim()}
${end(name)}`;
}
function replaceLiveSection(body, name, content) {
  const from = body.indexOf(start(name));
  const to = body.indexOf(end(name));
  if (from === -1 || to === -1 || to < from) return body;
  return `${body.slice(0, from)}${liveSection(name, content)}${body.slice(to + end(name).length)}`;
}
function rerenderBody(body, state, maxActionItems) {
  const withItems = replaceLiveSection(body, "action-items", renderActionItems(state, maxActionItems));
  return withState(replaceLiveSection(withItems, "learnings", renderLearnings(state)), state);
}

export {
  renderActionItems,
  renderLearnings,
  liveSection,
  replaceLiveSection,
  rerenderBody
};
