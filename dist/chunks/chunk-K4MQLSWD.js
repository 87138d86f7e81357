import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  readRepoFile
} from "./chunk-WJ5OIIMH.js";
import {
  ConfigError
} from "./chunk-CJKOEJJ5.js";

// src/config/read-config.ts
var DEFAULT_CONFIG_PATH = ".github/release-retro.yml";
async function readConfigText(github, repo, path, workspace) {
  const text = await readRepoFile(github, repo, path, workspace);
  if (text === null && path !== DEFAULT_CONFIG_PATH) {
    throw new ConfigError(
      `config-path "${path}" was not found in the workspace or in ${repo.owner}/${repo.name}.`
    );
  }
  return text;
}

// src/config/start-inputs.ts
var MODES = ["auto", "open", "command", "finalize", "remind", "preview", "report"];
var REPOSITORY_INPUT = /^[\w.-]+\/[\w.-]+$/;
function readStartInputs(read) {
  const token = read("github-token").trim();
  const repository = read("repository").trim();
  const mode = read("mode").trim() || "auto";
  if (!token || repository && !REPOSITORY_INPUT.test(repository) || !isMode(mode)) return null;
  return {
    "github-token": token,
    repository: repository || void 0,
    mode,
    "config-path": read("config-path").trim() || DEFAULT_CONFIG_PATH,
    "discussion-category": read("discussion-category").trim() || void 0,
    "result-file": read("result-file").trim() !== ""
  };
}
function isMode(value) {
  return MODES.includes(value);
}

export {
  DEFAULT_CONFIG_PATH,
  readConfigText,
  MODES,
  REPOSITORY_INPUT,
  readStartInputs
};
