import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  readRepoFile
} from "./chunk-WJ5OIIMH.js";
import {
  ConfigError
} from "./chunk-CJKOEJJ5.js";
import {
  __commonJS,
  __require
} from "./chunk-HANBNIMK.js";

// builtin-required:fs/promises
var require_promises = __commonJS({
  "builtin-required:fs/promises"(exports, module) {
    module.exports = __require("node:fs/promises");
  }
});

// src/retro/user-template.ts
async function readUserTemplate(ctx, key) {
  const path = ctx.config.templates[key].trim();
  if (!path) return null;
  const { owner, name } = ctx.repo;
  const text = await readRepoFile(ctx.github, ctx.repo, path, ctx.workspace);
  if (text === null) {
    throw new ConfigError(
      `templates.${key} is "${path}", but there is no such file in ${owner}/${name} (default branch) or the workspace. Commit the template there, fix the path in .github/release-retro.yml, or remove the key to use the bundled template.`
    );
  }
  return { text, source: path.replace(/^\.?\/+/, "") };
}

export {
  readUserTemplate,
  require_promises
};
