/**
 * The bundled default plan as data. A module of its own, without the config's parser and schema, because a run
 * needs the plan's discussion category before that code is loaded (src/early-reads.ts).
 */
import defaultPlanData from './default-plan.generated.json' with { type: 'json' };

let defaultPlan: unknown;

/**
 * The bundled default plan (templates/retrospective-plan.yaml) as plain data. It is ours, so it needs no
 * positions for error messages, and it is parsed when the project is built, not on every run:
 * `default-plan.generated.json` is written by `npm run schema`, and a test fails when it differs from the YAML.
 * Parsing the YAML cost a cold run 30–40 ms between the config file's answer and the release reads. Frozen,
 * because every caller shares it.
 */
export function defaultRawPlan(): unknown {
  defaultPlan ??= deepFreeze(defaultPlanData);
  return defaultPlan;
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

/** The default plan's `discussion-category`, before any config file is read (src/early-reads.ts). */
export function defaultDiscussionCategory(): string {
  return String((defaultRawPlan() as Record<string, unknown>)['discussion-category']);
}
