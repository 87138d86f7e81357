/**
 * Is the train ready for its retrospective? Pure: the gates read facts already collected.
 * - age: the train's last release was published at least `maturity.hours` ago;
 * - production-deployments: no failed production deployment status since the train's first publish within the
 *   last `maturity.hours` (a failure restarts the clock, like a hotfix);
 * - open-incidents: no incident opened since the train's first publish is still open (waits on people).
 * A gate whose source is unavailable passes and says it was not checked, so a repository without deployments
 * or incident labels still gets retrospectives.
 */
import type { Config } from '../config/load.ts';
import type { DeploymentFact, IssueFact, Maturity, MaturityGate, ReleaseTrain, Section } from './types.ts';
import { HOUR_MS, iso, ms } from './util.ts';

export interface MaturityFacts {
  deployments: Section<DeploymentFact[]>;
  incidents: Section<IssueFact[]>;
}

const FAILED = new Set(['failure', 'error']);

function hours(msValue: number): string {
  const h = msValue / HOUR_MS;
  return h >= 10 ? `${Math.round(h)} h` : `${Math.round(h * 10) / 10} h`;
}

export function evaluateMaturity(
  train: ReleaseTrain,
  facts: MaturityFacts,
  config: Pick<Config, 'maturity'>,
  now: Date,
): Maturity {
  const windowMs = config.maturity.hours * HOUR_MS;
  const nowMs = now.getTime();
  const gates: MaturityGate[] = [];

  const last = train.last;
  const agePassesAt = ms(last.publishedAt) + windowMs;
  gates.push({
    name: 'age',
    passed: nowMs >= agePassesAt,
    reason:
      nowMs >= agePassesAt
        ? `${last.tag} was published ${hours(nowMs - ms(last.publishedAt))} ago (at least ${config.maturity.hours} h).`
        : `${last.tag} was published ${hours(nowMs - ms(last.publishedAt))} ago; the retrospective waits ${config.maturity.hours} h after the train's last release.`,
    passesAt: iso(agePassesAt),
    evidence: [{ label: last.tag, url: last.url }],
  });

  if (config.maturity.gates.productionDeployments) {
    if (facts.deployments.status !== 'ok') {
      gates.push({
        name: 'production-deployments',
        passed: true,
        reason: `Not checked: deployments are unavailable (${facts.deployments.reason})`,
        passesAt: null,
        evidence: [],
      });
    } else {
      const from = ms(train.release.publishedAt);
      const failures = facts.deployments.data
        .filter((d) => d.isProduction)
        .flatMap((d) =>
          d.statuses
            .filter((s) => FAILED.has(s.state) && ms(s.createdAt) >= from)
            .map((s) => ({ d, at: ms(s.createdAt) })),
        )
        .sort((a, b) => a.at - b.at);
      const latest = failures.at(-1);
      const passesAt = latest ? latest.at + windowMs : from;
      const passed = nowMs >= passesAt;
      gates.push({
        name: 'production-deployments',
        passed,
        reason: latest
          ? passed
            ? `The last failed production deployment (${latest.d.environment}, ${iso(latest.at)}) was more than ${config.maturity.hours} h ago.`
            : `A production deployment to ${latest.d.environment} failed at ${iso(latest.at)}; production must be stable for ${config.maturity.hours} h.`
          : 'No failed production deployment since the release was published.',
        passesAt: latest ? iso(passesAt) : null,
        evidence: failures.map((f) => ({
          label: `deployment ${f.d.id} to ${f.d.environment} failed`,
          url: f.d.url,
        })),
      });
    }
  }

  if (config.maturity.gates.openIncidents) {
    if (facts.incidents.status !== 'ok') {
      gates.push({
        name: 'open-incidents',
        passed: true,
        reason: `Not checked: incidents are unavailable (${facts.incidents.reason})`,
        passesAt: null,
        evidence: [],
      });
    } else {
      const open = facts.incidents.data.filter(
        (i) => i.state === 'open' && ms(i.createdAt) >= ms(train.release.publishedAt),
      );
      gates.push({
        name: 'open-incidents',
        passed: open.length === 0,
        reason:
          open.length === 0
            ? 'No incident opened since the release is still open.'
            : `${open.length} incident${open.length > 1 ? 's are' : ' is'} still open: ${open.map((i) => `#${i.number}`).join(', ')}.`,
        passesAt: null,
        evidence: open.map((i) => ({ label: `#${i.number} ${i.title}`, url: i.url })),
      });
    }
  }

  return { matured: gates.every((g) => g.passed), gates };
}
