import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  countChart,
  deploymentGantt,
  ganttLegend,
  trendChart
} from "./chunk-SR6SSZMQ.js";
import {
  collectDeployments,
  collectReleaseData,
  evaluateMaturity,
  linkEvidence,
  observationWindow,
  permissionAdvice,
  repositoryInfo
} from "./chunk-AU2GTU3F.js";
import {
  COMMANDS,
  renderHelp
} from "./chunk-AY2AD656.js";
import {
  readUserTemplate,
  require_promises
} from "./chunk-Q74JBZED.js";
import {
  notice
} from "./chunk-ONQBZXM5.js";
import {
  explainIssues
} from "./chunk-AEFWWXGJ.js";
import {
  require_path
} from "./chunk-OTWVVFX5.js";
import "./chunk-XDTKL5F7.js";
import {
  BUNDLED_TEMPLATES,
  previousItemsStatus,
  renderFitted,
  renderPreviousItems,
  renderTemplate
} from "./chunk-HJXACYVE.js";
import {
  CANONICAL_UNITS,
  computeMetrics,
  leadTimeSamples,
  snapshotOf,
  snapshotValue
} from "./chunk-RFVHL4XS.js";
import {
  require_dist
} from "./chunk-366W3JI3.js";
import {
  ensureMeetingThread,
  initialMeeting,
  meetingIncomplete,
  renderMeetingLine
} from "./chunk-SRTYCUUK.js";
import {
  liveSection
} from "./chunk-6NZAIBCB.js";
import {
  findByTag,
  loadRetroIndex
} from "./chunk-SOCISCHD.js";
import {
  decodeState,
  encodeState,
  initialState,
  withState
} from "./chunk-KCYEQWIJ.js";
import {
  array,
  iso_exports,
  number,
  strictObject,
  string
} from "./chunk-GEUPCBRQ.js";
import {
  REACTION_EMOJI,
  between,
  formatTime,
  plural,
  renderActionItems,
  renderLearnings
} from "./chunk-XL6PSVN2.js";
import {
  formatDuration,
  formatValue
} from "./chunk-LWXJGNMQ.js";
import {
  GITHUB_BODY_LIMIT,
  escapeInline,
  isGitHubLogin,
  link,
  mention,
  quietMention,
  table
} from "./chunk-TJI3AFGO.js";
import {
  buildTrains,
  findTrain,
  iso,
  listReleases,
  section,
  trainReleases,
  trainTags
} from "./chunk-MDT7WS5P.js";
import {
  GitHubActionError,
  addDiscussionComment,
  createDiscussion,
  getDiscussion,
  isBy,
  listDiscussionComments,
  updateDiscussionBody
} from "./chunk-ZZR3CHCY.js";
import {
  __toESM
} from "./chunk-HANBNIMK.js";

// src/collect/scheduled.ts
async function openIncidents(ctx) {
  const { github, repo, config } = ctx;
  if (config.labels.incident.length === 0) {
    return { status: "unavailable", reason: "No incident labels are configured." };
  }
  const lists = await Promise.all(
    config.labels.incident.map(
      (label) => github.paginate("GET /repos/{owner}/{repo}/issues", {
        owner: repo.owner,
        repo: repo.name,
        labels: label,
        state: "open",
        per_page: 100
      })
    )
  );
  const seen = /* @__PURE__ */ new Set();
  const facts = [];
  for (const i of lists.flat()) {
    if (i.pull_request || seen.has(i.number)) continue;
    seen.add(i.number);
    const labels = i.labels.map((l) => typeof l === "string" ? l : l.name ?? "").filter(Boolean);
    facts.push({
      number: i.number,
      title: i.title,
      url: i.html_url,
      labels,
      state: "open",
      createdAt: i.created_at,
      closedAt: null,
      author: i.user?.login ?? null,
      assignees: (i.assignees ?? []).map((a) => a.login),
      severity: config.labels.severityPrefix ? labels.find((l) => l.startsWith(config.labels.severityPrefix)) ?? null : null,
      linkedBy: []
    });
  }
  return { status: "ok", data: facts };
}
async function findMaturedTrains(ctx, options = {}) {
  const { github, repo, config, now } = ctx;
  const releases = options.releases ?? await listReleases(github, repo, config, now);
  const trains = buildTrains(releases, config).slice(-(options.limit ?? 10));
  const oldest = trains[0];
  if (!oldest) return [];
  const needDeployments = config.maturity.gates.productionDeployments;
  const needIncidents = config.maturity.gates.openIncidents;
  const skipped = { status: "unavailable", reason: "gate switched off" };
  const [deployments, incidents] = await Promise.all([
    needDeployments ? section(
      { name: "deployments", permission: "deployments: read" },
      () => collectDeployments(github, repo, {
        commits: { shaToTag: /* @__PURE__ */ new Map(), commitOrder: /* @__PURE__ */ new Map() },
        tags: [],
        since: oldest.release.publishedAt,
        until: iso(now),
        productionEnvironments: config.productionEnvironments,
        environments: config.line.environments,
        repoUrl: repositoryInfo(github, repo).then((info) => info.url)
      })
    ) : skipped,
    needIncidents ? section({ name: "issues", permission: "issues: read" }, () => openIncidents(ctx)) : skipped
  ]);
  return trains.map((train) => {
    const linked = incidents.status === "ok" ? {
      status: "ok",
      data: incidents.data.map((i) => ({
        ...i,
        linkedBy: linkEvidence(i.title, {
          releases: trainReleases(train),
          pullRequests: [],
          commits: []
        })
      }))
    } : incidents;
    return { train, maturity: evaluateMaturity(train, { deployments, incidents: linked }, config, now) };
  });
}

