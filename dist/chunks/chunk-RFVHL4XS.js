import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  formatDuration,
  formatHours,
  formatRate
} from "./chunk-LWXJGNMQ.js";

// src/metrics/shared.ts
var HOUR = 36e5;
var WEEK = 7 * 24 * HOUR;
var EVIDENCE_CAP = 10;
var t = (iso) => Date.parse(iso);
var METRIC_NAMES = {
  deploymentFrequency: "Deployment frequency",
  leadTime: "Lead time for changes",
  changeFailureRate: "Change failure rate",
  timeToRestore: "Time to restore",
  ciSuccessRate: "CI success rate",
  ciFlakyRate: "CI flaky rate",
  bugInflow: "Bug inflow"
};
function notMeasured(key, reason, method) {
  return { key, name: METRIC_NAMES[key], measured: false, reason, method };
}
function measured(key, draft) {
  return { key, name: METRIC_NAMES[key], measured: true, ...draft, trend: null };
}
function firstSuccess(d) {
  const s = d.statuses.find((x) => x.state === "success");
  return s ? t(s.createdAt) : null;
}
var environmentKey = (d) => d.environment.toLowerCase();
var isFailedState = (state) => state === "failure" || state === "error";
function weeksOf(window) {
  return Math.max(t(window.to) - t(window.from), HOUR) / WEEK;
}
function observationPeriod(data) {
  return { name: "observation period", ...data.window };
}
function bandPeriod(data) {
  return { name: "band period", ...data.bandPeriod };
}
function releaseCycle(data) {
  const { train } = data;
  return {
    name: "release cycle",
    from: train.previous?.publishedAt ?? train.release.createdAt,
    to: train.last.publishedAt
  };
}
var MIN_BAND_SAMPLES = { leadTime: 5, changeFailureRate: 5, timeToRestore: 3 };
function bandFrom(rate, value, sample) {
  return { band: sample.count >= sample.needed ? rate(value) : null, bandSample: sample };
}
function confidenceForWeeks(weeks) {
  return weeks < 1 ? "low" : weeks < 4 ? "medium" : "high";
}
function deploymentLabel(d) {
  return `deployment ${d.id} of ${d.sha.slice(0, 7)}${d.ref ? ` (${d.ref})` : ""} to ${d.environment}`;
}

