import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  DEFAULT_CONFIG_PATH,
  MODES,
  REPOSITORY_INPUT
} from "./chunk-K4MQLSWD.js";
import {
  configErrorFrom
} from "./chunk-JYEVMDVV.js";
import {
  _enum,
  strictObject,
  string
} from "./chunk-GEUPCBRQ.js";

// src/config/inputs.ts
var optionalText = string().transform((value) => value.trim() || void 0);
var booleanText = string().refine((value) => ["", "true", "false"].includes(value.trim().toLowerCase()), "must be true or false").transform((value) => value.trim().toLowerCase() === "true");
var hoursText = string().trim().refine((value) => value === "" || /^\d+(\.\d+)?$/.test(value), "must be a number of hours, like 48").transform((value) => value === "" ? void 0 : Number(value));
var inputSchema = strictObject({
  "github-token": string().trim().min(1, "is required: pass the github.token expression or a token secret"),
  "project-token": optionalText,
  "config-path": string().trim().transform((value) => value || DEFAULT_CONFIG_PATH),
  mode: string().trim().transform((value) => value || "auto").pipe(_enum(MODES, { message: `must be one of: ${MODES.join(", ")}` })),
  tag: optionalText,
  line: optionalText,
  "result-file": optionalText,
  team: optionalText,
  results: optionalText,
  repository: string().trim().refine((value) => value === "" || REPOSITORY_INPUT.test(value), "must look like owner/name").transform((value) => value || void 0),
  "dry-run": booleanText,
  "maturity-hours": hoursText,
  "discussion-category": optionalText,
  "project-url": string().trim().refine(
    (value) => value === "" || /^https?:\/\/[^/]+\/(orgs|users)\/[^/]+\/projects\/\d+\/?$/.test(value),
    "must be a project URL like https://github.com/orgs/acme/projects/1"
  ).transform((value) => value || void 0),
  monitoring: optionalText
});
var INPUT_NAMES = Object.keys(inputSchema.shape);
function parseInputs(read) {
  const raw = Object.fromEntries(INPUT_NAMES.map((name) => [name, read(name)]));
  const parsed = inputSchema.safeParse(raw);
  if (!parsed.success) {
    const redacted = { ...raw, "github-token": raw["github-token"] ? "***" : "", "project-token": "***" };
    throw configErrorFrom(parsed.error, inputSchema, redacted, "the action inputs");
  }
  return parsed.data;
}

export {
  inputSchema,
  INPUT_NAMES,
  parseInputs
};