// src/render/agenda.ts
function scaleMinutes(minutes, total) {
  const planned = minutes.reduce((sum, m) => sum + m, 0);
  if (minutes.length === 0) return [];
  if (total < minutes.length) {
    throw new RangeError(
      `A ${total}-minute meeting cannot hold ${minutes.length} agenda items of a minute each.`
    );
  }
  const exact = minutes.map((m) => m / planned * total);
  const result = exact.map((e) => Math.max(1, Math.floor(e)));
  let left = total - result.reduce((sum, m) => sum + m, 0);
  const byRemainder = exact.map((e, index) => ({ index, remainder: e - Math.floor(e) })).sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (let i = 0; left > 0; i = (i + 1) % byRemainder.length) {
    const index = byRemainder[i]?.index ?? 0;
    result[index] = (result[index] ?? 0) + 1;
    left--;
  }
  while (left < 0) {
    const largest = result.indexOf(Math.max(...result));
    result[largest] = (result[largest] ?? 1) - 1;
    left++;
  }
  return result;
}
function planAgenda(agenda, meetingMinutes) {
  const planned = agenda.reduce((sum, item) => sum + item.minutes, 0);
  const scaled = planned !== meetingMinutes;
  const minutes = scaled ? scaleMinutes(
    agenda.map((item) => item.minutes),
    meetingMinutes
  ) : agenda.map((item) => item.minutes);
  let start = 0;
  const slots = agenda.map((item, index) => {
    const length = minutes[index] ?? item.minutes;
    const slot = {
      id: item.id,
      title: item.title,
      description: item.description,
      minutes: length,
      start,
      end: start + length,
      plannedMinutes: item.minutes
    };
    start += length;
    return slot;
  });
  return {
    slots,
    totalMinutes: meetingMinutes,
    plannedMinutes: planned,
    scaled,
    note: scaled ? `The agenda's time boxes add up to ${planned} minutes, but the meeting is ${meetingMinutes} minutes (\`meeting.minutes\`), so each was scaled proportionally. To keep your own time boxes, make them add up to \`meeting.minutes\` in .github/release-retro.yml.` : null
  };
}
function clock(minutes) {
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, "0")}`;
}

// src/render/data-summary.ts
var HOUR_MS = 36e5;
var DAY_MS = 24 * HOUR_MS;
function evidenceLinks(evidence, max = 3) {
  if (evidence.length === 0) return "\u2014";
  const shown = evidence.slice(0, max).map((e) => link(e.label, e.url, { maxLength: 70 }));
  const more = evidence.length - shown.length;
  return more > 0 ? `${shown.join(", ")} and ${more} more` : shown.join(", ");
}
function permissionSpan(permission) {
  return /^[a-z-]+: (read|write)$/.test(permission) ? `\`${permission}\`` : escapeInline(permission);
}
function unavailableNote(what, section2) {
  if (section2.status === "ok") return "";
  const fix = section2.hint ? escapeInline(section2.hint, { maxLength: 400 }) : section2.permission ? `Give the workflow job ${permissionSpan(section2.permission)} in its \`permissions:\` block.` : "";
  return [
    `> \u26A0\uFE0F **${escapeInline(what)} unavailable.** ${escapeInline(section2.reason, { maxLength: 400 })}`,
    ...fix ? [">", `> **To include it:** ${fix}`] : []
  ].join("\n");
}
function compareUrl(data) {
  const previous = data.train.previous;
  if (!previous) return null;
  const enc = (tag) => encodeURIComponent(tag);
  return `${data.repository.url}/compare/${enc(previous.tag)}...${enc(data.train.last.tag)}`;
}
function releaseLink(release) {
  return link(release.tag, release.url, { maxLength: 60 });
}
function renderReleaseFacts(data) {
  const { train } = data;
  const compare = compareUrl(data);
  const viaCompare = (text2) => compare ? link(text2, compare) : text2;
  const rows = [
    [
      "Release",
      `${releaseLink(train.release)}${train.release.name && train.release.name !== train.release.tag ? ` (${escapeInline(train.release.name, { maxLength: 80 })})` : ""}, published ${formatTime(train.release.publishedAt)} by ${quietMention(train.release.author)}`
    ]
  ];
  if (train.hotfixes.length > 0) {
    rows.push([
      "Hotfixes",
      train.hotfixes.map(
        (h) => `${releaseLink(h)} at ${formatTime(h.publishedAt)} (+${formatDuration(between(train.release.publishedAt, h.publishedAt))})`
      ).join(", ")
    ]);
  } else {
    rows.push(["Hotfixes", "none"]);
  }
  rows.push([
    "Previous release",
    train.previous ? `${releaseLink(train.previous)}, published ${formatTime(train.previous.publishedAt)}` : "none (first release of this line)"
  ]);
  rows.push(["Observed", `${formatTime(data.window.from)} \u2192 ${formatTime(data.window.to)}`]);
  if (data.changes.status === "ok") {
    const c = data.changes.data;
    const commits = c.totalCommits > c.commits.length ? `${c.totalCommits} (${c.commits.length} read)` : String(c.totalCommits);
    rows.push(["Pull requests merged", viaCompare(String(c.pullRequests.length))]);
    rows.push(["Commits", viaCompare(commits)]);
    rows.push([
      "Contributors",
      c.contributors.length === 0 ? "0" : `${c.contributors.length}: ${c.contributors.slice(0, 12).map((login) => quietMention(login)).join(", ")}${c.contributors.length > 12 ? ` and ${c.contributors.length - 12} more` : ""}`
    ]);
    rows.push([
      "Reverts",
      c.reverts.length === 0 ? "0" : `${c.reverts.length}: ${c.reverts.map((r) => link(r.title, r.url, { maxLength: 60 })).join(", ")}`
    ]);
  } else {
    rows.push(["Pull requests, commits, contributors", "unavailable (see below)"]);
  }
  const parts = [table(["Fact", "Value"], rows)];
  if (data.changes.status === "unavailable") parts.push(unavailableNote("Changes", data.changes));
  return parts.join("\n\n");
}
var BAND_LABEL = {
  elite: "\u{1F7E2} elite performance",
  high: "\u{1F535} high performance",
  medium: "\u{1F7E1} medium performance",
  low: "\u{1F534} low performance"
};
function bandCell(metric) {
  if (!metric.measured || !metric.bandSample) return "\u2014";
  const confidence = `confidence ${metric.confidence}`;
  if (metric.band) return `${BAND_LABEL[metric.band]} (${confidence})`;
  const { count, needed, of } = metric.bandSample;
  return `not enough data for a band: ${count} ${of}, at least ${needed} needed (${confidence})`;
}
function trendCell(metric) {
  if (!metric.measured || !metric.trend) return "\u2014";
  const { trend } = metric;
  const arrow = trend.direction === "up" ? "\u2191" : trend.direction === "down" ? "\u2193" : "\u2192";
  const verdict = trend.improved === true ? " better" : trend.improved === false ? " worse" : "";
  return `${arrow}${verdict} (was ${escapeInline(formatValue(metric.unit, trend.previousValue))} in ${escapeInline(trend.previousTag, { maxLength: 40 })})`;
}
function windowCell(window) {
  const length = formatDuration(between(window.from, window.to));
  return `${window.name}, ${length}`;
}
function metricRow(metric) {
  if (!metric.measured) {
    return [
      escapeInline(metric.name),
      "not measured",
      "\u2014",
      "\u2014",
      "\u2014",
      escapeInline(metric.reason, { maxLength: 200 })
    ];
  }
  return [
    escapeInline(metric.name),
    `**${escapeInline(metric.display)}**`,
    windowCell(metric.window),
    bandCell(metric),
    trendCell(metric),
    evidenceLinks(metric.evidence)
  ];
}
function metricsTable(metrics, keys) {
  return table(
    ["Metric", "Value", "Window", "DORA band", "Trend", "Evidence"],
    keys.map((key) => metricRow(metrics[key]))
  );
}
function windowsLegend(metrics, keys) {
  const seen = /* @__PURE__ */ new Map();
  for (const key of keys) {
    const m = metrics[key];
    if (m.measured && !seen.has(m.window.name)) seen.set(m.window.name, m.window);
  }
  if (seen.size === 0) return "";
  return `_Windows: ${[...seen.values()].map((w) => `${w.name} ${formatTime(w.from)} \u2192 ${formatTime(w.to)}`).join("; ")}._`;
}
var DORA_KEYS = [
  "deploymentFrequency",
  "leadTime",
  "changeFailureRate",
  "timeToRestore"
];
function renderDora(metrics) {
  const methods = DORA_KEYS.map((key) => metrics[key]).map((m) => `- **${escapeInline(m.name)}**: ${escapeInline(m.method, { maxLength: 400 })}`).join("\n");
  return [
    metricsTable(metrics, DORA_KEYS),
    "",
    windowsLegend(metrics, DORA_KEYS),
    "",
    "Bands rate delivery performance with the 2023 DORA report thresholds, only from enough data (docs/metrics.md). Arrows compare with the previous retrospective.",
    "",
    "<details><summary>How each figure is measured</summary>",
    "",
    methods,
    "",
    "</details>"
  ].join("\n");
}
var MAX_DEPLOYMENT_ROWS = 40;
function lastStatus(d) {
  const meaningful = d.statuses.filter((s) => s.state !== "inactive");
  return [...meaningful].sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt)).at(-1);
}
var firstSuccessAt = (d) => {
  const s = d.statuses.find((x) => x.state === "success");
  return s ? Date.parse(s.createdAt) : null;
};
function timelineSpan(data) {
  const from = Date.parse(data.window.from);
  const to = Date.parse(data.window.to);
  const leadIn = Math.max(HOUR_MS, (to - from) / 10);
  return { from: new Date(from - leadIn), to: new Date(Math.max(to, from + HOUR_MS)) };
}
function shortLabel(text2, max) {
  const chars = Array.from(text2);
  return chars.length <= max ? text2 : `${chars.slice(0, max - 1).join("").trimEnd()}\u2026`;
}
function shortDate(ms) {
  return new Date(ms).toISOString().slice(5, 16).replace("T", " ");
}
function timelineTasks(data, span) {
  const deployments = data.deployments.status === "ok" ? data.deployments.data : [];
  const byTime = [...deployments].sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt));
  const spanTo = span.to.getTime();
  const tasks = [];
  for (const release of [data.train.release, ...data.train.hotfixes]) {
    const at = new Date(release.publishedAt);
    const hotfix = release !== data.train.release;
    tasks.push({
      section: "releases",
      label: `${release.tag}${hotfix ? " hotfix" : ""} published`,
      start: at,
      end: at,
      outcome: "release"
    });
  }
  const environments = [...new Map(byTime.map((d) => [d.environment.toLowerCase(), d])).values()].sort((a, b) => Number(b.isProduction) - Number(a.isProduction)).map((d) => d.environment.toLowerCase());
  for (const environment of environments) {
    const list = byTime.filter((d) => d.environment.toLowerCase() === environment);
    for (const [i, d] of list.entries()) {
      const what = d.ref && d.ref !== d.sha ? d.ref : d.sha.slice(0, 7);
      const success = firstSuccessAt(d);
      const last = lastStatus(d);
      if (success === null) {
        const failed = last && (last.state === "failure" || last.state === "error");
        tasks.push({
          section: d.environment,
          label: `${what} ${failed ? "failed" : "in progress"}`,
          start: new Date(d.createdAt),
          end: failed ? new Date(last.createdAt) : new Date(spanTo),
          outcome: failed ? "failed" : "in-progress"
        });
        continue;
      }
      let replacedBy;
      for (let j = i + 1; j < list.length && replacedBy === void 0; j += 1) {
        const candidate = list[j];
        const at = firstSuccessAt(candidate);
        if (at !== null && at >= success) replacedBy = candidate;
      }
      const end = replacedBy ? firstSuccessAt(replacedBy) ?? spanTo : spanTo;
      const next = list[i + 1];
      const outcome = d.isRollback ? "rollback" : next?.isRollback ? "rolled-back" : "succeeded";
      const kind = outcome === "rollback" ? " (rollback)" : outcome === "rolled-back" ? " (rolled back)" : d.isRedeploy ? " (redeploy)" : "";
      const since = success < span.from.getTime() ? ` since ${shortDate(success).slice(0, 5)}` : "";
      tasks.push({
        section: d.environment,
        label: `${what}${kind}${since}`,
        start: new Date(success),
        end: new Date(end),
        outcome
      });
    }
  }
  if (data.incidents.status === "ok") {
    for (const issue of data.incidents.data) {
      tasks.push({
        section: "incidents",
        // "#" would be drawn as a full-width "＃" (see mermaidText); the section already says "incidents".
        label: shortLabel(`${issue.number} \xB7 ${issue.title}`, 40),
        start: new Date(issue.createdAt),
        end: new Date(issue.closedAt ?? spanTo),
        outcome: "incident"
      });
    }
  }
  return tasks;
}
function earlierSummary(earlier, before) {
  if (earlier.length === 0) return "";
  const byEnv = /* @__PURE__ */ new Map();
  for (const d of earlier) byEnv.set(d.environment, (byEnv.get(d.environment) ?? 0) + 1);
  const envs = [...byEnv].map(([env, n]) => `${escapeInline(env, { maxLength: 40 })} ${n}`).join(", ");
  const failed = earlier.filter((d) => d.statuses.some((s) => s.state === "failure" || s.state === "error"));
  const rollbacks = earlier.filter((d) => d.isRollback).length;
  const notes = [
    failed.length > 0 ? `${failed.length} failed` : "",
    rollbacks > 0 ? plural(rollbacks, "rollback") : ""
  ].filter(Boolean);
  return `_Earlier in the release cycle, before ${formatTime(before.toISOString())}: ${plural(earlier.length, "deployment")} (${envs}${notes.length > 0 ? `; ${notes.join(", ")}` : ""}). They are not drawn to scale (the chart starts at that time, with what was live then) and are listed in the table below._`;
}
function renderTimeline(data) {
  if (data.deployments.status === "unavailable") return unavailableNote("Deployments", data.deployments);
  const deployments = [...data.deployments.data].sort(
    (a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt)
  );
  if (deployments.length === 0) {
    return "_No deployments were recorded for this release. If you deploy with GitHub Actions, give the deploy job an `environment:` so GitHub records deployments, or create them with the Deployments API._";
  }
  const span = timelineSpan(data);
  const tasks = timelineTasks(data, span).filter(
    (t) => t.end.getTime() >= span.from.getTime() && t.start.getTime() <= span.to.getTime()
  );
  const chart = deploymentGantt(tasks, { span });
  const earlier = deployments.filter((d) => {
    const end = lastStatus(d)?.createdAt ?? d.createdAt;
    return Date.parse(end) < span.from.getTime();
  });
  const shown = deployments.slice(-MAX_DEPLOYMENT_ROWS);
  const rows = shown.map((d) => {
    const last = lastStatus(d);
    return [
      escapeInline(d.environment, { maxLength: 40 }),
      link(d.ref && d.ref !== d.sha ? d.ref : d.sha.slice(0, 7), d.url, { maxLength: 40 }),
      formatTime(d.createdAt),
      last ? escapeInline(last.state) : "\u2014",
      d.isRollback ? "rollback" : d.isRedeploy ? "redeploy" : "",
      quietMention(d.creator)
    ];
  });
  const legend = ganttLegend(tasks.map((t) => t.outcome)).join(" \xB7 ");
  const parts = [
    chart,
    `_${legend}. A deployment's bar runs from its success until the next deployment to that environment replaced it. Shown: the observation period (${formatTime(data.window.from)} \u2192 ${formatTime(data.window.to)}) and the hours before it; times in UTC._`,
    earlierSummary(earlier, span.from),
    "<details><summary>Deployments</summary>",
    table(["Environment", "Deployed", "Started", "Outcome", "Kind", "By"], rows),
    "</details>"
  ].filter(Boolean);
  if (deployments.length > shown.length) {
    parts.splice(
      parts.length - 3,
      0,
      `_The table lists the last ${shown.length} of ${deployments.length} deployments._`
    );
  }
  return parts.join("\n\n");
}
var LEAD_TIME_BUCKETS = [
  { label: "under 1 h", maxMs: HOUR_MS },
  { label: "1 h \u2013 1 d", maxMs: DAY_MS },
  { label: "1 \u2013 3 d", maxMs: 3 * DAY_MS },
  { label: "3 \u2013 7 d", maxMs: 7 * DAY_MS },
  { label: "1 \u2013 2 w", maxMs: 14 * DAY_MS },
  { label: "over 2 w", maxMs: Number.POSITIVE_INFINITY }
];
function leadTimeBuckets(samples) {
  const counts = LEAD_TIME_BUCKETS.map((b) => ({ label: b.label, count: 0 }));
  for (const sample of samples) {
    const ms = sample.hours * HOUR_MS;
    if (!Number.isFinite(ms) || ms < 0) continue;
    const bucket = counts[LEAD_TIME_BUCKETS.findIndex((b) => ms < b.maxMs)];
    if (bucket) bucket.count++;
  }
  return counts;
}
function leadTimeCaption(samples, what) {
  const toDeployment = samples.filter((s) => s.via === "deployment").length;
  const end = toDeployment === samples.length ? "the first successful production deployment containing it" : toDeployment === 0 ? "the publish of the release containing it (no production deployment contains them)" : `the first successful production deployment containing it (${toDeployment} of ${samples.length}; the others to the publish of their release)`;
  return `_Each bar counts ${what} by the time from their first commit to ${end}._`;
}
function renderLeadTime(data, metrics) {
  if (data.changes.status === "unavailable") return unavailableNote("Lead times", data.changes);
  const samples = leadTimeSamples(data);
  const pulls = samples.some((s) => s.pullNumber !== null);
  const what = pulls ? "pull requests" : "commits";
  const chart = countChart(
    leadTimeBuckets(samples),
    `${pulls ? "Pull requests" : "Commits"} by lead time`,
    what
  );
  if (!chart) return "_No merged pull requests in this release, so there is no lead time to show._";
  const m = metrics.leadTime;
  const summary = m.measured ? `Lead time for changes: **${escapeInline(m.display)}** (${evidenceLinks(m.evidence, 2)}).` : `Lead time for changes was not measured: ${escapeInline(m.reason)}`;
  return [chart, `${leadTimeCaption(samples, what)} ${summary}`].join("\n\n");
}
function issueLink(issue) {
  return link(`#${issue.number} ${issue.title}`, issue.url, { maxLength: 90 });
}
function linkedByCell(issue) {
  return issue.linkedBy.length === 0 ? "by time only" : evidenceLinks(issue.linkedBy, 2);
}
function restoreCell(issue, now) {
  if (issue.closedAt) return formatDuration(between(issue.createdAt, issue.closedAt));
  return `open for ${formatDuration(between(issue.createdAt, now))}`;
}
function renderIncidents(data, metrics) {
  const parts = [];
  if (data.incidents.status === "unavailable") {
    parts.push(unavailableNote("Incidents", data.incidents));
  } else if (data.incidents.data.length === 0) {
    parts.push("**Incidents:** none were opened in the observation window. \u{1F389}");
  } else {
    const rows = data.incidents.data.map((issue) => [
      issueLink(issue),
      issue.severity ? escapeInline(issue.severity, { maxLength: 40 }) : "\u2014",
      formatTime(issue.createdAt),
      issue.closedAt ? formatTime(issue.closedAt) : "still open",
      restoreCell(issue, data.collectedAt),
      linkedByCell(issue)
    ]);
    parts.push(
      `**Incidents** (${data.incidents.data.length}):`,
      table(["Incident", "Severity", "Opened", "Restored", "Time to restore", "Tied to the release"], rows)
    );
  }
  if (data.bugs.status === "unavailable") {
    parts.push(unavailableNote("Bugs", data.bugs));
  } else if (data.bugs.data.length === 0) {
    parts.push("**Bugs:** none were opened in the observation window.");
  } else {
    const rows = data.bugs.data.map((issue) => [
      issueLink(issue),
      formatTime(issue.createdAt),
      issue.state === "closed" ? `closed after ${formatDuration(between(issue.createdAt, issue.closedAt ?? issue.createdAt))}` : "open",
      linkedByCell(issue)
    ]);
    parts.push(
      `**Bugs** (${data.bugs.data.length}):`,
      table(["Bug", "Opened", "State", "Tied to the release"], rows)
    );
  }
  parts.push(metricsTable(metrics, ["bugInflow"]));
  return parts.join("\n\n");
}
function workflowHealth(runs) {
  const byName = /* @__PURE__ */ new Map();
  for (const run of runs) {
    const list = byName.get(run.name);
    if (list) list.push(run);
    else byName.set(run.name, [run]);
  }
  return [...byName.entries()].map(([name, list]) => {
    const durations = list.map((r) => r.durationMs).filter((d) => d !== null).sort((a, b) => a - b);
    const failed = list.filter((r) => r.conclusion === "failure" || r.conclusion === "timed_out");
    return {
      name,
      runs: list.length,
      failures: failed.length,
      reruns: list.filter((r) => r.runAttempt > 1).length,
      medianMs: durations.length > 0 ? durations[Math.floor((durations.length - 1) / 2)] ?? null : null,
      example: failed[0] ?? list[0]
    };
  }).sort((a, b) => b.runs - a.runs || a.name.localeCompare(b.name));
}
function renderCi(data, metrics) {
  if (data.workflowRuns.status === "unavailable") return unavailableNote("Workflow runs", data.workflowRuns);
  const runs = [...data.workflowRuns.data.tagRuns, ...data.workflowRuns.data.branchRuns];
  const parts = [metricsTable(metrics, ["ciSuccessRate", "ciFlakyRate"])];
  if (runs.length === 0) {
    parts.push("_No workflow runs were found for the release tags or the default branch in the window._");
    return parts.join("\n\n");
  }
  const rows = workflowHealth(runs).map((w) => [
    escapeInline(w.name, { maxLength: 60 }),
    String(w.runs),
    w.failures === 0 ? "0" : link(String(w.failures), w.example.url),
    String(w.reruns),
    w.medianMs === null ? "\u2014" : formatDuration(w.medianMs)
  ]);
  parts.push(
    table(["Workflow", "Runs (with re-runs)", "Failed runs", "Re-runs", "Median duration"], rows),
    "_Runs of the release tags, and of the default branch during the release cycle. A failed run links to an example._"
  );
  return parts.join("\n\n");
}
function renderFeedback(data) {
  if (data.feedback.status === "unavailable") return unavailableNote("Feedback", data.feedback);
  const { issues, releaseReactions } = data.feedback.data;
  const reactions = Object.entries(releaseReactions).filter(([, n]) => n > 0).map(([name, n]) => `${REACTION_EMOJI[name] ?? escapeInline(name, { maxLength: 20 })} ${n}`);
  const parts = [
    `**Reactions on the release${data.train.hotfixes.length > 0 ? "s" : ""}:** ${reactions.length > 0 ? reactions.join(" \xB7 ") : "none"} (${releaseLink(data.train.release)}).`
  ];
  const { issuesUnavailable } = data.feedback.data;
  if (issuesUnavailable) {
    parts.push(
      unavailableNote("Feedback issues", {
        status: "unavailable",
        reason: issuesUnavailable.reason,
        ...issuesUnavailable.hint ? { hint: issuesUnavailable.hint } : {}
      })
    );
  } else if (issues.length === 0) {
    parts.push("**Feedback issues:** none were opened in the observation window.");
  } else {
    parts.push(
      `**Feedback issues** (${issues.length}):`,
      table(
        ["Issue", "From", "Opened", "State"],
        issues.map((i) => [issueLink(i), quietMention(i.author), formatTime(i.createdAt), i.state])
      )
    );
  }
  return parts.join("\n\n");
}
function renderChanges(data) {
  if (data.changes.status === "unavailable") return unavailableNote("Changes", data.changes);
  const prs = [...data.changes.data.pullRequests].sort(
    (a, b) => Date.parse(a.mergedAt) - Date.parse(b.mergedAt)
  );
  if (prs.length === 0) return "_No pull requests were merged in this release._";
  const leadTimes = new Map(
    leadTimeSamples(data).flatMap((s) => s.pullNumber === null ? [] : [[s.pullNumber, s.hours * HOUR_MS]])
  );
  const rows = prs.map((pr) => {
    const lead = leadTimes.get(pr.number) ?? null;
    return [
      link(`#${pr.number} ${pr.title}`, pr.url, { maxLength: 90 }),
      quietMention(pr.author),
      pr.labels.length > 0 ? pr.labels.map((l) => escapeInline(l, { maxLength: 30 })).join(", ") : "\u2014",
      escapeInline(pr.releaseTag, { maxLength: 40 }),
      lead === null ? "\u2014" : formatDuration(lead),
      `+${pr.additions} \u2212${pr.deletions}`,
      pr.isRevert ? "\u21A9\uFE0F revert" : ""
    ];
  });
  return [
    `<details><summary>${plural(prs.length, "pull request")} merged</summary>`,
    "",
    table(["Pull request", "Author", "Labels", "Shipped in", "Lead time", "Size", ""], rows),
    "",
    "</details>"
  ].join("\n");
}

