import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);

// src/retro/context.ts
function notice(log, message) {
  (log.notice ?? log.info)(message);
}
var OUTPUT_NAMES = [
  "mode",
  "release-tag",
  "discussion-url",
  "discussion-number",
  "action-items",
  "issues",
  "retrospective-path",
  "metrics"
];

export {
  notice,
  OUTPUT_NAMES
};
