import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  withState
} from "./chunk-X226BT7Z.js";
import {
  renderActionItems,
  renderLearnings
} from "./chunk-XL6PSVN2.js";

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
  liveSection,
  replaceLiveSection,
  rerenderBody
};
