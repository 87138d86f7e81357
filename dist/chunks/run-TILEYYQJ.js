import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  parseInputs
} from "./chunk-NIQDG3PP.js";
import {
  defaultRawPlan,
  error,
  getInput,
  group,
  info,
  log,
  setFailed,
  setOutput,
  stages,
  summary
} from "./chunk-HKSPMLCB.js";
import "./chunk-K4MQLSWD.js";
import "./chunk-HHI3R4JO.js";
import {
  configErrorFrom
} from "./chunk-JYEVMDVV.js";
import "./chunk-OOT7UWAH.js";
import "./chunk-YOH7XHVK.js";
import "./chunk-HO4A77JF.js";
import {
  OUTPUT_NAMES
} from "./chunk-UA73MC25.js";
import "./chunk-WJ5OIIMH.js";
import {
  ConfigError
} from "./chunk-CJKOEJJ5.js";
import {
  require_path
} from "./chunk-OTWVVFX5.js";
import "./chunk-XDTKL5F7.js";
import {
  require_dist
} from "./chunk-366W3JI3.js";
import {
  StateError,
  decodeState
} from "./chunk-X226BT7Z.js";
import {
  ZodObject,
  _enum,
  array,
  boolean,
  literal,
  number,
  strictObject,
  string,
  union
} from "./chunk-GEUPCBRQ.js";
import {
  escapeInline,
  table
} from "./chunk-TJI3AFGO.js";
import {
  versionOf
} from "./chunk-36SB4XHL.js";
import "./chunk-TJRBXXYP.js";
import "./chunk-OU6TGR5C.js";
import {
  viewerIdentity
} from "./chunk-ZCQLGQEF.js";
import "./chunk-D36BQLDK.js";
import {
  __toESM
} from "./chunk-HANBNIMK.js";

// src/run.ts
var import_node_path = __toESM(require_path(), 1);

// src/config/annotations.ts
async function reportConfigProblems(problems) {
  for (const problem of problems) {
    error(problem.message, {
      title: "release-retro configuration",
      file: problem.file,
      startLine: problem.line,
      startColumn: problem.column
    });
  }
  if (!process.env.GITHUB_STEP_SUMMARY || problems.length === 0) return;
  const rows = problems.map((p) => [
    `\`${escapeInline(p.file)}\` line ${p.line}, column ${p.column}`,
    escapeInline(p.message)
  ]);
  await summary.addRaw(
    `### release-retro: the configuration needs a fix

Nothing was changed on GitHub.

${table(["where", "problem"], rows)}
`,
    true
  ).write();
}

// src/config/casing.ts
function camelKey(key) {
  return key.replace(/-([a-z0-9])/g, (_, char) => char.toUpperCase());
}
function camelDeep(value) {
  if (Array.isArray(value)) return value.map(camelDeep);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [camelKey(k), camelDeep(v)])
    );
  }
  return value;
}

// src/config/config-schema.ts
function doc(schema, description, examples) {
  return schema.meta(examples ? { description, examples } : { description });
}
var login = string().regex(/^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/, 'must be a GitHub login like "octocat"');
var team = string().regex(/^[A-Za-z0-9][\w.-]*\/[A-Za-z0-9][\w.-]*$/, 'must be a team like "org/team-slug"');
var loginOrTeam = union([login, team]);
var priority = _enum(["P0", "P1", "P2", "P3"]);
var labelName = string().min(1).max(50);
var tagPattern = string().min(1).regex(/^[^\s]+$/, 'must be a tag glob without spaces, like "v*" or "api-v*"');
var weeklySlot = string().regex(
  /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun) ([01]\d|2[0-3]):[0-5]\d$/,
  'must be a weekday and a 24-hour time, like "Tue 15:00"'
);
var timeZone = string().refine((zone) => {
  if (zone === "UTC" || zone === "Etc/UTC") return true;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}, 'must be an IANA time zone like "Europe/Berlin" or "UTC"');