// src/render/monitoring.ts
var MAX_CHART_POINTS = 24;
var MAX_CHARTS = 4;
function num(value) {
  return Number.isInteger(value) ? String(value) : String(Math.round(value * 1e3) / 1e3);
}
function withUnit(value, unit) {
  const u = escapeInline(unit, { maxLength: 30 });
  return unit === "%" ? `${num(value)} %` : `${num(value)} ${u}`;
}
function rangeText(range) {
  return range ? `${formatTime(range.from)} \u2192 ${formatTime(range.to)}` : "\u2014";
}
function nameCell(item) {
  const name = item.link ? link(item.name, item.link, { maxLength: 100 }) : escapeInline(item.name, { maxLength: 100 });
  return item.source ? `${name} (${escapeInline(item.source, { maxLength: 60 })})` : name;
}
function change(figure2) {
  if (figure2.baseline === void 0) return "\u2014";
  const delta = figure2.value - figure2.baseline;
  const sign = delta > 0 ? "+" : delta < 0 ? "\u2212" : "\xB1";
  return `${withUnit(figure2.baseline, figure2.unit)} (${sign}${withUnit(Math.abs(delta), figure2.unit)})`;
}
function figuresTable(figures) {
  return table(
    ["Figure", "Value", "Before the release (change)", "Period", "Note"],
    figures.map((f) => [
      nameCell(f),
      `**${withUnit(f.value, f.unit)}**`,
      change(f),
      rangeText(f.range),
      f.note ? escapeInline(f.note, { maxLength: 300 }) : ""
    ])
  );
}
function samplePoints(points, max = MAX_CHART_POINTS) {
  if (points.length <= max) return [...points];
  return Array.from(
    { length: max },
    (_, i) => points[Math.round(i * (points.length - 1) / (max - 1))]
  );
}
function pointLabel(at, spanMs) {
  const iso2 = new Date(at).toISOString();
  return spanMs <= 2 * 864e5 ? `${iso2.slice(5, 10)} ${iso2.slice(11, 16)}` : iso2.slice(0, 10);
}
function seriesBlock(series2, chart) {
  const points = [...series2.points].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const values = points.map((p) => p.value);
  const first = points[0];
  const last = points.at(-1);
  const range = series2.range ?? (first && last ? { from: first.at, to: last.at } : void 0);
  const summary = [
    `**${nameCell(series2)}** \u2014 ${points.length} values in ${escapeInline(series2.unit, { maxLength: 30 })}, ${rangeText(range)}:`,
    `min ${withUnit(Math.min(...values), series2.unit)}, max ${withUnit(Math.max(...values), series2.unit)}, last ${withUnit(values.at(-1) ?? 0, series2.unit)}.`,
    series2.note ? escapeInline(series2.note, { maxLength: 300 }) : ""
  ].filter(Boolean).join(" ");
  if (!chart) return summary;
  const spanMs = first && last ? Date.parse(last.at) - Date.parse(first.at) : 0;
  const sampled = samplePoints(points);
  const chartText = trendChart(
    sampled.map((p) => ({ label: pointLabel(p.at, spanMs), value: p.value })),
    `${series2.name} (${series2.unit}, UTC)`,
    series2.unit
  );
  const note = sampled.length < points.length ? `

_The chart shows ${sampled.length} of the ${points.length} values, evenly spaced._` : "";
  return `${summary}

${chartText}${note}`;
}
function renderMonitoring(monitoring) {
  if (monitoring === null) {
    return "_No monitoring data was given. Add post-deployment figures from outside GitHub with the `monitoring` input (see the retrospective guide)._";
  }
  if (monitoring.status === "unavailable") return unavailableNote("Monitoring data", monitoring);
  const { figures, series: series2, links } = monitoring.data;
  const parts = [];
  if (figures.length > 0) parts.push(figuresTable(figures));
  series2.forEach((s, i) => {
    parts.push(seriesBlock(s, i < MAX_CHARTS));
  });
  if (series2.length > MAX_CHARTS) {
    parts.push(`_Charts are drawn for the first ${MAX_CHARTS} series; follow the links for the others._`);
  }
  if (links.length > 0) {
    parts.push(`**Dashboards:** ${links.map((l) => link(l.label, l.url, { maxLength: 100 })).join(" \xB7 ")}`);
  }
  return parts.join("\n\n");
}
var STATE_ICON = {
  success: "\u2705",
  failure: "\u274C",
  error: "\u274C",
  timed_out: "\u274C",
  action_required: "\u26A0\uFE0F",
  cancelled: "\u23F9\uFE0F",
  pending: "\u23F3",
  queued: "\u23F3",
  in_progress: "\u23F3",
  neutral: "\u2796",
  skipped: "\u2796",
  stale: "\u2796"
};
function checkRow(check) {
  const name = check.url ? link(check.name, check.url, { maxLength: 80 }) : escapeInline(check.name, { maxLength: 80 });
  return [
    name,
    check.kind === "status" ? "status" : `check run${check.source ? ` (${escapeInline(check.source, { maxLength: 40 })})` : ""}`,
    `${STATE_ICON[check.state] ?? ""} ${escapeInline(check.state, { maxLength: 20 })}`.trim(),
    escapeInline(check.tag, { maxLength: 60 }),
    check.description ? escapeInline(check.description, { maxLength: 140 }) : "",
    check.at ? formatTime(check.at) : "\u2014"
  ];
}
function renderCommitChecks(checks) {
  const { statuses, checkRuns } = checks;
  if (!statuses && !checkRuns) {
    return "_Statuses and check runs from external monitors on the release commits are not read: set `external-checks.statuses` or `external-checks.check-runs` to `true` in the config, with `statuses: read` or `checks: read` in the job\u2019s `permissions:`._";
  }
  const notes = [
    statuses ? unavailableNote("Commit statuses", statuses) : "",
    checkRuns ? unavailableNote("Check runs", checkRuns) : ""
  ].filter(Boolean);
  const read = [statuses, checkRuns].filter((s) => s?.status === "ok");
  const rows = [
    ...statuses?.status === "ok" ? statuses.data : [],
    ...checkRuns?.status === "ok" ? checkRuns.data : []
  ].map(checkRow);
  const body = rows.length > 0 ? table(["Check", "Kind", "Result", "On", "Says", "Reported"], rows) : read.length > 0 ? `_No external monitor reported ${statuses?.status === "ok" && checkRuns?.status === "ok" ? "a status or check run" : statuses?.status === "ok" ? "a status" : "a check run"} on the release commits (GitHub Actions runs are under CI health)._` : "";
  return [body, ...notes].filter(Boolean).join("\n\n");
}

