import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  repositoryResultSchema
} from "./chunk-4ZNQPIPS.js";
import {
  mermaidText
} from "./chunk-SR6SSZMQ.js";
import {
  ConfigError
} from "./chunk-CJKOEJJ5.js";
import {
  require_path
} from "./chunk-OTWVVFX5.js";
import {
  require_fs
} from "./chunk-XDTKL5F7.js";
import {
  CANONICAL_UNITS,
  snapshotValue
} from "./chunk-RFVHL4XS.js";
import "./chunk-GEUPCBRQ.js";
import {
  formatValue
} from "./chunk-LWXJGNMQ.js";
import {
  escapeInline,
  fitToLimit,
  link,
  quietMention,
  table
} from "./chunk-TJI3AFGO.js";
import {
  createDiscussion,
  getDiscussionSetup,
  isBy,
  listCategoryDiscussions,
  resolveCategory,
  updateDiscussionBody
} from "./chunk-ZCQLGQEF.js";
import "./chunk-D36BQLDK.js";
import {
  __toESM
} from "./chunk-HANBNIMK.js";

// src/org/report-stage.ts
var import_node_fs = __toESM(require_fs(), 1);
var import_node_path = __toESM(require_path(), 1);

// src/org/report.ts
var DORA_KEYS = ["deploymentFrequency", "leadTime", "changeFailureRate", "timeToRestore"];
var canonicalValue = (metrics, key) => snapshotValue(metrics, key) ?? null;
var unrecordedOf = (metrics, key) => snapshotValue(metrics, key) === void 0 && typeof metrics[key] === "number" ? metrics[key] : null;
var DAY_MS = 864e5;
var endOfDay = (day) => Date.parse(`${day}T23:59:59.999Z`);
function outcomeOf(item, now) {
  if (item.state === "closed") {
    if (!item.due || !item.closedAt) return "on-time";
    return Date.parse(item.closedAt) <= endOfDay(item.due) ? "on-time" : "late";
  }
  return item.due && endOfDay(item.due) < now.getTime() ? "overdue" : "open";
}
function empty() {
  return { onTime: 0, late: 0, open: 0, overdue: 0, total: 0 };
}
function add(into, outcome) {
  const key = { "on-time": "onTime", late: "late", open: "open", overdue: "overdue" }[outcome];
  into[key] += 1;
  into.total += 1;
}
function buildReport(results, now, oldest = 10) {
  const total = empty();
  const teams = /* @__PURE__ */ new Map();
  const repos = /* @__PURE__ */ new Map();
  const overdue = [];
  const dora = [];
  const sorted = [...results].sort((a, b) => a.repository.localeCompare(b.repository));
  for (const result of sorted) {
    const team = result.team || "(no team)";
    const repo = repos.get(result.repository) ?? { ...empty(), team };
    repos.set(result.repository, repo);
    const teamFigures = teams.get(team) ?? empty();
    teams.set(team, teamFigures);
    for (const retro of result.retrospectives) {
      for (const item of retro.items) {
        const outcome = outcomeOf(item, now);
        for (const figures of [total, repo, teamFigures]) add(figures, outcome);
        if (outcome === "overdue" && item.due) {
          overdue.push({
            repository: result.repository,
            team,
            tag: retro.tag,
            id: item.id,
            title: item.title,
            owner: item.owner,
            due: item.due,
            daysOverdue: Math.floor((now.getTime() - endOfDay(item.due)) / DAY_MS) + 1,
            url: item.issueUrl
          });
        }
      }
    }
    const measured = [...result.retrospectives].filter(
      (r) => DORA_KEYS.some((k) => canonicalValue(r.metrics, k) !== null || unrecordedOf(r.metrics, k) !== null)
    ).sort((a, b) => a.openedAt.localeCompare(b.openedAt));
    const last = measured.at(-1);
    const before = measured.at(-2);
    if (last) {
      dora.push({
        repository: result.repository,
        team,
        tag: last.tag,
        url: last.url,
        metrics: Object.fromEntries(
          DORA_KEYS.map((k) => {
            const unrecorded = unrecordedOf(last.metrics, k);
            const value = canonicalValue(last.metrics, k);
            return [
              k,
              {
                value,
                previous: value === null || !before ? null : canonicalValue(before.metrics, k),
                ...unrecorded === null ? {} : { unrecorded }
              }
            ];
          })
        )
      });
    }
  }
  overdue.sort(
    (a, b) => a.due.localeCompare(b.due) || a.repository.localeCompare(b.repository) || a.id.localeCompare(b.id)
  );
  return {
    generatedAt: now.toISOString(),
    repositories: repos.size,
    retrospectives: sorted.reduce((n, r) => n + r.retrospectives.length, 0),
    total,
    byTeam: [...teams].sort((a, b) => a[0].localeCompare(b[0])),
    byRepository: [...repos],
    dora,
    oldestOverdue: overdue.slice(0, oldest)
  };
}

