import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

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

export {
  formatTime,
  formatDate,
  between,
  plural,
  REACTION_EMOJI
};