// src/render/story.ts
var DORA = ["deploymentFrequency", "leadTime", "changeFailureRate", "timeToRestore"];
var MAX_INCIDENTS = 3;
function firstSuccessAt2(d) {
  return d.statuses.find((s) => s.state === "success")?.createdAt ?? null;
}
function afterRelease(releaseAt, at) {
  const ms = between(releaseAt, at);
  return ms >= 0 ? `${formatDuration(ms)} after the release` : `at ${formatTime(at)}`;
}
function shipped(data) {
  const { release } = data.train;
  const name = release.name && release.name !== release.tag ? ` (${escapeInline(release.name, { maxLength: 80 })})` : "";
  const what = link(release.tag, release.url, { maxLength: 60 });
  if (data.changes.status !== "ok") return `${what}${name} was published ${formatTime(release.publishedAt)}.`;
  const c = data.changes.data;
  return `${what}${name} shipped ${plural(c.pullRequests.length, "pull request")} (${plural(c.totalCommits, "commit")}) from ${plural(c.contributors.length, "contributor")}, published ${formatTime(release.publishedAt)}.`;
}
function incidentSentence(issue, releaseAt) {
  const severity = issue.severity ? ` (${escapeInline(issue.severity, { maxLength: 40 })})` : "";
  const restored = issue.closedAt ? `closed ${formatDuration(between(issue.createdAt, issue.closedAt))} later` : "is still open";
  return `Incident ${link(`#${issue.number} ${issue.title}`, issue.url, { maxLength: 90 })}${severity} opened ${afterRelease(releaseAt, issue.createdAt)} and ${restored}.`;
}
function keysMoved(metrics) {
  const moved = [];
  let previousTag = "";
  for (const key of DORA) {
    const m = metrics[key];
    if (!m.measured || !m.trend) continue;
    previousTag = m.trend.previousTag;
    const verdict = m.trend.improved === true ? "better" : m.trend.improved === false ? "worse" : "unchanged";
    moved.push(
      `${m.name.toLowerCase()} ${escapeInline(formatValue(m.unit, m.trend.previousValue))} \u2192 ${escapeInline(m.display)} (${verdict})`
    );
  }
  if (moved.length === 0) return "";
  return `Against ${escapeInline(previousTag, { maxLength: 40 })}: ${moved.join("; ")}.`;
}
function renderStory(data, metrics) {
  const { train, window } = data;
  const releaseAt = train.release.publishedAt;
  const sentences = [shipped(data)];
  const inWindow = (at) => at >= window.from && at <= window.to;
  const production = data.deployments.status === "ok" ? data.deployments.data.filter((d) => d.isProduction).sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt)) : [];
  const live = production.find((d) => d.releaseTag === train.release.tag && firstSuccessAt2(d));
  const liveAt = live ? firstSuccessAt2(live) : null;
  if (liveAt) sentences.push(`It reached production ${afterRelease(releaseAt, liveAt)}.`);
  if (data.incidents.status === "ok") {
    const incidents = data.incidents.data;
    if (incidents.length === 0) sentences.push("No incident was opened in the observation period.");
    for (const issue of incidents.slice(0, MAX_INCIDENTS)) sentences.push(incidentSentence(issue, releaseAt));
    if (incidents.length > MAX_INCIDENTS)
      sentences.push(
        `${plural(incidents.length - MAX_INCIDENTS, "more incident")} opened in the observation period.`
      );
  }
  const failed = production.filter(
    (d) => inWindow(d.createdAt) && d.statuses.some((s) => s.state === "failure" || s.state === "error")
  );
  if (failed.length > 0) sentences.push(`${plural(failed.length, "production deployment")} failed.`);
  const rollbacks = production.filter((d) => d.isRollback && inWindow(d.createdAt));
  if (rollbacks.length === 0 && production.length > 0) sentences.push("Production was not rolled back.");
  for (const d of rollbacks) {
    const to = escapeInline(d.ref && d.ref !== d.sha ? d.ref : d.sha.slice(0, 7), { maxLength: 40 });
    const by = d.creator ? ` by ${quietMention(d.creator)}` : "";
    sentences.push(
      `${link("Production was rolled back", d.url)} to ${to} ${afterRelease(releaseAt, d.createdAt)}${by}.`
    );
  }
  if (train.hotfixes.length === 0) sentences.push("No hotfix was needed.");
  else
    sentences.push(
      `${train.hotfixes.length === 1 ? "Hotfix" : "Hotfixes"} ${train.hotfixes.map(
        (h) => `${link(h.tag, h.url, { maxLength: 60 })} was published ${afterRelease(releaseAt, h.publishedAt)}`
      ).join(", ")}.`
    );
  const restore = metrics.timeToRestore;
  if (restore.measured) sentences.push(`Median time to restore: ${escapeInline(restore.display)}.`);
  const moved = keysMoved(metrics);
  if (moved) sentences.push(moved);
  return sentences.join(" ");
}

