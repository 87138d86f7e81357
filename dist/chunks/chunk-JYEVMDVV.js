import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  ConfigError
} from "./chunk-CJKOEJJ5.js";
import {
  ZodArray,
  ZodObject
} from "./chunk-GEUPCBRQ.js";
import {
  require_mod
} from "./chunk-TJRBXXYP.js";
import {
  __toESM
} from "./chunk-HANBNIMK.js";

// src/config/errors.ts
var import_fastest_levenshtein = __toESM(require_mod(), 1);
function formatPath(path) {
  return path.reduce((out, segment) => {
    if (typeof segment === "number") return `${out}[${segment}]`;
    return out ? `${out}.${String(segment)}` : String(segment);
  }, "");
}
function valueAt(input, path) {
  let current = input;
  for (const segment of path) {
    if (current === null || typeof current !== "object") return void 0;
    current = current[segment];
  }
  return current;
}
function schemaAt(schema, path) {
  let current = schema;
  for (const segment of [...path, null]) {
    while (current) {
      const def = current.def;
      if (def?.type === "optional" || def?.type === "default" || def?.type === "nullable" || def?.type === "prefault") {
        current = def.innerType;
      } else if (def?.type === "pipe") {
        current = def.in;
      } else break;
    }
    if (segment === null || !current) return current;
    if (current instanceof ZodObject) current = current.shape[String(segment)];
    else if (current instanceof ZodArray) current = current.element;
    else return void 0;
  }
  return current;
}
function describe(value) {
  if (value === void 0) return "nothing";
  const text = JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}\u2026` : text;
}
function explain(issue, schema, input) {
  const where = formatPath(issue.path) || "(top level)";
  const at = (message) => [{ message, path: issue.path }];
  if (issue.code === "unrecognized_keys") {
    const known = schemaAt(schema, issue.path);
    const names = known instanceof ZodObject ? Object.keys(known.shape) : [];
    return issue.keys.map((key) => {
      const fullKey = formatPath([...issue.path, key]);
      const nearest = names.length ? (0, import_fastest_levenshtein.closest)(key, names) : void 0;
      const hint = nearest && (0, import_fastest_levenshtein.distance)(key, nearest) <= Math.max(2, Math.floor(key.length / 3)) ? ` Did you mean "${nearest}"?` : names.length ? ` Known keys here: ${names.join(", ")}.` : "";
      return { message: `unknown key "${fullKey}".${hint}`, path: issue.path, unknownKey: key };
    });
  }
  const value = valueAt(input, issue.path);
  if (issue.code === "invalid_value") {
    return at(
      `"${where}" is ${describe(value)}; allowed: ${issue.values.map((v) => JSON.stringify(v)).join(", ")}.`
    );
  }
  if (issue.code === "invalid_type") {
    return at(`"${where}" should be ${issue.expected}, but is ${describe(value)}.`);
  }
  if (issue.code === "invalid_union") {
    return at(`"${where}" is ${describe(value)}, which is not allowed here.`);
  }
  return at(`"${where}" ${issue.message.replace(/^Invalid string: /, "")} (got ${describe(value)}).`);
}
function explainIssues(error, schema, input) {
  return error.issues.flatMap((issue) => explain(issue, schema, input)).map((e) => e.message);
}
function configErrorFrom(error, schema, input, source, locate) {
  const explained = error.issues.flatMap((issue) => explain(issue, schema, input));
  const problems = locate ? explained.map((e) => ({ message: e.message, file: source, ...locate(e.path, e.unknownKey) })) : [];
  const lines = explained.map((e, i) => {
    const where = problems[i] ? ` (line ${problems[i].line}, column ${problems[i].column})` : "";
    return `  - ${e.message}${where}`;
  });
  return new ConfigError(`Invalid configuration in ${source}:
${lines.join("\n")}`, problems);
}

export {
  explainIssues,
  configErrorFrom
};