// src/org/render.ts
var ORG_REPORT_MARKER = "<!-- release-retro:org-report -->";
var percent = (part, whole) => whole === 0 ? "\u2014" : `${Math.round(part / whole * 100)} %`;
function followThroughRow(name, f) {
  return [
    name,
    String(f.onTime),
    String(f.late),
    String(f.open),
    String(f.overdue),
    String(f.total),
    percent(f.onTime, f.onTime + f.late + f.overdue)
  ];
}
var FOLLOW_THROUGH_HEAD = [
  "",
  "done by due date",
  "done late",
  "open",
  "overdue",
  "items",
  "on time (of those due)"
];
function pie(total) {
  if (total.total === 0) return "";
  const slices = [
    ["Done by due date", total.onTime],
    ["Done late", total.late],
    ["Open, not yet due", total.open],
    ["Overdue", total.overdue]
  ];
  return [
    "```mermaid",
    "pie showData title Action items (count)",
    ...slices.filter(([, n]) => n > 0).map(([label, n]) => `    "${label}" : ${n}`),
    "```"
  ].join("\n");
}
function overdueByTeam(teams) {
  if (teams.every(([, f]) => f.overdue === 0)) return "";
  const max = Math.max(...teams.map(([, f]) => f.overdue));
  return [
    "```mermaid",
    "xychart-beta",
    '    title "Overdue action items by team (count)"',
    `    x-axis [${teams.map(([name]) => `"${mermaidText(name, 30)}"`).join(", ")}]`,
    `    y-axis "overdue items" 0 --> ${max + 1}`,
    `    bar [${teams.map(([, f]) => f.overdue).join(", ")}]`,
    "```"
  ].join("\n");
}
var DORA_LABEL = {
  deploymentFrequency: "Deployment frequency",
  leadTime: "Lead time",
  changeFailureRate: "Change failure rate",
  timeToRestore: "Time to restore"
};
var HIGHER_IS_BETTER = {
  deploymentFrequency: true,
  leadTime: false,
  changeFailureRate: false,
  timeToRestore: false
};
function doraCell(key, m) {
  if (m.value === null) {
    return m.unrecorded === void 0 ? "\u2014" : `${Number(m.unrecorded.toFixed(1))} (unit not recorded)`;
  }
  const value = formatValue(CANONICAL_UNITS[key], m.value);
  if (m.previous === null) return value;
  if (m.previous === m.value) return `${value} \u2192`;
  const up = m.value > m.previous;
  const better = up === HIGHER_IS_BETTER[key];
  return `${value} ${up ? "\u2191" : "\u2193"} ${better ? "better" : "worse"}`;
}
function renderOrgReport(report, title) {
  const overview = [
    `${report.repositories} repositories, ${report.retrospectives} retrospectives, ${report.total.total} decided action items. Counted ${report.generatedAt.slice(0, 16).replace("T", " ")} UTC; an item is done by its due date when its issue was closed by the end of that day (UTC), overdue when still open after it.`,
    pie(report.total),
    overdueByTeam(report.byTeam)
  ].filter(Boolean).join("\n\n");
  const teams = table(
    ["team", ...FOLLOW_THROUGH_HEAD.slice(1)],
    [
      ...report.byTeam.map(([name, f]) => followThroughRow(escapeInline(name), f)),
      followThroughRow("**all**", report.total)
    ]
  );
  const repos = table(
    ["repository", "team", ...FOLLOW_THROUGH_HEAD.slice(1)],
    report.byRepository.map(([name, f]) => {
      const [, ...cells] = followThroughRow(name, f);
      return [escapeInline(name), escapeInline(f.team), ...cells];
    })
  );
  const dora = report.dora.length === 0 ? "_No retrospective recorded DORA metrics yet._" : [
    table(
      ["repository", "last retrospective", ...DORA_KEYS.map((k) => DORA_LABEL[k])],
      report.dora.map((row) => [
        escapeInline(row.repository),
        link(row.tag, row.url),
        ...DORA_KEYS.map((k) => doraCell(k, row.metrics[k]))
      ])
    ),
    "",
    "_Values as the last retrospective recorded them, with their units; arrows compare with the retrospective before it, in the same unit. A deployment frequency recorded before retrospectives stored units (per day or per week, by its size) is shown as recorded and not compared._"
  ].join("\n");
  const oldest = report.oldestOverdue.length === 0 ? "_Nothing is overdue._" : table(
    ["due", "days overdue", "item", "owner", "repository", "team"],
    report.oldestOverdue.map((o) => [
      o.due,
      String(o.daysOverdue),
      o.url ? link(`${o.tag} ${o.id}: ${o.title}`, o.url, { maxLength: 100 }) : escapeInline(`${o.tag} ${o.id}: ${o.title}`, { maxLength: 100 }),
      quietMention(o.owner),
      escapeInline(o.repository),
      escapeInline(o.team)
    ])
  );
  const body = fitToLimit([
    { id: "overview", text: `## Follow-through at a glance

${overview}`, priority: 3 },
    { id: "teams", text: `## By team

${teams}`, priority: 2 },
    { id: "oldest", text: `## Oldest overdue items

${oldest}`, trimmable: true, priority: 1 },
    { id: "dora", text: `## DORA keys by repository

${dora}`, trimmable: true },
    { id: "repositories", text: `## By repository

${repos}`, trimmable: true },
    { id: "marker", text: ORG_REPORT_MARKER }
  ]);
  return { title, body };
}