// src/render/trends.ts
var MIN_TREND_POINTS = 3;
var MAX_TREND_POINTS = 6;
var TREND_KEYS = [
  "deploymentFrequency",
  "leadTime",
  "changeFailureRate",
  "timeToRestore"
];
function niceCeiling(value) {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  return ([1, 2, 5, 10].find((step) => step * power >= value) ?? 10) * power;
}
function axisOf(key, values) {
  const top = (scale) => ({ min: 0, max: niceCeiling(Math.max(...values) * scale) });
  switch (key) {
    case "deploymentFrequency":
      return { unit: "deployments per week", scale: 1, range: top(1) };
    case "changeFailureRate":
      return { unit: "percent", scale: 1, range: { min: 0, max: 100 } };
    default:
      return Math.max(...values) >= 48 ? { unit: "days", scale: 1 / 24, range: top(1 / 24) } : { unit: "hours", scale: 1, range: top(1) };
  }
}
function axisValue(key, value) {
  const unit = CANONICAL_UNITS[key];
  return unit === "percent" ? `${Math.round(value * 10) / 10} percent` : formatValue(unit, value);
}
function trendPoints(key, metrics, tag, history) {
  const earlier = history.flatMap((entry) => {
    const value = snapshotValue(entry.metrics, key);
    return value === void 0 ? [] : [{ tag: entry.tag, value }];
  });
  const current = metrics[key];
  const points = current.measured ? [...earlier, { tag, value: current.value }] : earlier;
  return points.slice(-MAX_TREND_POINTS);
}
function renderTrends(metrics, tag, history) {
  const charts = TREND_KEYS.flatMap((key) => {
    const points = trendPoints(key, metrics, tag, history);
    if (points.length < MIN_TREND_POINTS) return [];
    const axis = axisOf(
      key,
      points.map((p) => p.value)
    );
    const name = metrics[key].name;
    return [
      trendChart(
        // Each label carries its value with its unit, so the figure is read exactly, not off the axis.
        points.map((p) => ({
          label: `${p.tag} (${axisValue(key, p.value)})`,
          value: p.value * axis.scale
        })),
        `${name} (${axis.unit})`,
        axis.unit,
        { yRange: axis.range, height: 250 }
      )
    ];
  });
  if (charts.length === 0) return "";
  return [
    `**Trends** across the last retrospectives of this line (oldest first, ${escapeInline(tag, { maxLength: 60 })} last):`,
    ...charts
  ].join("\n\n");
}

// src/render/voice.ts
var TOP_ITEMS = 5;
function countBy(items, keys) {
  const counts = /* @__PURE__ */ new Map();
  for (const item of items) for (const k of new Set(keys(item))) counts.set(k, (counts.get(k) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k, n]) => `${escapeInline(k, { maxLength: 60 })} ${n}`).join(" \xB7 ");
}
function itemCell(item) {
  const title = link(`#${item.number} ${item.title}`, item.url, { maxLength: 90 });
  return item.kind === "discussion" ? `${title} (${escapeInline(item.category ?? "", { maxLength: 40 })})` : `${title} (${item.linkedBy.map((e) => escapeInline(e.label, { maxLength: 40 })).join(", ")})`;
}
function countLine(data) {
  const parts = [];
  if (data.categories) {
    const { discussions } = data;
    const by = discussions.length > 0 ? ` (${countBy(discussions, (d) => [d.category ?? "?"])})` : "";
    parts.push(
      `**${plural(discussions.length, "discussion")}** in ${data.categories.map((c) => escapeInline(c, { maxLength: 40 })).join(", ")}${by}`
    );
  }
  if (data.withIssues) {
    const { issues } = data;
    const by = issues.length > 0 ? ` (${countBy(issues, (i) => i.linkedBy.map((e) => e.label))})` : "";
    parts.push(`**${plural(issues.length, "issue")}** mentioning the release${by}`);
  }
  return `${parts.join(" and ")}, opened ${formatTime(data.window.from)} \u2192 ${formatTime(data.window.to)} (the observation period).`;
}
function notesOf(data) {
  const notes = [];
  if (data.missingCategories.length > 0) {
    notes.push(
      `The repository has no discussion category ${data.missingCategories.map((c) => `"${escapeInline(c, { maxLength: 40 })}"`).join(", ")}: check \`voice.discussion-categories\`.`
    );
  }
  if (data.discussionsInWindow > data.discussionsRead) {
    notes.push(
      `${data.discussionsInWindow} discussions were opened in the period; the newest ${data.discussionsRead} were read.`
    );
  }
  if (data.issuesInWindow > data.issuesRead) {
    notes.push(
      `${data.issuesInWindow} issues were opened in the period; the newest ${data.issuesRead} were checked for mentions.`
    );
  }
  return notes;
}
function renderVoice(voice) {
  if (!voice) {
    return "_Not read: set `voice.discussion-categories` (e.g. `[q-a, ideas]`) or `voice.mentioning-issues: true` in the config to hear the users' voice._";
  }
  if (voice.status === "unavailable") return unavailableNote("Users' voice", voice);
  const { data } = voice;
  const lines = [countLine(data)];
  const all = [...data.discussions, ...data.issues].sort(
    (a, b) => b.reactions - a.reactions || b.comments - a.comments || a.createdAt.localeCompare(b.createdAt)
  );
  if (all.length > 0) {
    lines.push(
      `**Most reacted** (${Math.min(TOP_ITEMS, all.length)} of ${all.length}):`,
      table(
        ["Item", "Kind", "Reactions", "Comments", "From", "Opened"],
        all.slice(0, TOP_ITEMS).map((item) => [
          itemCell(item),
          item.kind,
          String(item.reactions),
          String(item.comments),
          quietMention(item.author),
          formatTime(item.createdAt)
        ])
      )
    );
  }
  const notes = notesOf(data);
  if (notes.length > 0) lines.push(`_${notes.join(" ")}_`);
  return lines.join("\n\n");
}

// src/render/discussion.ts
var PRIME_DIRECTIVE = {
  text: "Regardless of what we discover, we understand and truly believe that everyone did the best job they could, given what they knew at the time, their skills and abilities, the resources available, and the situation at hand.",
  author: "Norm Kerth",
  source: "Project Retrospectives: A Handbook for Team Reviews"
};
var OPEN_BODY_BUDGET = 5e4;
var MAX_MENTIONS = 50;
function discussionTitle(config, tag) {
  return config.title.replaceAll("{tag}", () => tag);
}
function surveyMarker(promptId) {
  return `<!-- release-retro:survey:${promptId} -->`;
}
function surveyMarkerId(body) {
  return /^<!-- release-retro:survey:([a-z0-9-]+) -->/.exec(body.trimStart())?.[1] ?? null;
}
function trainTags2(data) {
  return [data.train.release.tag, ...data.train.hotfixes.map((h) => h.tag)];
}
function purpose(data) {
  const tag = escapeInline(data.train.release.tag, { maxLength: 80 });
  const hotfixes = data.train.hotfixes.map((h) => escapeInline(h.tag, { maxLength: 80 }));
  const withHotfixes = hotfixes.length > 0 ? ` and its ${hotfixes.length === 1 ? "hotfix" : "hotfixes"} ${hotfixes.join(", ")}` : "";
  return [
    `This is the blameless retrospective of **${tag}**${withHotfixes}. We look back at how the release went, `,
    "learn from it together, and agree on a few specific, owned actions that make the next release better. ",
    'We look for causes in our systems, tools and process, not in people: the question is always "what made ',
    'this easy to get wrong?", never "who got it wrong?".'
  ].join("");
}
function renderAgenda(agenda) {
  const rows = agenda.slots.map((slot) => [
    `${clock(slot.start)}\u2013${clock(slot.end)}`,
    `**${escapeInline(slot.title, { maxLength: 80 })}**`,
    `${slot.minutes} min`,
    escapeInline(slot.description, { maxLength: 300 })
  ]);
  const parts = [table(["Time", "Item", "Time box", "What we do"], rows)];
  if (agenda.note) parts.push(`> \u2139\uFE0F ${agenda.note}`);
  parts.push(
    "_Meeting in person or on a call? Follow the time boxes. Working fully asynchronously? Use the same steps over a few days: answer the survey threads, vote, then propose and decide actions with the commands below._"
  );
  return parts.join("\n\n");
}
function renderInvited(config, data, actor) {
  const mode = config.invite.mode;
  if (mode === "none") {
    return "_Nobody was mentioned (`invite.mode: none`). Share this discussion with the people who took part._";
  }
  const notMe = (login) => !actor || login.toLowerCase() !== actor.toLowerCase();
  const facilitators = config.facilitators.users.filter(notMe);
  const facilitatorLine = facilitators.length > 0 || config.facilitators.teams.length > 0 ? `

**Facilitators:** ${[...facilitators.map((l) => mention(l)), ...config.facilitators.teams.map(teamMention)].join(" ")}` : "";
  if (mode === "team") {
    return `${teamMention(config.invite.team)}, you are invited: this retrospective is for everyone who worked on the release.${facilitatorLine}`;
  }
  const people = data.participants.filter((login) => isGitHubLogin(login) && notMe(login));
  if (people.length === 0) {
    return `_No participants were found in the release data. Share this discussion with the team._${facilitatorLine}`;
  }
  const shown = people.slice(0, MAX_MENTIONS).map((login) => mention(login));
  const more = people.length - shown.length;
  return [
    `Everyone who took part in this release (authors, reviewers, deployers, incident responders): ${shown.join(" ")}${more > 0 ? ` and ${more} more` : ""}.`,
    "",
    "You are invited to add your view in the survey threads below, whether or not you can join the meeting."
  ].join("\n") + facilitatorLine;
}
function teamMention(team) {
  return /^[A-Za-z0-9][A-Za-z0-9-]*\/[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(team) ? `@${team}` : escapeInline(`@${team}`);
}
function renderHowToTakePart(config) {
  const prompts = config.survey.map((p) => `**${escapeInline(p.title, { maxLength: 100 })}**`).join(" \xB7 ");
  const action = COMMANDS.find((c) => c.name === "action");
  const learning = COMMANDS.find((c) => c.name === "learning");
  return [
    `1. **Answer the survey** in the threads below (${prompts}): one point per reply, so each can be voted on.`,
    "2. **Vote** with \u{1F44D} on the replies and proposals you agree with. The most-voted points are discussed first.",
    `3. **Propose actions** in a comment, one per line: ${action ? `\`${action.example}\`` : "`/action <title> @owner due:+2w`"}. Each gets an id (A1, A2, \u2026).`,
    `4. **Record learnings** the same way: ${learning ? `\`${learning.example}\`` : "`/learning <text>`"}.`,
    `5. **Facilitators decide** with \`/accept A1\`: at most ${config.maxActionItems} items, each with an owner and a due date. When done, \`/finalize\` turns them into issues and closes this discussion.`,
    "",
    "Commands go at the start of a line in a new comment; the bot replies, and the tables below update.",
    "",
    "<details><summary>All commands</summary>",
    "",
    renderHelp(),
    "",
    "</details>"
  ].join("\n");
}
function discussionBlocks(input) {
  const { config, data, metrics, previous, state } = input;
  return {
    agenda: {
      text: [
        state.meeting ? liveSection("meeting", renderMeetingLine(state.meeting, config.meeting, null)) : "",
        renderAgenda(planAgenda(config.agenda, config.meeting.minutes))
      ].filter(Boolean).join("\n\n")
    },
    story: { text: renderStory(data, metrics) },
    previousItems: { text: renderPreviousItems(previous), trimmable: true, priority: 3 },
    facts: { text: renderReleaseFacts(data), trimmable: true, priority: 4 },
    dora: {
      text: [renderDora(metrics), renderTrends(metrics, state.tag, input.history ?? [])].filter(Boolean).join("\n\n")
    },
    timeline: { text: renderTimeline(data), trimmable: true, priority: 1 },
    leadTime: { text: renderLeadTime(data, metrics) },
    incidents: { text: renderIncidents(data, metrics), trimmable: true, priority: 2 },
    ci: { text: renderCi(data, metrics), trimmable: true, priority: 2 },
    feedback: { text: renderFeedback(data), trimmable: true, priority: 2 },
    voice: { text: renderVoice(input.outside?.voice), trimmable: true, priority: 2 },
    monitoring: { text: renderOutside(input.outside), trimmable: true, priority: 2 },
    changes: { text: renderChanges(data), trimmable: true, priority: 0 },
    invited: { text: renderInvited(config, data, input.actor) },
    howToTakePart: { text: renderHowToTakePart(config) },
    actionItems: { text: liveSection("action-items", renderActionItems(state, config.maxActionItems)) },
    learnings: { text: liveSection("learnings", renderLearnings(state)) }
  };
}
function renderOutside(outside) {
  if (!outside) return renderMonitoring(null);
  const checks = renderCommitChecks(outside.checks);
  return [
    renderMonitoring(outside.monitoring),
    checks ? `**External checks on the release commits**

${checks}` : ""
  ].filter(Boolean).join("\n\n");
}
function discussionVariables(input) {
  const { config, data, metrics, state } = input;
  return {
    title: discussionTitle(config, state.tag),
    tag: state.tag,
    tags: trainTags2(data),
    repository: data.repository,
    release: data.train.release,
    hotfixes: data.train.hotfixes,
    previousRelease: data.train.previous,
    purpose: purpose(data),
    primeDirective: PRIME_DIRECTIVE,
    agenda: planAgenda(config.agenda, config.meeting.minutes),
    survey: config.survey,
    maxActionItems: config.maxActionItems,
    openedAt: formatTime(state.openedAt),
    data,
    metrics,
    previous: input.previous,
    config,
    helpers: { escapeInline, link, mention, table, formatTime, formatDuration, clock }
  };
}
function renderDiscussion(input, template = null, limit = OPEN_BODY_BUDGET) {
  const body = renderFitted(
    template?.text ?? BUNDLED_TEMPLATES.discussion,
    discussionVariables(input),
    discussionBlocks(input),
    {
      source: template?.source ?? "templates/discussion.md.ejs",
      limit: Math.min(limit, GITHUB_BODY_LIMIT),
      tail: encodeState(input.state)
    }
  );
  return { title: discussionTitle(input.config, input.state.tag), body };
}
function renderSurveyComment(prompt, context) {
  return `${renderTemplate(
    BUNDLED_TEMPLATES.surveyComment,
    { prompt, marker: surveyMarker(prompt.id), ...context },
    "templates/survey-comment.md.ejs"
  ).trim()}
`;
}