var agendaItem = strictObject({
  id: doc(
    string().regex(/^[a-z0-9-]+$/, "must use only lowercase letters, digits and hyphens"),
    "Identifier of the agenda item: lowercase letters, digits and hyphens.",
    ["review-the-data"]
  ),
  title: doc(string().min(1), "Heading of the agenda item.", ["Review the data"]),
  minutes: doc(number().int().min(1).max(120), "Time box of the item, in minutes (1 to 120).", [15]),
  description: doc(string().default(""), "What the team does in this item.", [
    "Walk through the release facts and metrics; ask what surprised us."
  ])
});
var surveyPrompt = strictObject({
  id: doc(
    string().regex(/^[a-z0-9-]+$/, "must use only lowercase letters, digits and hyphens"),
    "Identifier of the survey thread: lowercase letters, digits and hyphens; unique in the survey.",
    ["went-well"]
  ),
  title: doc(string().min(1).max(100), "Heading of the survey thread (at most 100 characters).", [
    "What went well?"
  ]),
  prompt: doc(string().default(""), "Text under the heading that asks for answers.", [
    "One point per reply; vote with \u{1F44D} on the replies you agree with."
  ])
});
var milestoneTitle = string().includes("{month}", { message: "must contain {month}" });
var projectUrl = string().regex(
  /^https?:\/\/[^/]+\/(orgs|users)\/[^/]+\/projects\/\d+\/?$/,
  "must be a project URL like https://github.com/orgs/acme/projects/1"
);
var pathGlob = string().min(1).regex(/^[^/\s]/, 'must be a path glob relative to the repository root, like "web/**"');
var lineScope = doc(
  strictObject({
    name: doc(
      union([
        literal(""),
        string().regex(/^[a-z0-9][a-z0-9._-]*$/, 'must use lowercase letters, digits, ".", "_" and "-"')
      ]),
      "The release line's name (lowercase), for logs, summaries, milestones (`{line}`) and the `line` input; required once `line.paths` is set or the file lists `lines`.",
      ["web", "api"]
    ),
    paths: doc(
      array(pathGlob),
      "Path globs (picomatch, `**` crosses folders): a pull request or commit belongs to the line when it touches one. Empty: every change.",
      [["web/**", "shared/ui/**"]]
    ),
    "pull-request-labels": doc(
      array(labelName),
      "A pull request with one of these labels belongs to the line whatever it touches.",
      [["area:web"]]
    ),
    environments: doc(
      array(string().min(1)),
      "The line's deployment environments, exact names (its production ones are `production-environments`). Empty: every environment.",
      [["web-staging", "web-production"]]
    ),
    workflows: doc(
      array(string().min(1)),
      "Workflows whose runs count for CI health, by file name (`ci.yml`), path or name. Empty: every workflow.",
      [["web-ci.yml", "Web CI"]]
    )
  }),
  "Monorepos: what belongs to this file's release line (docs/monorepos.md)."
);
var configShape = {
  title: doc(
    string().includes("{tag}", { message: "must contain {tag}" }),
    "Title of the retrospective discussion; must contain `{tag}`.",
    ["Retrospective: {tag}", "Release {tag} retro"]
  ),
  "discussion-category": doc(string().min(1), "Discussion category, by slug or name.", [
    "retrospectives",
    "Retrospectives"
  ]),
  releases: doc(
    strictObject({
      "tag-pattern": doc(
        tagPattern,
        "Glob for the tags of one release line (`*` matches anything). Monorepos run one workflow per line, e.g. `api-v*`.",
        ["v*", "api-v*"]
      ),
      "include-prereleases": doc(
        boolean(),
        "Whether prereleases get retrospectives and count as previous releases.",
        [true]
      )
    }),
    "Which releases get retrospectives."
  ),
  maturity: doc(
    strictObject({
      hours: doc(
        number().min(0).max(24 * 90),
        "Hours after the train's last release before its retrospective opens (0 to 2160).",
        [48, 72, 0]
      ),
      gates: doc(
        strictObject({
          "production-deployments": doc(
            boolean(),
            "Hold back while a production deployment of the release failed inside the window.",
            [false]
          ),
          "open-incidents": doc(boolean(), "Hold back while an issue with an incident label is open.", [
            false
          ])
        }),
        "Conditions that hold a matured release back."
      )
    }),
    "When a release is ready for its retrospective."
  ),
  metrics: doc(
    strictObject({
      "band-period-days": doc(
        number().int().min(28).max(365),
        'Days, ending with the observation period, that DORA deployment frequency and its band are measured over (28 to 365; docs/metrics.md "Windows").',
        [30, 90]
      )
    }),
    "How the metrics are measured."
  ),
  "production-environments": doc(
    array(string().min(1)).min(1),
    "Deployment environments that count as production (case-insensitive).",
    [["production"], ["prod-eu", "prod-us"]]
  ),
  labels: doc(
    strictObject({
      incident: doc(array(labelName), "Labels that mark incidents.", [["incident", "sev1"]]),
      bug: doc(array(labelName), "Labels that mark bugs.", [["bug", "regression"]]),
      feedback: doc(array(labelName), "Labels that mark user feedback.", [["feedback", "customer"]]),
      "severity-prefix": doc(string(), "Incident labels starting with this give the severity.", [
        "severity:",
        "sev-"
      ])
    }),
    "Issue labels the release data is read from."
  ),
  voice: doc(
    strictObject({
      "discussion-categories": doc(
        array(string().min(1)).max(10),
        `Discussion categories (slug or name) whose discussions opened in the observation period are shown under "Users' voice", with counts and the most-reacted. Empty: none.`,
        [["q-a", "ideas"]]
      ),
      "mentioning-issues": doc(
        boolean(),
        "Show the issues opened in the observation period that mention a tag, pull request or commit of the release.",
        [false]
      )
    }),
    "The users' voice beyond release reactions and feedback-labelled issues (one GraphQL request)."
  ),
  "external-checks": doc(
    strictObject({
      statuses: doc(
        boolean(),
        "Read the commit statuses external monitors posted on each tag of the release. Needs `statuses: read`.",
        [true]
      ),
      "check-runs": doc(
        boolean(),
        "Read the check runs apps other than GitHub Actions posted on each tag of the release. Needs `checks: read`.",
        [true]
      )
    }),
    "Statuses and check runs of external monitors (canary analysis, error budgets) shown under Monitoring; one request per tag each, off by default."
  ),
  invite: doc(
    strictObject({
      mode: doc(
        _enum(["participants", "team", "none"]),
        "Who is @mentioned in the retrospective: `participants`, `team` or `none`.",
        ["team"]
      ),
      team: doc(
        union([literal(""), team]),
        "The team (`org/team`) to mention when `invite.mode` is `team`.",
        ["acme/release-team"]
      )
    }),
    "Who is invited to the retrospective."
  ),
  facilitators: doc(
    strictObject({
      users: doc(
        array(login),
        "People who may decide besides those with write, maintain or admin access.",
        [["octocat"]]
      ),
      teams: doc(array(team), "Teams (`org/team`) whose active members may decide.", [
        ["acme/release-managers"]
      ])
    }),
    "Who may decide, besides people with write access."
  ),
  proposers: doc(
    _enum(["anyone", "facilitators"]),
    "Who may propose items and learnings: `anyone` who can comment, or only `facilitators`.",
    ["facilitators"]
  ),
  record: doc(
    strictObject({
      counts: doc(
        _enum(["team", "everyone"]),
        "Whose reflections, learnings and participation the record keeps: the `team` (people with triage access or above, facilitators, the release's participants, stakeholders and `record.people`) or `everyone` who commented. Minimized comments are never kept.",
        ["everyone"]
      ),
      people: doc(
        array(login),
        "More people the record counts as the team (a `read` role cannot tell a collaborator from the public on a public repository).",
        [["octocat"]]
      )
    }),
    "Who the finished retrospective (retrospective.md, the closing comment) counts."
  ),
  "max-action-items": doc(
    number().int().min(1).max(20),
    "At most this many items can be accepted (1 to 20).",
    [3]
  ),
  meeting: doc(
    strictObject({
      minutes: doc(
        number().int().min(15).max(240),
        "Length of the meeting the agenda is planned for, in minutes (15 to 240).",
        [60, 90]
      ),
      slots: doc(
        array(weeklySlot).max(14),
        "Weekly windows the team can meet in (weekday and 24-hour time in `meeting.time-zone`). The retrospective proposes the next few in a thread, people vote with \u{1F44D}, the chosen one is announced. Empty: no meeting is proposed.",
        [["Tue 15:00", "Thu 10:00"]]
      ),
      "time-zone": doc(timeZone, "IANA time zone of the slots; daylight saving is handled.", [
        "Europe/Berlin",
        "America/New_York"
      ]),
      "look-ahead-days": doc(
        number().int().min(1).max(28),
        "Propose slots starting within this many days after the retrospective opens (1 to 28).",
        [7]
      ),
      proposals: doc(number().int().min(1).max(10), "At most this many slots are proposed (1 to 10).", [3]),
      "vote-hours": doc(
        number().min(1).max(24 * 14),
        "The vote closes this many hours after the retrospective opens; proposed slots start after it.",
        [48]
      ),
      quorum: doc(
        number().min(0).max(1),
        "Announce before the close once this share of the invited participants voted; 0 waits for the close.",
        [0.6]
      )
    }),
    "The retrospective meeting."
  ),
  agenda: doc(
    array(agendaItem).min(1),
    "List of `{ id, title, minutes, description }`; the minutes add up to `meeting.minutes`."
  ),
  survey: doc(
    array(surveyPrompt).min(1).max(10),
    "List of `{ id, title, prompt }`; each becomes a survey thread in the discussion."
  ),
  "action-items": doc(
    strictObject({
      labels: doc(
        strictObject({
          base: doc(labelName, "Label on every action-item issue.", ["retro-action"]),
          "tag-prefix": doc(string(), "Prefix of the per-release label, e.g. `retro:v1.4.0`.", ["retro:"]),
          "priority-prefix": doc(string(), "Prefix of the priority label, e.g. `priority:P1`.", [
            "priority:"
          ])
        }),
        "Labels on action-item issues."
      ),
      "default-priority": doc(priority, "Priority of an accepted item that has none.", ["P1"]),
      milestones: doc(
        strictObject({
          strategy: doc(
            _enum(["monthly", "fixed", "none"]),
            "`monthly` (one milestone per month of due dates), `fixed` or `none`.",
            ["fixed"]
          ),
          title: doc(
            milestoneTitle,
            "Title of monthly milestones; `{month}` is `YYYY-MM`, `{line}` the release line's name.",
            ["Retro actions {month}"]
          ),
          "fixed-title": doc(string(), "The milestone for `strategy: fixed`; `{line}` as in `title`.", [
            "Retro follow-ups"
          ])
        }),
        "Milestones that carry the due dates of action items."
      )
    }),
    "The issues created for decided action items."
  ),
  project: doc(
    strictObject({
      url: doc(
        union([literal(""), projectUrl]),
        "A Projects (v2) board, e.g. `https://github.com/orgs/acme/projects/1`. Needs the `project-token` input.",
        ["https://github.com/orgs/acme/projects/7"]
      ),
      fields: doc(
        strictObject({
          status: doc(string(), "Single-select field set on new items.", ["Status"]),
          "status-value": doc(string(), "The option chosen in that field.", ["Todo"]),
          due: doc(string(), "Date field set to the item's due date.", ["Due"]),
          priority: doc(string(), "Field (single-select or text) set to the item's priority.", [
            "Priority"
          ]),
          line: doc(
            string(),
            "Field (single-select or text) set to the release line's name, so the lines of a monorepo can share one board; skipped for a repository of one line and for a line whose `lines` entry sets its own `project.url`. Empty: never.",
            ["Component"]
          )
        }),
        "Board fields set on each action item."
      )
    }),
    "The project board action items are added to."
  ),
  publish: doc(
    strictObject({
      mode: doc(
        _enum(["pull-request", "commit", "none"]),
        "Where `retrospective.md` goes besides the workspace and job summary: `pull-request`, `commit` or `none`.",
        ["pull-request"]
      ),
      path: doc(
        string().includes("{tag}", { message: "must contain {tag}" }),
        "Path of the published file.",
        ["docs/retrospectives/{tag}.md"]
      ),
      branch: doc(string().min(1), "Branch for `publish.mode: pull-request`.", ["release-retro/{tag}"]),
      "link-in-release": doc(boolean(), "Add a link to the retrospective to the release notes.", [true])
    }),
    "Where the finished retrospective is published."
  ),
  "finalize-after-days": doc(
    number().min(0).max(365),
    "Scheduled runs finalize retrospectives older than this many days (0 to 365).",
    [7, 14]
  ),
  "remind-every-days": doc(
    number().min(1).max(365),
    "Remind owners of an overdue item at most this often, in days (1 to 365).",
    [7]
  ),
  stakeholders: doc(array(loginOrTeam), "People or teams mentioned in the closing comment.", [
    ["acme/leads", "octocat"]
  ]),
  templates: doc(
    strictObject({
      discussion: doc(
        string(),
        "Path in the repository of your own EJS template for the discussion body.",
        [".github/retro-discussion.md.ejs"]
      ),
      retrospective: doc(
        string(),
        "Path in the repository of your own EJS template for `retrospective.md`.",
        [".github/retrospective.md.ejs"]
      )
    }),
    "Your own templates (they run as code: see SECURITY.md)."
  ),
  line: lineScope
};
function deepPartial(schema) {
  if (schema instanceof ZodObject) {
    const shape = schema.shape;
    const partial = strictObject(
      Object.fromEntries(Object.entries(shape).map(([k, v]) => [k, deepPartial(v).optional()]))
    );
    const meta = schema.meta();
    return meta ? partial.meta(meta) : partial;
  }
  return schema;
}
var lineOverlaySchema = deepPartial(strictObject(configShape));
var configSchema = strictObject({
  ...configShape,
  lines: doc(
    array(lineOverlaySchema),
    "Several release lines in one file: each entry overrides any key above for its line (`line`, `releases.tag-pattern`, `production-environments`, `labels`, \u2026). See docs/monorepos.md."
  )
}).superRefine((config, ctx) => {
  const { meeting } = config;
  if (meeting.slots.length > 0 && meeting["look-ahead-days"] * 24 <= meeting["vote-hours"]) {
    ctx.addIssue({
      code: "custom",
      path: ["meeting", "look-ahead-days"],
      message: `must reach past the vote (vote-hours is ${meeting["vote-hours"]}): slots are proposed after the vote closes`
    });
  }
  if (config["action-items"].milestones.strategy === "fixed" && !config["action-items"].milestones["fixed-title"]) {
    ctx.addIssue({
      code: "custom",
      path: ["action-items", "milestones", "fixed-title"],
      message: 'is required when strategy is "fixed"'
    });
  }
  if (config.invite.mode === "team" && !config.invite.team) {
    ctx.addIssue({ code: "custom", path: ["invite", "team"], message: 'is required when mode is "team"' });
  }
  const ids = /* @__PURE__ */ new Set();
  config.survey.forEach((prompt, index) => {
    if (ids.has(prompt.id)) {
      ctx.addIssue({
        code: "custom",
        path: ["survey", index, "id"],
        message: `"${prompt.id}" is used twice`
      });
    }
    ids.add(prompt.id);
  });
  if (config.line.paths.length > 0 && config.line.name === "" && config.lines.length === 0) {
    ctx.addIssue({ code: "custom", path: ["line", "name"], message: "is required when line.paths is set" });
  }
});