// src/org/report-stage.ts
var ORG_REPORT_TITLE = "Release retrospectives: organisation report";
function jsonFiles(path) {
  const stat = (0, import_node_fs.statSync)(path, { throwIfNoEntry: false });
  if (!stat)
    throw new ConfigError(
      `The results path "${path}" does not exist: download the matrix jobs' artifacts there first.`
    );
  if (stat.isFile()) return [path];
  return (0, import_node_fs.readdirSync)(path, { recursive: true, encoding: "utf8" }).filter((name) => name.endsWith(".json")).sort().map((name) => (0, import_node_path.join)(path, name));
}
function readResults(path) {
  const files = jsonFiles(path);
  if (files.length === 0) throw new ConfigError(`No result files (*.json) under "${path}".`);
  const seen = /* @__PURE__ */ new Map();
  return files.map((file) => {
    const name = (0, import_node_path.relative)(path, file) || file;
    let raw;
    try {
      raw = JSON.parse((0, import_node_fs.readFileSync)(file, "utf8"));
    } catch {
      throw new ConfigError(`${name} is not valid JSON: was it written by release-retro's result-file?`);
    }
    const parsed = repositoryResultSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new ConfigError(
        `${name} is not a release-retro result: ${issue?.path.join(".") || "(root)"} ${issue?.message}.`
      );
    }
    const earlier = seen.get(parsed.data.repository);
    if (earlier)
      throw new ConfigError(`${name} and ${earlier} are both results of ${parsed.data.repository}.`);
    seen.set(parsed.data.repository, name);
    return parsed.data;
  });
}
async function publishOrgReport(ctx, resultsPath) {
  const results = readResults(resultsPath);
  const report = buildReport(results, ctx.now);
  const { title, body } = renderOrgReport(report, ORG_REPORT_TITLE);
  const setup = await getDiscussionSetup(ctx.github, ctx.repo);
  const category = resolveCategory(setup, ctx.config.discussionCategory, ctx.repo);
  const [discussions, actor] = await Promise.all([
    listCategoryDiscussions(ctx.github, ctx.repo, category.id),
    ctx.actor()
  ]);
  const existing = discussions.find((d) => isBy(d.authorId, actor) && d.body.includes(ORG_REPORT_MARKER));
  const where = `${ctx.repo.owner}/${ctx.repo.name}`;
  let url;
  let outcome;
  if (!existing) {
    const created = await createDiscussion(ctx.github, ctx.writes, {
      repo: ctx.repo,
      repositoryId: setup.repositoryId,
      categoryId: category.id,
      title,
      body
    });
    url = created.url;
    outcome = `Published the organisation report in ${where}: ${url}`;
  } else if (existing.body.trim() !== body.trim()) {
    await updateDiscussionBody(ctx.github, ctx.writes, {
      id: existing.id,
      label: `${where}#${existing.number}`,
      body
    });
    url = existing.url;
    outcome = `Updated the organisation report: ${url}`;
  } else {
    url = existing.url;
    outcome = `The organisation report is up to date: ${url}`;
  }
  ctx.log.info(outcome);
  return {
    outputs: { "discussion-url": ctx.writes.dryRun ? "" : url },
    summary: `# ${title}

${outcome}

${body.replace(ORG_REPORT_MARKER, "")}`
  };
}
export {
  ORG_REPORT_TITLE,
  publishOrgReport,
  readResults
};