// src/render/summary.ts
function renderRetroSummary(input, status, discussion) {
  const blocks = discussionBlocks(input);
  const title = discussionTitle(input.config, input.state.tag);
  return renderTemplate(
    BUNDLED_TEMPLATES.summary,
    {
      title,
      tag: input.state.tag,
      status,
      discussionLink: discussion ? link(`#${discussion.number} ${title}`, discussion.url) : "",
      blocks: Object.fromEntries(Object.entries(blocks).map(([id, block]) => [id, block.text]))
    },
    "templates/summary.md.ejs"
  ).trim();
}
function renderWaiting(waiting) {
  if (waiting.length === 0) return "";
  return [
    "### Not ready for a retrospective yet",
    "",
    table(
      ["Release", "Why not yet", "Ready"],
      waiting.map((w) => [
        link(w.tag, w.url, { maxLength: 60 }),
        escapeInline(w.reason, { maxLength: 300 }),
        w.readyAt ? `from ${formatTime(w.readyAt)}` : "when the blocking issue is resolved"
      ])
    )
  ].join("\n");
}

// src/collect/commit-checks.ts
var STATUSES = { name: "commit statuses", permission: "statuses: read" };
var CHECK_RUNS = { name: "check runs", permission: "checks: read" };
var ACTIONS_APP = "github-actions";
async function statusesOf(github, repo, tag) {
  const { data } = await github.request("GET /repos/{owner}/{repo}/commits/{ref}/status", {
    owner: repo.owner,
    repo: repo.name,
    ref: tag,
    per_page: 100
  });
  return data.statuses.map((s) => ({
    tag,
    kind: "status",
    name: s.context,
    // The combined status does not say who posted it; the context names the monitor.
    source: null,
    state: s.state,
    description: s.description ?? null,
    url: s.target_url ?? null,
    at: s.updated_at
  }));
}
async function checkRunsOf(github, repo, tag) {
  const { data } = await github.request("GET /repos/{owner}/{repo}/commits/{ref}/check-runs", {
    owner: repo.owner,
    repo: repo.name,
    ref: tag,
    filter: "latest",
    per_page: 100
  });
  return data.check_runs.filter((run) => run.app?.slug !== ACTIONS_APP).map((run) => ({
    tag,
    kind: "check-run",
    name: run.name,
    source: run.app?.name ?? null,
    state: run.conclusion ?? run.status,
    description: run.output?.title ?? null,
    url: run.details_url || run.html_url || null,
    at: run.completed_at ?? run.started_at ?? null
  }));
}
async function collectCommitChecks(github, repo, tags, wanted) {
  const perTag = (read) => Promise.all(tags.map(read)).then((lists) => ({ status: "ok", data: lists.flat() }));
  const [statuses, checkRuns] = await Promise.all([
    wanted.statuses ? section(STATUSES, () => perTag((tag) => statusesOf(github, repo, tag))) : null,
    wanted.checkRuns ? section(CHECK_RUNS, () => perTag((tag) => checkRunsOf(github, repo, tag))) : null
  ]);
  return { statuses, checkRuns };
}

// src/github/graphql/ReleaseVoice.graphql
var ReleaseVoice_default = `# The users' voice in one request: the discussions opened in the observation period (the collector keeps those
# in the configured categories), the repository's categories (to report a configured one that does not exist),
# and the issues opened in the period (the collector keeps those that mention the release). Both searches take
# GitHub's \`created:\` range with times ("Searching discussions", "Searching issues and pull requests": Query by
# date), at most 100 results here; the counts say when there were more. Reactions are summed from reactionGroups.
query ReleaseVoice(
  $owner: String!
  $name: String!
  $discussionQuery: String!
  $issueQuery: String!
  $withDiscussions: Boolean!
  $withIssues: Boolean!
) {
  repository(owner: $owner, name: $name) @include(if: $withDiscussions) {
    discussionCategories(first: 25) {
      nodes {
        name
        slug
      }
    }
  }
  discussions: search(type: DISCUSSION, query: $discussionQuery, first: 100) @include(if: $withDiscussions) {
    discussionCount
    nodes {
      ... on Discussion {
        number
        title
        url
        createdAt
        author {
          login
        }
        category {
          name
          slug
        }
        comments {
          totalCount
        }
        reactionGroups {
          content
          reactors(first: 1) {
            totalCount
          }
        }
      }
    }
  }
  issues: search(type: ISSUE, query: $issueQuery, first: 100) @include(if: $withIssues) {
    issueCount
    nodes {
      ... on Issue {
        number
        title
        body
        url
        createdAt
        author {
          login
        }
        comments {
          totalCount
        }
        reactionGroups {
          content
          reactors(first: 1) {
            totalCount
          }
        }
      }
    }
  }
}
`;

// src/collect/voice.ts
var VOICE = {
  name: "the users' voice (discussions and issues)",
  permission: "discussions: read, issues: read"
};
var reactionsOf = (item) => (item.reactionGroups ?? []).reduce((sum, g) => sum + g.reactors.totalCount, 0);
var searchTime = (iso2) => new Date(iso2).toISOString().replace(/\.\d{3}Z$/, "Z");
function voiceQueries(repo, window) {
  const scope = `repo:${repo.owner}/${repo.name} created:${searchTime(window.from)}..${searchTime(window.to)} sort:created-desc`;
  return { discussionQuery: scope, issueQuery: `${scope} is:issue` };
}
function fetchVoice(github, repo, options) {
  const withDiscussions = options.categories.length > 0;
  if (!withDiscussions && !options.mentioningIssues) return null;
  return section(VOICE, async () => ({
    status: "ok",
    data: await github.graphql(ReleaseVoice_default, {
      owner: repo.owner,
      name: repo.name,
      ...voiceQueries(repo, options.window),
      withDiscussions,
      withIssues: options.mentioningIssues
    })
  }));
}
var matchesCategory = (wanted, category) => wanted.toLowerCase() === category.slug.toLowerCase() || wanted.toLowerCase() === category.name.toLowerCase();
function voiceFrom(raw, options, targets) {
  if (raw.status !== "ok") return raw;
  const inWindow = (at) => at >= options.window.from && at <= options.window.to;
  const withDiscussions = options.categories.length > 0;
  const categories = raw.data.repository?.discussionCategories.nodes ?? [];
  const discussionNodes = (raw.data.discussions?.nodes ?? []).filter((d) => typeof d.number === "number");
  const discussions = discussionNodes.filter((d) => d.category && options.categories.some((c) => matchesCategory(c, d.category))).filter((d) => inWindow(d.createdAt)).map(
    (d) => ({
      kind: "discussion",
      number: d.number,
      title: d.title,
      url: d.url,
      author: d.author?.login ?? null,
      createdAt: d.createdAt,
      category: d.category?.name ?? null,
      reactions: reactionsOf(d),
      comments: d.comments.totalCount,
      linkedBy: []
    })
  );
  const issueNodes = (raw.data.issues?.nodes ?? []).filter((i) => typeof i.number === "number");
  const issues = issueNodes.flatMap((i) => {
    const linkedBy = linkEvidence(`${i.title}
${i.body ?? ""}`, targets);
    if (linkedBy.length === 0 || !inWindow(i.createdAt)) return [];
    return [
      {
        kind: "issue",
        number: i.number,
        title: i.title,
        url: i.url,
        author: i.author?.login ?? null,
        createdAt: i.createdAt,
        category: null,
        reactions: reactionsOf(i),
        comments: i.comments.totalCount,
        linkedBy
      }
    ];
  });
  return {
    status: "ok",
    data: {
      window: options.window,
      categories: withDiscussions ? [...options.categories] : null,
      discussions,
      missingCategories: withDiscussions ? options.categories.filter((c) => !categories.some((cat) => matchesCategory(c, cat))) : [],
      discussionsInWindow: raw.data.discussions?.discussionCount ?? 0,
      discussionsRead: discussionNodes.length,
      withIssues: options.mentioningIssues,
      issues,
      issuesInWindow: raw.data.issues?.issueCount ?? 0,
      issuesRead: issueNodes.length
    }
  };
}