// src/metrics/stats.ts
function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.max(1, Math.ceil(p / 100 * sorted.length));
  return sorted[rank - 1];
}
function round(value, digits = 1) {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

// src/metrics/bug-inflow.ts
function bugInflow(data) {
  const key = "bugInflow";
  const method = "Issues with a bug label opened in the observation period, per week of the period.";
  if (data.bugs.status !== "ok") return notMeasured(key, `Bugs are unavailable: ${data.bugs.reason}`, method);
  const window = observationPeriod(data);
  const weeks = weeksOf(window);
  const bugs = data.bugs.data.filter((b) => b.createdAt >= window.from && b.createdAt <= window.to);
  const perWeek = bugs.length / weeks;
  const length = formatDuration(t(window.to) - t(window.from));
  return measured(key, {
    value: round(perWeek, 2),
    unit: "per-week",
    display: `${bugs.length} in ${length} (${formatRate(perWeek)})`,
    window,
    details: {
      bugs: bugs.length,
      linked: bugs.filter((b) => b.linkedBy.length > 0).length,
      open: bugs.filter((b) => b.state === "open").length,
      windowDays: round(weeks * 7, 2)
    },
    band: null,
    bandSample: null,
    evidence: bugs.slice(0, EVIDENCE_CAP).map((b) => ({ label: `#${b.number} ${b.title}`, url: b.url })),
    method,
    confidence: confidenceForWeeks(weeks)
  });
}

// src/metrics/bands.ts
var HOURS_PER_DAY = 24;
var WEEKS_PER_MONTH = 30.44 / 7;
function deploymentFrequencyBand(perWeek) {
  if (perWeek > 7) return "elite";
  if (perWeek >= 1) return "high";
  if (perWeek >= 1 / WEEKS_PER_MONTH) return "medium";
  return "low";
}
function leadTimeBand(hours) {
  if (hours < HOURS_PER_DAY) return "elite";
  if (hours < 7 * HOURS_PER_DAY) return "high";
  if (hours < 30 * HOURS_PER_DAY) return "medium";
  return "low";
}
function changeFailureRateBand(percent) {
  if (percent <= 5) return "elite";
  if (percent <= 10) return "high";
  if (percent <= 15) return "medium";
  return "low";
}
function timeToRestoreBand(hours) {
  if (hours < 1) return "elite";
  if (hours < HOURS_PER_DAY) return "high";
  if (hours < 7 * HOURS_PER_DAY) return "medium";
  return "low";
}

// src/metrics/deployment-index.ts
function firstAbove(sorted, value) {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = low + high >>> 1;
    if (sorted[middle] > value) high = middle;
    else low = middle + 1;
  }
  return low;
}
function grouped(deployments, keyOf) {
  const groups = /* @__PURE__ */ new Map();
  for (const d of deployments) {
    const key = keyOf(d);
    const group = groups.get(key);
    if (group) group.push(d);
    else groups.set(key, [d]);
  }
  return groups;
}
function succeededBefore(deployments) {
  const earliest = /* @__PURE__ */ new Map();
  for (const d of deployments) {
    const at = firstSuccess(d);
    if (at === null) continue;
    const key = `${d.sha}
${environmentKey(d)}`;
    const known = earliest.get(key);
    if (known === void 0 || at < known) earliest.set(key, at);
  }
  return (d, at) => (earliest.get(`${d.sha}
${environmentKey(d)}`) ?? Number.POSITIVE_INFINITY) < at;
}
function nextInEnvironment(byTime) {
  const groups = new Map(
    [...grouped(byTime, environmentKey)].map(([key, group]) => [
      key,
      { group, created: group.map((d) => t(d.createdAt)) }
    ])
  );
  return (d) => {
    const entry = groups.get(environmentKey(d));
    return entry?.group[firstAbove(entry.created, t(d.createdAt))];
  };
}
function laterOfSameTag(deployments) {
  const latest = /* @__PURE__ */ new Map();
  for (const d of deployments) {
    const byEnvironment = latest.get(d.releaseTag) ?? /* @__PURE__ */ new Map();
    latest.set(d.releaseTag, byEnvironment);
    const key = environmentKey(d);
    byEnvironment.set(key, Math.max(byEnvironment.get(key) ?? Number.NEGATIVE_INFINITY, t(d.createdAt)));
  }
  return (d) => (latest.get(d.releaseTag)?.get(environmentKey(d)) ?? Number.NEGATIVE_INFINITY) > t(d.createdAt);
}
function recoveryAfter(deployments) {
  const successes = new Map(
    [...grouped(deployments, environmentKey)].map(([key, group]) => [
      key,
      group.map(firstSuccess).filter((at) => at !== null).sort((a, b) => a - b)
    ])
  );
  return (d, at) => {
    const list = successes.get(environmentKey(d));
    return list?.[firstAbove(list, at)];
  };
}