// src/config/position.ts
var import_yaml = __toESM(require_dist(), 1);
function parseYamlWithPositions(text) {
  const lineCounter = new import_yaml.LineCounter();
  const document = (0, import_yaml.parseDocument)(text, { lineCounter, prettyErrors: true });
  return { document, lineCounter };
}
function positionOf(parsed, offset) {
  const { line, col } = parsed.lineCounter.linePos(offset);
  return { line, column: col };
}
function pairIn(node, key) {
  if (!(0, import_yaml.isMap)(node)) return void 0;
  return node.items.find((pair) => {
    if (!(0, import_yaml.isPair)(pair)) return false;
    const k = pair.key;
    return (0, import_yaml.isScalar)(k) ? String(k.value) === String(key) : false;
  });
}
function locate(parsed, path, unknownKey) {
  let node = parsed.document.contents;
  let best = { line: 1, column: 1 };
  const segments = unknownKey === void 0 ? path : [...path, unknownKey];
  for (const [i, segment] of segments.entries()) {
    const last = i === segments.length - 1;
    if (typeof segment === "number" && node && typeof node === "object" && "items" in node) {
      const item = node.items[segment];
      if (!item?.range) return best;
      best = positionOf(parsed, item.range[0]);
      node = item;
      continue;
    }
    const pair = pairIn(node, segment);
    if (!pair) return best;
    const target = last && unknownKey === void 0 && pair.value?.range ? pair.value : pair.key;
    if (target?.range) best = positionOf(parsed, target.range[0]);
    node = pair.value;
  }
  return best;
}