// src/monitoring/read.ts
var import_promises = __toESM(require_promises(), 1);
var import_node_path = __toESM(require_path(), 1);
var import_yaml = __toESM(require_dist(), 1);

// src/monitoring/schema.ts
var text = (max) => string().trim().min(1).max(max);
var httpUrl = string().max(2e3).regex(/^https?:\/\/[^\s]+$/, "must be an http(s) URL");
var instant = iso_exports.datetime({
  offset: true,
  message: "must be an ISO 8601 time with a zone, like 2026-03-16T09:00:00Z"
});
var timeRange = strictObject({
  from: instant.describe("Start of the measured period."),
  to: instant.describe("End of the measured period.")
}).refine((range) => Date.parse(range.from) <= Date.parse(range.to), {
  message: "must not end before it starts"
}).describe("The period the value or series covers.");
var common = {
  name: text(100).describe('What is measured, e.g. "Error rate (5xx)".'),
  unit: text(30).describe('Unit of every value, e.g. "%", "ms", "requests/s", "alerts".'),
  range: timeRange.optional(),
  link: httpUrl.optional().describe("Where a person can check the numbers (dashboard, query, incident)."),
  source: text(60).optional().describe('The monitoring system, e.g. "Datadog".'),
  note: text(300).optional().describe("One line of context.")
};
var figure = strictObject({
  ...common,
  value: number().describe("The measured value, in `unit`."),
  baseline: number().optional().describe("The same figure before the release, in `unit`, for comparison.")
}).describe("One number, e.g. the p95 latency over the observation window.");
var point = strictObject({
  at: instant.describe("When the value was measured."),
  value: number()
});
var series = strictObject({
  ...common,
  points: array(point).min(1).max(1e3).describe("Values over time; the discussion charts them.")
}).describe("Values over time, e.g. the error rate per hour after the release.");
var monitoringSchema = strictObject({
  $schema: string().optional().describe("The JSON Schema URL, for editors."),
  figures: array(figure).max(50).default([]),
  series: array(series).max(20).default([]),
  links: array(strictObject({ label: text(100), url: httpUrl })).max(20).default([]).describe("Dashboards and reports worth opening during the retrospective.")
}).refine((file) => file.figures.length + file.series.length + file.links.length > 0, {
  message: "holds no figures, series or links"
});

// src/monitoring/read.ts
var HINT = "Fix the file written by the monitoring step (its format is schema/monitoring.schema.json, described in docs/retrospective-guide.md).";
function unavailable(reason) {
  return { status: "unavailable", reason, hint: HINT };
}
function parseMonitoring(raw, source) {
  const parsed = monitoringSchema.safeParse(raw);
  if (parsed.success) return { status: "ok", data: parsed.data };
  const problems = explainIssues(parsed.error, monitoringSchema, raw);
  return unavailable(`${source} is not valid monitoring data: ${problems.join(" ")}`);
}
async function readMonitoring(path, workspace) {
  const full = (0, import_node_path.isAbsolute)(path) ? path : (0, import_node_path.resolve)(workspace, path);
  let text2;
  try {
    text2 = await (0, import_promises.readFile)(full, "utf8");
  } catch (error) {
    const code = error.code;
    return unavailable(
      code === "ENOENT" ? `The monitoring file ${path} does not exist in the workspace: did the step that writes it run before this one?` : `The monitoring file ${path} could not be read (${code ?? String(error)}).`
    );
  }
  let raw;
  try {
    raw = (0, import_yaml.parse)(text2, { prettyErrors: true, uniqueKeys: true });
  } catch (error) {
    const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
    return unavailable(`${path} is neither valid JSON nor YAML: ${message}`);
  }
  return parseMonitoring(raw, path);
}

// src/retro/open/outside.ts
async function collectOutside(ctx, train, releaseData) {
  const path = ctx.monitoringPath;
  const voiceOptions = {
    categories: ctx.config.voice.discussionCategories,
    mentioningIssues: ctx.config.voice.mentioningIssues,
    window: observationWindow(train, ctx.now, ctx.config.maturity.hours)
  };
  const [monitoring, checks, rawVoice] = await Promise.all([
    path ? readMonitoring(path, ctx.workspace) : Promise.resolve(null),
    collectCommitChecks(ctx.github, ctx.repo, trainTags(train), ctx.config.externalChecks),
    fetchVoice(ctx.github, ctx.repo, voiceOptions)
  ]);
  if (monitoring?.status === "unavailable") {
    ctx.log.warning(`Monitoring data left out: ${monitoring.reason}`);
  }
  if (!rawVoice) return { monitoring, checks, voice: null };
  const { changes } = await releaseData;
  const voice = voiceFrom(rawVoice, voiceOptions, {
    releases: trainReleases(train),
    pullRequests: changes.status === "ok" ? changes.data.pullRequests : [],
    commits: changes.status === "ok" ? changes.data.commits : []
  });
  if (voice.status === "unavailable") ctx.log.warning(`The users' voice is left out: ${voice.reason}`);
  return { monitoring, checks, voice };
}

// src/retro/open/previous.ts
function isOf(retro, train) {
  const tags = [train.release.tag, ...train.hotfixes.map((h) => h.tag)];
  return tags.includes(retro.state.tag) || retro.state.tags.some((t) => tags.includes(t));
}
function previousRetro(index, train, now) {
  if (train.previous) {
    const byTag = findByTag(index, train.previous.tag);
    if (byTag && !isOf(byTag, train)) return byTag;
  }
  const earlier = index.retrospectives.filter((r) => !isOf(r, train) && Date.parse(r.state.openedAt) <= now.getTime()).sort((a, b) => Date.parse(b.state.openedAt) - Date.parse(a.state.openedAt));
  return earlier[0] ?? null;
}
function metricsHistory(index, train, previous) {
  if (!previous) return [];
  const before = index.retrospectives.filter((r) => r !== previous && !isOf(r, train) && r.state.openedAt <= previous.state.openedAt).sort((a, b) => Date.parse(a.state.openedAt) - Date.parse(b.state.openedAt));
  return [...before, previous].map((r) => ({
    tag: r.state.tag,
    metrics: r.state.metrics
  }));
}
async function followUps(ctx, retro) {
  if (!retro) return null;
  return {
    tag: retro.state.tag,
    url: retro.discussion.url,
    number: retro.discussion.number,
    followUps: await previousItemsStatus(ctx, retro.state)
  };
}

// src/retro/open/survey.ts
function missingPrompts(config, state) {
  return config.survey.filter((prompt) => !state.surveyThreads[prompt.id]);
}
async function ensureSurveyThreads(ctx, target, options) {
  const missing = missingPrompts(ctx.config, target.state);
  const threads = { ...target.state.surveyThreads };
  if (missing.length === 0) return { created: [], adopted: [], threads };
  const ours = /* @__PURE__ */ new Map();
  if (!options.fresh) {
    const actor = await ctx.actor();
    for (const comment of await listDiscussionComments(ctx.github, target.id)) {
      if (comment.replyTo !== null || !isBy(comment.authorId, actor)) continue;
      const id = surveyMarkerId(comment.body);
      if (id && !ours.has(id)) ours.set(id, comment.id);
    }
  }
  const created = [];
  const adopted = [];
  const total = ctx.config.survey.length;
  for (const prompt of missing) {
    const existing = ours.get(prompt.id);
    if (existing) {
      threads[prompt.id] = existing;
      adopted.push(prompt.id);
      continue;
    }
    const comment = await addDiscussionComment(ctx.github, ctx.writes, {
      discussionId: target.id,
      label: `discussion #${target.number} (survey: ${prompt.id})`,
      body: renderSurveyComment(prompt, { tag: target.tag, index: ctx.config.survey.indexOf(prompt), total })
    });
    threads[prompt.id] = comment.id;
    created.push(prompt.id);
  }
  if (!ctx.writes.dryRun) await recordThreads(ctx, target, threads);
  return { created, adopted, threads };
}
async function recordThreads(ctx, target, threads) {
  const current = await getDiscussion(ctx.github, ctx.repo, target.number);
  if (!current)
    throw new Error(`Discussion #${target.number} disappeared while its survey threads were being created.`);
  const actor = await ctx.actor();
  const state = (isBy(current.authorId, actor) ? decodeState(current.body) : null) ?? target.state;
  const merged = { ...state, surveyThreads: { ...state.surveyThreads, ...threads } };
  await updateDiscussionBody(ctx.github, ctx.writes, {
    id: target.id,
    label: `discussion #${target.number}`,
    body: withState(current.body, merged)
  });
}

