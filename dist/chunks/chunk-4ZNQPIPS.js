import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  require_path
} from "./chunk-OTWVVFX5.js";
import {
  require_fs
} from "./chunk-XDTKL5F7.js";
import {
  _enum,
  array,
  literal,
  number,
  record,
  strictObject,
  string
} from "./chunk-GEUPCBRQ.js";
import {
  __toESM
} from "./chunk-HANBNIMK.js";

// src/org/result.ts
var import_node_fs = __toESM(require_fs(), 1);
var import_node_path = __toESM(require_path(), 1);
var day = string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date like 2026-05-01");
var itemResultSchema = strictObject({
  id: string(),
  title: string(),
  owner: string().nullable(),
  due: day.nullable(),
  issueUrl: string().nullable(),
  /** untracked: decided but never turned into an issue. */
  state: _enum(["open", "closed", "untracked"]),
  closedAt: string().nullable()
});
var retroResultSchema = strictObject({
  tag: string(),
  url: string(),
  status: _enum(["open", "finalized"]),
  openedAt: string(),
  metrics: record(string(), number()),
  items: array(itemResultSchema)
});
var repositoryResultSchema = strictObject({
  version: literal(1),
  repository: string().regex(/^[\w.-]+\/[\w.-]+$/, "must be owner/name"),
  team: string(),
  generatedAt: string(),
  retrospectives: array(retroResultSchema)
});
function writeRepositoryResult(path, result) {
  (0, import_node_fs.mkdirSync)((0, import_node_path.dirname)(path), { recursive: true });
  (0, import_node_fs.writeFileSync)(path, `${JSON.stringify(repositoryResultSchema.parse(result), null, 2)}
`);
}

export {
  repositoryResultSchema,
  writeRepositoryResult
};