// src/config/load.ts
function isPlainObject(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
function deepMerge(base, override) {
  if (!isPlainObject(base) || !isPlainObject(override)) return override === void 0 ? base : override;
  const merged = { ...base };
  for (const [key, value] of Object.entries(override)) merged[key] = deepMerge(base[key], value);
  return merged;
}
function parseYamlDocument(text, source) {
  const parsed = parseYamlWithPositions(text);
  const syntaxError = parsed.document.errors[0];
  if (syntaxError) {
    const [line, column] = syntaxError.linePos?.[0] ? [syntaxError.linePos[0].line, syntaxError.linePos[0].col] : [1, 1];
    const message = `${source} is not valid YAML at line ${line}, column ${column}: ${syntaxError.message.split("\n")[0]}`;
    throw new ConfigError(message, [{ message, file: source, line, column }]);
  }
  return { value: parsed.document.toJS() ?? {}, parsed };
}
function loadConfig(userText, source, overrides = {}) {
  const file = userText === null ? null : parseYamlDocument(userText, source);
  const user = file?.value ?? {};
  if (!isPlainObject(user)) {
    const message = `${source} must be a YAML mapping of keys to values, but is ${Array.isArray(user) ? "a list" : typeof user}.`;
    throw new ConfigError(message, [{ message, file: source, line: 1, column: 1 }]);
  }
  const merged = deepMerge(defaultRawPlan(), user);
  const parsed = configSchema.safeParse(merged);
  if (!parsed.success) {
    const where = file ? (path, key) => locate(file.parsed, path, key) : void 0;
    throw configErrorFrom(parsed.error, configSchema, merged, source, where);
  }
  const config = camelDeep(parsed.data);
  if (overrides.maturityHours !== void 0) config.maturity.hours = overrides.maturityHours;
  if (overrides.discussionCategory) config.discussionCategory = overrides.discussionCategory;
  if (overrides.projectUrl) config.project.url = overrides.projectUrl;
  return config;
}
function loadLineConfigs(userText, source, overrides = {}) {
  const whole = loadConfig(userText, source, overrides);
  if (whole.lines.length === 0) return [whole];
  const file = parseYamlDocument(userText ?? "", source);
  const { lines, ...shared } = deepMerge(defaultRawPlan(), file.value);
  const configs = lines.map((entry, i) => {
    const merged = { ...deepMerge(shared, entry), lines: [] };
    const parsed = configSchema.safeParse(merged);
    if (!parsed.success) {
      const where = (path, key) => locate(file.parsed, ["lines", i, ...path], key);
      throw configErrorFrom(parsed.error, configSchema, merged, `${source} (lines[${i}])`, where);
    }
    const config = camelDeep(parsed.data);
    if (overrides.maturityHours !== void 0) config.maturity.hours = overrides.maturityHours;
    if (overrides.discussionCategory) config.discussionCategory = overrides.discussionCategory;
    if (overrides.projectUrl) config.project.url = overrides.projectUrl;
    const own = entry?.project;
    if (typeof own?.url === "string" && own.url && own.fields?.line === void 0)
      config.project.fields.line = "";
    return config;
  });
  const names = /* @__PURE__ */ new Set();
  const patterns = /* @__PURE__ */ new Set();
  configs.forEach((config, i) => {
    const where = `${source}: lines[${i}]`;
    if (!config.line.name)
      throw new ConfigError(`${where}: line.name is required for each of several lines.`);
    if (names.has(config.line.name))
      throw new ConfigError(`${where}: line.name "${config.line.name}" is used by an earlier line.`);
    if (patterns.has(config.releases.tagPattern))
      throw new ConfigError(
        `${where}: releases.tag-pattern "${config.releases.tagPattern}" is used by an earlier line; each line needs its own tags.`
      );
    names.add(config.line.name);
    patterns.add(config.releases.tagPattern);
  });
  return configs;
}

// src/dispatch.ts
function releaseTagOf(payload) {
  const release = payload.release;
  return typeof release?.tag_name === "string" ? release.tag_name : void 0;
}
function commandPlan(input) {
  if (input.eventName !== "discussion_comment") {
    throw new ConfigError(
      `mode "command" reads discussion comments, but this run was started by "${input.eventName}". Run it on: discussion_comment (types: created, edited, deleted).`
    );
  }
  return { kind: "command", action: String(input.payload.action ?? ""), payload: input.payload };
}
function planRun(input) {
  const { mode, eventName, payload, tag } = input;
  switch (mode) {
    case "open":
      return tag ? { kind: "open", tag } : { kind: "open-matured" };
    case "command":
      return commandPlan(input);
    case "finalize":
      return tag ? { kind: "finalize", tag } : { kind: "finalize" };
    case "remind":
      return { kind: "remind" };
    case "preview": {
      const previewTag = tag ?? releaseTagOf(payload);
      if (!previewTag)
        throw new ConfigError('mode "preview" needs the `tag` input: which release to preview.');
      return { kind: "preview", tag: previewTag };
    }
    case "report":
      if (!input.results)
        throw new ConfigError(
          'mode "report" needs the `results` input: the directory where the matrix jobs\' result files were downloaded.'
        );
      return { kind: "report", results: input.results };
    case "auto":
      break;
  }
  switch (eventName) {
    case "schedule":
      return { kind: "scheduled" };
    case "workflow_dispatch":
      return tag ? { kind: "open", tag } : { kind: "scheduled" };
    case "discussion_comment":
      return commandPlan(input);
    case "release": {
      const releaseTag = releaseTagOf(payload);
      if (payload.action !== "published" || !releaseTag) {
        return {
          kind: "skip",
          reason: `release event "${String(payload.action)}" is not "published"; nothing to do.`
        };
      }
      if (input.maturityHours > 0) {
        return {
          kind: "skip",
          reason: `${releaseTag} was just published; its retrospective opens on a scheduled run once it has matured (${input.maturityHours} hours).`
        };
      }
      return { kind: "open", tag: releaseTag };
    }
    default:
      throw new ConfigError(
        `release-retro does not handle the "${eventName}" event in mode "auto". Trigger it on schedule, workflow_dispatch, release (published) or discussion_comment, or set \`mode\` explicitly.`
      );
  }
}

// src/github/writes.ts
var WriteGateway = class {
  constructor(options) {
    this.options = options;
  }
  options;
  intents = [];
  queue = Promise.resolve();
  lastWriteAt = 0;
  get dryRun() {
    return this.options.dryRun;
  }
  /**
   * Sends a write through `send`, or in dry-run records it and returns `dryRunResult` (a stand-in shaped like
   * the real answer, so later steps of a dry run can go on).
   */
  write(intent, send, dryRunResult) {
    this.intents.push(intent);
    if (this.options.dryRun) {
      this.options.log.info(`[dry-run] would ${intent.action} on ${intent.target}: ${intent.summary}`);
      if (intent.body !== void 0) this.options.log.info(intent.body);
      return Promise.resolve(dryRunResult);
    }
    const run2 = this.queue.then(async () => {
      const wait = this.lastWriteAt + this.options.intervalMs - Date.now();
      if (wait > 0) await new Promise((resolve2) => setTimeout(resolve2, wait));
      try {
        return await send();
      } finally {
        this.lastWriteAt = Date.now();
      }
    });
    this.queue = run2.catch(() => void 0);
    return run2;
  }
};

// src/select-lines.ts
function routingTags(eventName, payload, tagInput) {
  if (tagInput) return [tagInput];
  if (eventName === "release") {
    const tag = payload.release?.tag_name;
    return typeof tag === "string" ? [tag] : [];
  }
  if (eventName === "discussion_comment") {
    const discussion = payload.discussion;
    try {
      const tag = typeof discussion?.body === "string" ? decodeState(discussion.body)?.tag : void 0;
      if (tag) return [tag];
    } catch (error2) {
      if (!(error2 instanceof StateError)) throw error2;
    }
    return typeof discussion?.title === "string" ? discussion.title.split(/\s+/).filter(Boolean) : [];
  }
  return [];
}
function lineOfTag(configs, tags) {
  const candidates = typeof tags === "string" ? [tags] : tags;
  return configs.find(
    (config) => candidates.some((tag) => versionOf(tag, config.releases.tagPattern) !== null)
  );
}
function selectLines(configs, request) {
  let selected = [...configs];
  if (request.line) {
    const named = configs.find((config) => config.line.name === request.line);
    if (!named) {
      const known = configs.map((c) => c.line.name).filter(Boolean);
      throw new ConfigError(
        `The line input names "${request.line}", but ${known.length > 0 ? `the config file's lines are: ${known.join(", ")}` : "the config file lists no lines"}.`
      );
    }
    selected = [named];
  }
  if (request.tags.length > 0 && selected.length > 1) {
    const owner = lineOfTag(selected, request.tags);
    return owner ? [owner] : [];
  }
  return selected;
}

// src/run.ts
function messageOf(error2) {
  if (error2 instanceof Error) return error2.message;
  if (typeof error2 === "string") return error2;
  try {
    return `Unexpected failure: ${JSON.stringify(error2)}`;
  } catch {
    return "Unexpected failure with a value that cannot be printed.";
  }
}
async function runAll(stages2) {
  const results = [];
  const failures = [];
  for (const [name, stage] of stages2) {
    try {
      results.push(await group(name, stage));
    } catch (error2) {
      failures.push(`${name}: ${messageOf(error2)}`);
    }
  }
  const merged = {
    outputs: Object.assign({}, ...results.map((r) => r.outputs)),
    summary: results.map((r) => r.summary).filter(Boolean).join("\n\n")
  };
  if (failures.length > 0) {
    throw Object.assign(new Error(failures.join("\n")), { partial: merged });
  }
  return merged;
}
async function scheduledIndexes(ctx) {
  const { loadRetroIndex } = await stages.index();
  const index = loadRetroIndex(ctx);
  index.catch(() => void 0);
  return {
    open: index,
    finalize: (stale) => ctx.config.finalizeAfterDays > 0 && !stale ? index : loadRetroIndex(ctx)
  };
}
function retrospectiveCommentedOn(ctx, payload) {
  const discussion = payload.discussion;
  const wanted = ctx.config.discussionCategory.trim().toLowerCase();
  const category = [discussion?.category?.slug, discussion?.category?.name].map(
    (c) => typeof c === "string" ? c.toLowerCase() : ""
  );
  return typeof discussion?.number === "number" && category.includes(wanted) ? discussion.number : null;
}
async function execute(plan, ctx) {
  switch (plan.kind) {
    case "open":
      return (await stages.open()).openRetrospective(ctx, plan.tag);
    case "open-matured":
      return (await stages.open()).openMaturedRetrospectives(ctx);
    case "scheduled": {
      const [index, open, commands, finalize, remind] = await Promise.all([
        scheduledIndexes(ctx),
        stages.open(),
        stages.commands(),
        stages.finalize(),
        stages.remind()
      ]);
      let swept = false;
      return runAll([
        ["open matured retrospectives", () => open.openMaturedRetrospectives(ctx, index.open)],
        // Commands whose events never came (or whose runs GitHub cancelled), before anything is finalized.
        [
          "apply missed commands",
          async () => {
            const result = await commands.reconcileOpenRetrospectives(ctx, index.open).catch((error2) => {
              swept = true;
              throw error2;
            });
            swept = result.wrote;
            return result;
          }
        ],
        // Only a plan with meeting slots has a vote to settle (no empty stage in the log otherwise).
        ...ctx.config.meeting.slots.length > 0 ? [
          [
            "announce meeting times",
            async () => (await stages.meeting()).settleMeetings(ctx, index.open)
          ]
        ] : [],
        ["finalize due retrospectives", () => finalize.autoFinalize(ctx, index.finalize(swept))],
        ["remind owners of overdue action items", () => remind.remindOverdue(ctx)]
      ]);
    }
    case "command": {
      const handled = await (await stages.commands()).handleDiscussionComment(ctx, plan.payload, plan.action);
      const number2 = retrospectiveCommentedOn(ctx, plan.payload);
      if (number2 === null || ctx.config.meeting.slots.length === 0) return handled;
      const settled = await (await stages.meeting()).settleMeetingOf(ctx, number2);
      return {
        outputs: handled.outputs,
        summary: [handled.summary, settled.summary].filter(Boolean).join("\n\n")
      };
    }
    case "finalize": {
      const finalize = await stages.finalize();
      return plan.tag ? finalize.finalizeRetrospective(ctx, { tag: plan.tag }) : finalize.autoFinalize(ctx);
    }
    case "remind":
      return (await stages.remind()).remindOverdue(ctx);
    case "preview":
      return (await stages.open()).previewRetrospective(ctx, plan.tag);
    case "report":
      return (await stages.report()).publishOrgReport(ctx, (0, import_node_path.resolve)(ctx.workspace, plan.results));
    case "skip":
      ctx.log.info(plan.reason);
      return { outputs: {}, summary: plan.reason };
  }
}
function stageTitle(plan) {
  switch (plan.kind) {
    case "open":
      return `Open the ${plan.tag} retrospective`;
    case "open-matured":
      return "Open retrospectives of matured releases";
    case "command":
      return "Apply the comment commands";
    case "finalize":
      return plan.tag ? `Finalize the ${plan.tag} retrospective` : "Finalize due retrospectives";
    case "remind":
      return "Remind owners of overdue action items";
    case "preview":
      return `Preview the ${plan.tag} retrospective`;
    default:
      return plan.kind;
  }
}
async function writeSummary(markdown, writes) {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  const intents = writes.intents;
  let text = markdown;
  if (writes.dryRun && intents.length > 0) {
    const rows = intents.map((i) => `| ${i.action} | ${i.target} | ${i.summary.replaceAll("|", "\\|")} |`);
    text += `

### Dry run: writes that were not sent

| write | where | what |
| --- | --- | --- |
${rows.join("\n")}
`;
  }
  if (text.trim()) await summary.addRaw(text, true).write();
}
async function run(started) {
  let writes;
  try {
    if (!started.ok) throw started.error;
    const { runner, github, clientFor, preload } = started;
    const inputs = parseInputs((name) => getInput(name));
    const configs = await group(
      `Configuration (${inputs["config-path"]})`,
      async () => loadLineConfigs(await started.configText, inputs["config-path"], {
        maturityHours: inputs["maturity-hours"],
        discussionCategory: inputs["discussion-category"],
        projectUrl: inputs["project-url"]
      })
    );
    preload();
    const lines = selectLines(configs, {
      line: inputs.line,
      tags: routingTags(runner.eventName, runner.payload, inputs.tag)
    });
    const planFor = (config) => planRun({
      mode: inputs.mode,
      eventName: runner.eventName,
      payload: runner.payload,
      tag: inputs.tag,
      maturityHours: config.maturity.hours,
      results: inputs.results
    });
    const plans = lines.map(planFor);
    const first = plans[0];
    const plan = first ?? {
      kind: "skip",
      reason: `The tag of this run belongs to none of the release lines in ${inputs["config-path"]}.`
    };
    writes = new WriteGateway({
      dryRun: inputs["dry-run"] || plan.kind === "preview",
      intervalMs: runner.writeIntervalMs,
      log
    });
    let actor;
    const ctxFor = (config, gateway2) => ({
      github,
      projectGithub: inputs["project-token"] ? clientFor(inputs["project-token"], "project-token") : null,
      writes: gateway2,
      repo: runner.repository,
      config,
      now: runner.now,
      log,
      workspace: runner.workspace,
      monitoringPath: inputs.monitoring,
      serverUrl: runner.serverUrl,
      settleMs: runner.settleMs,
      runUrl: runner.runUrl,
      actor: () => {
        actor ??= viewerIdentity(github);
        return actor;
      }
    });
    const gateway = writes;
    const single = (config) => {
      const stage = () => execute(plan, ctxFor(config, gateway));
      return plan.kind === "scheduled" ? stage() : group(stageTitle(plan), stage);
    };
    const execution = plan.kind === "report" || lines.length <= 1 ? single(lines[0] ?? configs[0]) : runAll(
      lines.map((config, i) => [
        `line ${config.line.name}`,
        async () => {
          info(`release-retro: line ${config.line.name} (${config.releases.tagPattern})`);
          const result2 = await execute(plans[i], ctxFor(config, gateway));
          return { ...result2, summary: `## Line ${config.line.name}

${result2.summary}` };
        }
      ])
    );
    info(`release-retro: ${plan.kind} on ${runner.repository.owner}/${runner.repository.name}`);
    const result = await execution.catch(async (error2) => {
      const partial = error2.partial;
      if (partial) setOutputs({ ...partial.outputs, mode: plan.kind });
      if (partial && writes) await writeSummary(partial.summary, writes);
      throw error2;
    });
    setOutputs({ ...result.outputs, mode: plan.kind });
    await writeSummary(result.summary, writes);
    const resultFile = inputs["result-file"];
    if (resultFile && plan.kind !== "report") {
      const lineConfigs = lines.length > 0 ? lines : configs;
      const path = (0, import_node_path.resolve)(runner.workspace, resultFile);
      await (await stages.results()).writeResultFile(
        lineConfigs.map((config) => ctxFor(config, gateway)),
        path,
        { team: inputs.team ?? "", now: runner.now }
      );
      info(`release-retro: wrote this repository's result to ${path}`);
    }
  } catch (error2) {
    if (error2 instanceof ConfigError) await reportConfigProblems(error2.problems);
    setFailed(messageOf(error2));
  } finally {
    started.over.abort();
  }
}
function setOutputs(outputs) {
  for (const name of OUTPUT_NAMES) setOutput(name, outputs[name] ?? "");
}
export {
  run
};