// src/metrics/change-failure-rate.ts
function linkedIncidents(data) {
  return data.incidents.status === "ok" ? data.incidents.data.filter((i) => i.linkedBy.length > 0) : [];
}
function changeFailureRate(data) {
  const key = "changeFailureRate";
  const releases = [data.train.release, ...data.train.hotfixes];
  const lastTag = data.train.last.tag;
  const incidents = linkedIncidents(data);
  const evidence = [];
  const production = data.deployments.status === "ok" ? data.deployments.data.filter((d) => d.isProduction) : [];
  const forward = production.filter((d) => d.releaseTag && !d.isRollback).sort((a, b) => t(a.createdAt) - t(b.createdAt));
  if (forward.length > 0) {
    const byTime = [...production].sort((a, b) => t(a.createdAt) - t(b.createdAt));
    const replacement = nextInEnvironment(byTime);
    const supersededInTag = laterOfSameTag(forward);
    let failed2 = 0;
    let failedStatuses = 0;
    let rolledBack = 0;
    let hotfixed = 0;
    let withIncident = 0;
    for (const d of forward) {
      const next = replacement(d);
      const liveFrom = firstSuccess(d);
      const liveTo = next ? t(next.createdAt) : Number.POSITIVE_INFINITY;
      const reasons = [];
      if (d.statuses.some((s) => isFailedState(s.state))) {
        reasons.push("failed");
        failedStatuses += 1;
      }
      if (next?.isRollback) {
        reasons.push("rolled back");
        rolledBack += 1;
      }
      const lastOfTag = !supersededInTag(d);
      if (d.releaseTag !== lastTag && lastOfTag) {
        reasons.push("needed a hotfix");
        hotfixed += 1;
      }
      const hit = liveFrom === null ? [] : incidents.filter((i) => t(i.createdAt) >= liveFrom && t(i.createdAt) < liveTo);
      if (hit.length > 0) {
        reasons.push(`incident ${hit.map((i) => `#${i.number}`).join(", ")}`);
        withIncident += 1;
        evidence.push(...hit.map((i) => ({ label: `#${i.number} ${i.title}`, url: i.url })));
      }
      if (reasons.length > 0) {
        failed2 += 1;
        evidence.unshift({ label: `${deploymentLabel(d)}: ${reasons.join(", ")}`, url: d.url });
      }
    }
    const value2 = failed2 / forward.length * 100;
    return measured(key, {
      value: round(value2, 1),
      unit: "percent",
      display: `${round(value2)} %`,
      details: {
        deployments: forward.length,
        failed: failed2,
        failedStatuses,
        rolledBack,
        hotfixed,
        withLinkedIncident: withIncident
      },
      window: releaseCycle(data),
      ...bandFrom(changeFailureRateBand, value2, {
        count: forward.length,
        needed: MIN_BAND_SAMPLES.changeFailureRate,
        of: "deployments"
      }),
      evidence: dedupe(evidence),
      method: "Production deployments of the train's commits that failed, were rolled back, were superseded by a hotfix of the train, or were live when an incident linked to the release was opened, over all production deployments of the train's commits (each deployment counts once).",
      confidence: forward.length >= 10 ? "high" : forward.length >= 4 ? "medium" : "low"
    });
  }
  let failed = 0;
  releases.forEach((release, i) => {
    const next = releases[i + 1];
    const hit = incidents.filter(
      (inc) => t(inc.createdAt) >= t(release.publishedAt) && (!next || t(inc.createdAt) < t(next.publishedAt))
    );
    const reasons = [
      ...next ? [`hotfixed by ${next.tag}`] : [],
      ...hit.map((inc) => `incident #${inc.number}`)
    ];
    if (reasons.length > 0) {
      failed += 1;
      evidence.push({ label: `${release.tag}: ${reasons.join(", ")}`, url: release.url });
      evidence.push(...hit.map((inc) => ({ label: `#${inc.number} ${inc.title}`, url: inc.url })));
    }
  });
  const value = failed / releases.length * 100;
  const why = data.deployments.status === "ok" ? "no production deployment of the train's commits was found" : `deployments are unavailable (${data.deployments.reason})`;
  return measured(key, {
    value: round(value, 1),
    unit: "percent",
    display: `${round(value)} %`,
    details: {
      releases: releases.length,
      failed,
      hotfixes: data.train.hotfixes.length,
      linkedIncidents: incidents.length
    },
    window: releaseCycle(data),
    ...bandFrom(changeFailureRateBand, value, {
      count: releases.length,
      needed: MIN_BAND_SAMPLES.changeFailureRate,
      of: "releases"
    }),
    evidence: dedupe(evidence),
    method: `Releases of the train that needed a hotfix or had an incident linked to them while current, over the train's releases (release method: ${why}).`,
    confidence: "low"
  });
}
function dedupe(evidence) {
  const seen = /* @__PURE__ */ new Set();
  return evidence.filter((e) => {
    const k = `${e.label}\0${e.url}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

// src/metrics/ci-health.ts
var COUNTED = /* @__PURE__ */ new Set(["success", "failure", "timed_out", "startup_failure"]);
function builds(runs) {
  const groups = /* @__PURE__ */ new Map();
  for (const run of runs) {
    const k = `${run.name}\0${run.headSha}`;
    groups.set(k, [...groups.get(k) ?? [], run]);
  }
  return [...groups.values()].map((group) => {
    const latest = [...group].sort(
      (a, b) => b.runAttempt - a.runAttempt || t(b.createdAt) - t(a.createdAt)
    )[0];
    return { run: latest, attempts: Math.max(...group.map((r) => r.runAttempt)) };
  });
}
function ciMetrics(data) {
  const successMethod = "Builds on the default branch while the release was built (one per workflow and commit, judged by its latest attempt) that succeeded, over builds that succeeded, failed or timed out.";
  const flakyMethod = "Builds on the default branch that failed and then passed on a re-run of the same commit (run attempt above 1), over all judged builds.";
  if (data.workflowRuns.status !== "ok") {
    const reason = `Workflow runs are unavailable: ${data.workflowRuns.reason}`;
    return {
      success: notMeasured("ciSuccessRate", reason, successMethod),
      flaky: notMeasured("ciFlakyRate", reason, flakyMethod)
    };
  }
  const judged = builds(data.workflowRuns.data.branchRuns).filter(
    (b) => b.run.status === "completed" && COUNTED.has(b.run.conclusion ?? "")
  );
  if (judged.length === 0) {
    const reason = `No completed workflow run on ${data.repository.defaultBranch} while the release was built.`;
    return {
      success: notMeasured("ciSuccessRate", reason, successMethod),
      flaky: notMeasured("ciFlakyRate", reason, flakyMethod)
    };
  }
  const passed = judged.filter((b) => b.run.conclusion === "success");
  const flaky = passed.filter((b) => b.attempts > 1);
  const failed = judged.filter((b) => b.run.conclusion !== "success");
  const durations = judged.map((b) => b.run.durationMs).filter((d) => d !== null);
  const confidence = judged.length >= 20 ? "high" : judged.length >= 5 ? "medium" : "low";
  const runsWindow = data.workflowRuns.data.window;
  const window = {
    name: "build window",
    from: runsWindow?.from ?? data.train.previous?.publishedAt ?? data.train.release.createdAt,
    to: runsWindow?.to ?? data.train.last.publishedAt
  };
  const success = passed.length / judged.length * 100;
  const flakyRate = flaky.length / judged.length * 100;
  return {
    success: measured("ciSuccessRate", {
      value: round(success, 1),
      unit: "percent",
      display: `${round(success)} %`,
      window,
      bandSample: null,
      details: {
        builds: judged.length,
        succeeded: passed.length,
        failed: failed.length,
        runs: data.workflowRuns.data.branchRuns.length,
        ...durations.length > 0 ? { medianDurationMinutes: round(median(durations) / 6e4, 1) } : {}
      },
      band: null,
      evidence: failed.slice(0, EVIDENCE_CAP).map((b) => ({
        label: `${b.run.name} on ${b.run.headSha.slice(0, 7)} ${b.run.conclusion}`,
        url: b.run.url
      })),
      method: successMethod,
      confidence
    }),
    flaky: measured("ciFlakyRate", {
      value: round(flakyRate, 1),
      unit: "percent",
      display: `${round(flakyRate)} %`,
      window,
      bandSample: null,
      details: { builds: judged.length, flaky: flaky.length },
      band: null,
      evidence: flaky.slice(0, EVIDENCE_CAP).map((b) => ({
        label: `${b.run.name} on ${b.run.headSha.slice(0, 7)} passed on attempt ${b.attempts}`,
        url: b.run.url
      })),
      method: flakyMethod,
      confidence
    })
  };
}

// src/metrics/deployment-frequency.ts
var MIN_BAND_DAYS = 28;
function deploymentFrequency(data) {
  const key = "deploymentFrequency";
  const window = bandPeriod(data);
  const days = round((t(window.to) - t(window.from)) / 864e5, 1);
  const method = `Successful production deployments of new changes (first success inside the ${days}-day band period ending with the observation period), per week. Rollbacks and redeploys of a commit already deployed are not new changes: they are counted apart, and a rollback counts as a failure in the change failure rate.`;
  if (data.deployments.status !== "ok")
    return notMeasured(key, `Deployments are unavailable: ${data.deployments.reason}`, method);
  const production = data.deployments.data.filter((d) => d.isProduction);
  if (production.length === 0) {
    const seen = [...new Set(data.deployments.data.map((d) => d.environment))];
    return notMeasured(
      key,
      `No deployment went to a production environment (production-environments in the config)${seen.length > 0 ? `; environments seen: ${seen.join(", ")}` : ""}.`,
      method
    );
  }
  const from = t(window.from);
  const to = t(window.to);
  const inPeriod = production.filter((d) => {
    const at = firstSuccess(d);
    return at !== null && at >= from && at <= to;
  });
  const redeployed = succeededBefore(production);
  const isNew = (d) => {
    const at = firstSuccess(d);
    return !d.isRollback && at !== null && !redeployed(d, at);
  };
  const deployments = inPeriod.filter(isNew);
  const perWeek = deployments.length / weeksOf(window);
  const ofTrain = production.filter((d) => d.releaseTag && isNew(d)).length;
  return measured(key, {
    value: round(perWeek, 2),
    unit: "per-week",
    display: formatRate(perWeek),
    window,
    details: {
      deployments: deployments.length,
      rollbacks: inPeriod.filter((d) => d.isRollback).length,
      redeploys: inPeriod.filter((d) => !d.isRollback && !isNew(d)).length,
      bandPeriodDays: days,
      releaseDeployments: ofTrain
    },
    band: days >= MIN_BAND_DAYS ? deploymentFrequencyBand(perWeek) : null,
    bandSample: { count: Math.floor(days), needed: MIN_BAND_DAYS, of: "days" },
    evidence: deployments.slice(-EVIDENCE_CAP).reverse().map((d) => ({ label: deploymentLabel(d), url: d.url })),
    method,
    confidence: deployments.length >= 10 ? "high" : deployments.length >= 4 ? "medium" : "low"
  });
}

// src/metrics/lead-time.ts
function changesOf(data) {
  if (data.changes.status !== "ok") return [];
  const order = new Map(data.changes.data.commits.map((c, i) => [c.sha, i]));
  const pulls = data.changes.data.pullRequests;
  if (pulls.length > 0) {
    return pulls.map((pr) => ({
      label: `#${pr.number} ${pr.title}`,
      url: pr.url,
      start: t(pr.firstCommitAt ?? pr.createdAt),
      index: pr.mergeCommitSha ? order.get(pr.mergeCommitSha) ?? -1 : -1,
      releaseTag: pr.releaseTag,
      pullNumber: pr.number
    }));
  }
  return data.changes.data.commits.map((c, i) => ({
    label: `${c.sha.slice(0, 7)} ${c.headline}`,
    url: c.url,
    start: t(c.authoredAt),
    index: i,
    releaseTag: c.releaseTag,
    pullNumber: null
  }));
}
function leadTimeSamples(data) {
  let samples = samplesOf.get(data);
  if (!samples) {
    samples = measureSamples(data);
    samplesOf.set(data, samples);
  }
  return samples;
}
var samplesOf = /* @__PURE__ */ new WeakMap();
function measureSamples(data) {
  if (data.changes.status !== "ok") return [];
  const changes = changesOf(data);
  const order = new Map(data.changes.data.commits.map((c, i) => [c.sha, i]));
  const tagCommits = data.changes.data.tagCommits ?? {};
  const deploys = data.deployments.status === "ok" ? data.deployments.data.filter((d) => d.isProduction && !d.isRollback).map((d) => {
    const at = firstSuccess(d);
    const viaTag = d.releaseTag ? tagCommits[d.releaseTag] : void 0;
    const index = order.get(d.sha) ?? (viaTag ? order.get(viaTag) ?? -1 : -1);
    return { d, at, index };
  }).filter((x) => x.at !== null && x.index >= 0).sort((a, b) => a.at - b.at) : [];
  const published = new Map([data.train.release, ...data.train.hotfixes].map((r) => [r.tag, r]));
  const samples = [];
  for (const change of changes) {
    const base = { label: change.label, url: change.url, pullNumber: change.pullNumber };
    const deploy = change.index >= 0 ? deploys.find((x) => x.index >= change.index && x.at >= change.start) : void 0;
    if (deploy) {
      samples.push({
        ...base,
        hours: (deploy.at - change.start) / HOUR,
        via: "deployment",
        end: { label: deploymentLabel(deploy.d), url: deploy.d.url }
      });
      continue;
    }
    const release = published.get(change.releaseTag);
    if (release) {
      samples.push({
        ...base,
        hours: (t(release.publishedAt) - change.start) / HOUR,
        via: "publish",
        end: { label: `${release.tag} published`, url: release.url }
      });
    }
  }
  return samples;
}
function leadTime(data) {
  const key = "leadTime";
  if (data.changes.status !== "ok") {
    return notMeasured(key, `Changes are unavailable: ${data.changes.reason}`, "First commit to production.");
  }
  const start = data.changes.data.pullRequests.length > 0 ? "First commit of each pull request" : "Author date of each commit";
  if (data.changes.data.pullRequests.length === 0 && data.changes.data.commits.length === 0)
    return notMeasured(key, "The release has no commits.", "First commit to production.");
  const samples = leadTimeSamples(data);
  const toDeployment = samples.filter((s) => s.via === "deployment").length;
  const method = toDeployment === samples.length ? `${start} to the first successful production deployment containing it (deployment method).` : toDeployment === 0 ? `${start} to the publish of the release containing it (release method: no production deployment contains these changes).` : `${start} to the first successful production deployment containing it (${toDeployment} of ${samples.length}); the others to the publish of the release containing them.`;
  if (samples.length === 0)
    return notMeasured(key, "No change could be placed in a release or deployment.", method);
  const hours = samples.map((s) => s.hours);
  const value = median(hours);
  const slowest = [...samples].sort((a, b) => b.hours - a.hours).slice(0, EVIDENCE_CAP);
  const ends = [...new Map(slowest.map((s) => [s.end.url + s.end.label, s.end])).values()];
  return measured(key, {
    value: round(value, 2),
    unit: "hours",
    display: formatHours(value),
    details: {
      p90Hours: round(percentile(hours, 90), 2),
      samples: samples.length,
      toDeployment,
      toPublish: samples.length - toDeployment
    },
    window: releaseCycle(data),
    ...bandFrom(leadTimeBand, value, {
      count: samples.length,
      needed: MIN_BAND_SAMPLES.leadTime,
      of: "changes"
    }),
    evidence: [
      ...slowest.map((s) => ({ label: `${s.label}: ${formatHours(s.hours)}`, url: s.url })),
      ...ends
    ],
    method,
    confidence: samples.length < 3 || toDeployment === 0 ? "low" : samples.length < 10 || toDeployment < samples.length ? "medium" : "high"
  });
}

