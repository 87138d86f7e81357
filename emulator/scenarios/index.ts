/** Scenario registry: ids the CLI and `startEmulator({ scenario })` accept. */
import { demoScenario } from './demo.ts';
import { monorepoScenario } from './monorepo.ts';
import { organisationScenario } from './organisation.ts';
import type { ScenarioOptions, ScenarioSpec } from './spec.ts';
import { syntheticScenario } from './synthetic.ts';

export const scenarios: Record<string, (options?: ScenarioOptions) => ScenarioSpec> = {
  demo: demoScenario,
  // Two release lines in one repository (docs/monorepos.md).
  monorepo: monorepoScenario,
  // Twelve repositories in three teams and the organisation's .github (docs/organisations.md).
  organisation: organisationScenario,
  // A medium-sized synthetic release, handy for trying the benchmark by hand.
  synthetic: (options = {}) =>
    syntheticScenario({ prs: 200, commits: 1000, deployments: 50, issues: 100, ...options }),
};

export function resolveScenario(
  scenario: string | ScenarioSpec,
  options: ScenarioOptions = {},
): ScenarioSpec {
  if (typeof scenario !== 'string') return scenario;
  const make = scenarios[scenario];
  if (!make) throw new Error(`Unknown scenario "${scenario}". Known: ${Object.keys(scenarios).join(', ')}`);
  return make(options);
}