// src/retro/open/index.ts
var HOUR_MS2 = 36e5;
var DAY_MS2 = 24 * HOUR_MS2;
function collectContext(ctx) {
  return { github: ctx.github, repo: ctx.repo, config: ctx.config, now: ctx.now, log: ctx.log };
}
function findRetro(index, train) {
  for (const tag of trainTags(train)) {
    const found = findByTag(index, tag);
    if (found) return found;
  }
  return void 0;
}
function metricsOutput(metrics) {
  const out = {};
  for (const m of Object.values(metrics)) {
    out[m.key] = m.measured ? {
      value: m.value,
      unit: m.unit,
      display: m.display,
      window: m.window,
      band: m.band,
      bandSample: m.bandSample,
      confidence: m.confidence,
      trend: m.trend?.direction ?? null
    } : { value: null, reason: m.reason };
  }
  return JSON.stringify(out);
}
function retroOutputs(tag, discussion, metrics) {
  return {
    "release-tag": tag,
    "discussion-url": discussion && discussion.number > 0 ? discussion.url : "",
    "discussion-number": discussion && discussion.number > 0 ? String(discussion.number) : "",
    ...metrics ? { metrics: metricsOutput(metrics) } : {}
  };
}
var MAX_KEPT_PARTICIPANTS = 200;
async function prepare(ctx, retroIndex, train) {
  const releaseData = collectReleaseData(collectContext(ctx), train);
  const [data, outside, template, actor, index] = await Promise.all([
    releaseData,
    collectOutside(ctx, train, releaseData),
    readUserTemplate(ctx, "discussion"),
    ctx.actor(),
    retroIndex
  ]);
  warnUnavailable(ctx, data);
  const previous = index ? previousRetro(index, train, ctx.now) : null;
  const history = index ? metricsHistory(index, train, previous) : [];
  const metrics = computeMetrics(data, history);
  const snapshot = Object.fromEntries(
    Object.entries(snapshotOf(metrics)).filter((e) => typeof e[1] === "number")
  );
  const openedAt = ctx.now.toISOString();
  const state = initialState({
    tag: train.release.tag,
    tags: trainTags(train),
    previousTag: train.previous?.tag ?? null,
    openedAt,
    metrics: snapshot,
    meeting: initialMeeting(ctx.config, openedAt, { participants: data.participants, actor: actor.login })
  });
  state.story = renderStory(data, metrics);
  state.releaseParticipants = data.participants.slice(0, MAX_KEPT_PARTICIPANTS);
  const input = {
    config: ctx.config,
    data,
    metrics,
    previous: await followUps(ctx, previous),
    state,
    actor: actor.login,
    outside,
    history
  };
  const { title, body } = renderDiscussion(input, template);
  return { input, title, body };
}
var SECTION_NAMES = {
  changes: "commits and pull requests",
  deployments: "deployments",
  workflowRuns: "workflow runs",
  incidents: "incidents",
  bugs: "bugs",
  feedback: "feedback"
};
function warnUnavailable(ctx, data) {
  for (const [key, name] of Object.entries(SECTION_NAMES)) {
    const section2 = data[key];
    if (section2.status !== "unavailable") continue;
    const fix = section2.permission ? ` ${permissionAdvice(section2.permission)}` : "";
    ctx.log.warning(
      `The ${name} section is unavailable: ${section2.reason}.${fix}${section2.hint ? ` ${section2.hint}` : ""}`
    );
  }
}
async function openTrain(ctx, index, train, started) {
  const tag = train.release.tag;
  const prepared = await (started ?? prepare(ctx, index, train));
  const { maturity } = prepared.input.data;
  if (!maturity.matured) {
    const waiting = maturity.gates.filter((g) => !g.passed).map((g) => g.reason);
    ctx.log.info(
      `${tag} has not matured yet (${waiting.join(" ")}); opening it now because its tag was given.`
    );
  }
  const discussion = await createDiscussion(ctx.github, ctx.writes, {
    repo: ctx.repo,
    repositoryId: index.setup.repositoryId,
    categoryId: index.category.id,
    title: prepared.title,
    body: prepared.body
  });
  const survey = await ensureSurveyThreads(
    ctx,
    { id: discussion.id, number: discussion.number, tag, state: prepared.input.state },
    { fresh: true }
  );
  await ensureMeetingThread(
    ctx,
    { id: discussion.id, number: discussion.number, state: prepared.input.state },
    { fresh: true }
  );
  const status = ctx.writes.dryRun ? "dry-run" : "opened";
  if (ctx.writes.dryRun) {
    ctx.log.info(
      `[dry-run] The ${tag} retrospective would be opened in "${index.category.name}" with ${survey.created.length} survey threads.`
    );
  } else {
    notice(
      ctx.log,
      `Opened the ${tag} retrospective: ${discussion.url} (${survey.created.length} survey threads).`
    );
  }
  return {
    discussion,
    result: {
      outputs: retroOutputs(tag, discussion, prepared.input.metrics),
      summary: renderRetroSummary(prepared.input, status, ctx.writes.dryRun ? null : discussion)
    }
  };
}
async function resumeExisting(ctx, retro) {
  const { discussion, state } = retro;
  const link2 = `[#${discussion.number}](${discussion.url})`;
  let note = "Nothing new was created.";
  const meetingCreated = state.status === "open" && meetingIncomplete(state) ? await ensureMeetingThread(
    ctx,
    { id: discussion.id, number: discussion.number, state },
    { fresh: false }
  ) : 0;
  if (meetingCreated > 0) note = `Completed the meeting thread (${meetingCreated} comments).`;
  if (state.status === "open" && missingPrompts(ctx.config, state).length > 0) {
    const survey = await ensureSurveyThreads(
      ctx,
      { id: discussion.id, number: discussion.number, tag: state.tag, state },
      { fresh: false }
    );
    const parts = [
      survey.created.length > 0 ? `created ${survey.created.length} missing survey threads (${survey.created.join(", ")})` : "",
      survey.adopted.length > 0 ? `recorded ${survey.adopted.length} existing ones (${survey.adopted.join(", ")})` : ""
    ].filter(Boolean);
    note = `Completed an interrupted opening: ${parts.join("; ")}.`;
  }
  ctx.log.info(`The ${state.tag} retrospective already exists: ${discussion.url}. ${note}`);
  return {
    outputs: retroOutputs(state.tag, discussion, null),
    summary: `### ${escapeInline(discussion.title)}

The retrospective of ${escapeInline(state.tag)} is already open: ${link2}. ${note}`
  };
}
async function openRetrospective(ctx, tag) {
  const index = loadRetroIndex(ctx);
  const train = listReleases(ctx.github, ctx.repo, ctx.config, ctx.now).then(
    (releases) => findTrain(releases, tag, ctx.config)
  );
  const prepared = train.then((found2) => prepare(ctx, index, found2));
  for (const p of [index, train, prepared]) p.catch(() => void 0);
  const known = await index;
  const byTag = findByTag(known, tag);
  if (byTag) return resumeExisting(ctx, byTag);
  const found = await train;
  const existing = findRetro(known, found);
  if (existing) return resumeExisting(ctx, existing);
  return (await openTrain(ctx, known, found, prepared)).result;
}
function waitingOf(item) {
  const failing = item.maturity.gates.filter((g) => !g.passed);
  const times = failing.map((g) => g.passesAt);
  const readyAt = times.every((t) => t !== null) ? new Date(Math.max(...times.map((t) => Date.parse(t)))).toISOString() : null;
  return {
    tag: item.train.release.tag,
    url: item.train.release.url,
    reason: failing.map((g) => g.reason).join(" "),
    readyAt: failing.length > 0 ? readyAt : null
  };
}
function staleSince(item, ctx) {
  const age = item.maturity.gates.find((g) => g.name === "age");
  const maturedAt = age?.passesAt ? Date.parse(age.passesAt) : Date.parse(item.train.last.publishedAt);
  const limitMs = Math.max(1, ctx.config.finalizeAfterDays) * DAY_MS2;
  return ctx.now.getTime() - maturedAt > limitMs ? maturedAt : null;
}
async function openMaturedRetrospectives(ctx, retroIndex = loadRetroIndex(ctx)) {
  retroIndex.catch(() => void 0);
  const releases = await listReleases(ctx.github, ctx.repo, ctx.config, ctx.now);
  const trains = await findMaturedTrains(collectContext(ctx), { releases });
  const index = await retroIndex;
  const opened = [];
  const resumed = [];
  const waiting = [];
  const stale = [];
  const failures = [];
  for (const item of trains) {
    const tag = item.train.release.tag;
    const existing = findRetro(index, item.train);
    if (existing) {
      if (existing.state.status === "open" && (missingPrompts(ctx.config, existing.state).length > 0 || meetingIncomplete(existing.state))) {
        resumed.push(await resumeExisting(ctx, existing));
      } else {
        ctx.log.debug(`${tag}: the retrospective exists (${existing.discussion.url}).`);
      }
      continue;
    }
    if (!item.maturity.matured) {
      const w = waitingOf(item);
      waiting.push(w);
      ctx.log.info(
        `${tag}: not ready for its retrospective yet. ${w.reason} ${w.readyAt ? `It opens on the first scheduled run after ${formatTime(w.readyAt)}.` : "It opens once that is resolved."}`
      );
      continue;
    }
    const staleAt = staleSince(item, ctx);
    if (staleAt !== null) {
      stale.push(tag);
      ctx.log.info(
        `${tag}: matured ${formatTime(new Date(staleAt))}, more than finalize-after-days (${ctx.config.finalizeAfterDays}) ago; not opened automatically. Run with the tag input to open it anyway.`
      );
      continue;
    }
    try {
      opened.push(await openTrain(ctx, index, item.train));
    } catch (error) {
      failures.push(`${tag}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  const last = opened.at(-1);
  const summaryParts = [
    ...opened.map((o) => o.result.summary),
    ...resumed.map((r) => r.summary),
    renderWaiting(waiting)
  ];
  if (opened.length === 0 && resumed.length === 0 && failures.length === 0) {
    const next = waiting.map((w) => w.readyAt).filter((t) => t !== null).sort()[0];
    summaryParts.unshift(
      `### No retrospective opened

${waiting.length > 0 ? `No release has matured yet${next ? `; the next one is ready from ${formatTime(next)}` : ""}.` : "Every matured release already has its retrospective."}`
    );
    ctx.log.info(
      waiting.length > 0 ? `No retrospective opened: no release has matured yet${next ? `; the next opens after ${formatTime(next)}` : ""}.` : "No retrospective opened: every matured release already has one."
    );
  }
  if (stale.length > 0) {
    summaryParts.push(
      `_Not opened automatically because they matured more than ${ctx.config.finalizeAfterDays} days ago: ${stale.join(", ")}. Run with the \`tag\` input to open one._`
    );
  }
  const result = {
    outputs: last ? last.result.outputs : {},
    summary: summaryParts.filter(Boolean).join("\n\n")
  };
  if (failures.length > 0) {
    throw Object.assign(
      new GitHubActionError(`Some retrospectives could not be opened:
${failures.join("\n")}`),
      {
        partial: result
      }
    );
  }
  return result;
}
async function previewRetrospective(ctx, tag) {
  const index = loadRetroIndex(ctx).catch((error) => {
    if (!(error instanceof GitHubActionError)) throw error;
    ctx.log.warning(`${error.message} The preview goes on without the previous retrospective.`);
    return null;
  });
  index.catch(() => void 0);
  const releases = await listReleases(ctx.github, ctx.repo, ctx.config, ctx.now);
  const train = findTrain(releases, tag, ctx.config);
  const prepared = await prepare(ctx, index, train);
  const known = await index;
  const existing = known ? findRetro(known, train) : void 0;
  if (existing)
    ctx.log.warning(`The ${train.release.tag} retrospective already exists: ${existing.discussion.url}`);
  const comments = ctx.config.survey.map(
    (prompt, i) => renderSurveyComment(prompt, { tag: train.release.tag, index: i, total: ctx.config.survey.length })
  );
  const markdown = [
    `# ${prepared.title}`,
    "",
    prepared.body.trimEnd(),
    "",
    ...comments.flatMap((c, i) => [
      `<!-- survey comment ${i + 1} of ${comments.length} -->`,
      "",
      c.trimEnd(),
      ""
    ])
  ].join("\n");
  ctx.log.info(markdown);
  return {
    outputs: retroOutputs(train.release.tag, existing?.discussion ?? null, prepared.input.metrics),
    summary: markdown
  };
}
export {
  metricsOutput,
  openMaturedRetrospectives,
  openRetrospective,
  previewRetrospective,
  waitingOf
};