// src/metrics/time-to-restore.ts
function timeToRestore(data) {
  const key = "timeToRestore";
  const method = "Median of: each incident opened in the observation period, created to closed; and each failed production deployment status in the observation period, failure to the next successful production deployment to that environment.";
  if (data.incidents.status !== "ok" && data.deployments.status !== "ok") {
    return notMeasured(
      key,
      `Incidents and deployments are unavailable: ${data.incidents.reason}; ${data.deployments.reason}`,
      method
    );
  }
  const samples = [];
  const incidents = data.incidents.status === "ok" ? data.incidents.data : [];
  for (const i of incidents) {
    if (i.closedAt)
      samples.push({
        hours: (t(i.closedAt) - t(i.createdAt)) / HOUR,
        evidence: { label: `#${i.number} ${i.title}`, url: i.url }
      });
  }
  const stillOpen = incidents.filter((i) => !i.closedAt).length;
  let failedDeployments = 0;
  if (data.deployments.status === "ok") {
    const from = t(data.window.from);
    const to = t(data.window.to);
    const production = data.deployments.data.filter((d) => d.isProduction);
    const recovery = recoveryAfter(production);
    for (const d of production) {
      const failure = d.statuses.find(
        (s) => isFailedState(s.state) && t(s.createdAt) >= from && t(s.createdAt) <= to
      );
      if (!failure) continue;
      failedDeployments += 1;
      const at = t(failure.createdAt);
      const recovered = recovery(d, at);
      if (recovered !== void 0)
        samples.push({
          hours: (recovered - at) / HOUR,
          evidence: { label: `${deploymentLabel(d)} failed`, url: d.url }
        });
    }
  }
  if (samples.length === 0) {
    const open = stillOpen > 0 ? ` ${stillOpen} incident${stillOpen > 1 ? "s are" : " is"} still open.` : "";
    return notMeasured(
      key,
      `Nothing was restored in the window: no closed incident and no recovered failed production deployment.${open}`,
      method
    );
  }
  const hours = samples.map((s) => s.hours);
  const value = median(hours);
  return measured(key, {
    value: round(value, 2),
    unit: "hours",
    display: formatHours(value),
    details: {
      samples: samples.length,
      incidents: incidents.length,
      failedDeployments,
      stillOpen,
      p90Hours: round(percentile(hours, 90), 2)
    },
    window: observationPeriod(data),
    ...bandFrom(timeToRestoreBand, value, {
      count: samples.length,
      needed: MIN_BAND_SAMPLES.timeToRestore,
      of: "restorations"
    }),
    evidence: [...samples].sort((a, b) => b.hours - a.hours).slice(0, EVIDENCE_CAP).map((s) => ({ ...s.evidence, label: `${s.evidence.label}: ${formatHours(s.hours)}` })),
    method,
    confidence: samples.length >= 5 ? "high" : samples.length >= 2 ? "medium" : "low"
  });
}

// src/metrics/types.ts
var CANONICAL_UNITS = {
  deploymentFrequency: "per-week",
  leadTime: "hours",
  changeFailureRate: "percent",
  timeToRestore: "hours",
  ciSuccessRate: "percent",
  ciFlakyRate: "percent",
  bugInflow: "per-week"
};

// src/metrics/compute.ts
var HIGHER_IS_BETTER = {
  deploymentFrequency: true,
  leadTime: false,
  changeFailureRate: false,
  timeToRestore: false,
  ciSuccessRate: true,
  ciFlakyRate: false,
  bugInflow: false
};
var SNAPSHOT_KEYS = {
  deploymentFrequency: "deploymentFrequencyPerWeek",
  leadTime: "leadTimeHours",
  changeFailureRate: "changeFailureRatePercent",
  timeToRestore: "timeToRestoreHours",
  ciSuccessRate: "ciSuccessRatePercent",
  ciFlakyRate: "ciFlakyRatePercent",
  bugInflow: "bugInflowPerWeek"
};
var LEGACY_KEYS_WITH_KNOWN_UNIT = [
  "leadTime",
  "changeFailureRate",
  "timeToRestore",
  "ciSuccessRate",
  "ciFlakyRate",
  "bugInflow"
];
function snapshotValue(snapshot, key) {
  const value = snapshot[SNAPSHOT_KEYS[key]];
  if (typeof value === "number") return value;
  const legacy = snapshot[key];
  return LEGACY_KEYS_WITH_KNOWN_UNIT.includes(key) && typeof legacy === "number" ? legacy : void 0;
}
function trendOf(key, value, history) {
  const previous = history.at(-1);
  const before = previous ? snapshotValue(previous.metrics, key) : void 0;
  if (!previous || before === void 0) return null;
  const delta = value - before;
  const flat = Math.abs(delta) <= 0.01 * Math.max(Math.abs(before), Math.abs(value)) || delta === 0;
  const direction = flat ? "flat" : delta > 0 ? "up" : "down";
  return {
    previousTag: previous.tag,
    previousValue: before,
    direction,
    improved: direction === "flat" ? null : direction === "up" === HIGHER_IS_BETTER[key]
  };
}
function computeMetrics(data, history = []) {
  const ci = ciMetrics(data);
  const metrics = {
    deploymentFrequency: deploymentFrequency(data),
    leadTime: leadTime(data),
    changeFailureRate: changeFailureRate(data),
    timeToRestore: timeToRestore(data),
    ciSuccessRate: ci.success,
    ciFlakyRate: ci.flaky,
    bugInflow: bugInflow(data)
  };
  for (const metric of Object.values(metrics)) {
    if (metric.measured) metric.trend = trendOf(metric.key, metric.value, history);
  }
  return metrics;
}
function snapshotOf(metrics) {
  const snapshot = {};
  for (const metric of Object.values(metrics)) {
    if (!metric.measured) continue;
    if (metric.unit !== CANONICAL_UNITS[metric.key])
      throw new Error(`${metric.key} is in ${metric.unit}, not its canonical ${CANONICAL_UNITS[metric.key]}`);
    snapshot[SNAPSHOT_KEYS[metric.key]] = metric.value;
  }
  return snapshot;
}

export {
  METRIC_NAMES,
  leadTimeSamples,
  CANONICAL_UNITS,
  SNAPSHOT_KEYS,
  snapshotValue,
  computeMetrics,
  snapshotOf
};
