/**
 * Failures of single items or steps. Finalize goes on after each one, then fails the run listing them all, so
 * one unassignable owner or an unreachable board never hides what else went wrong, and a re-run does the rest.
 */

export interface Failure {
  /** What failed: "A2 (issue #14)", "retrospective.md", "closing comment". */
  subject: string;
  /** Which step: issue, labels, assignee, milestone, project, publish, release notes, close. */
  step: string;
  message: string;
}

export class Failures {
  readonly list: Failure[] = [];

  add(subject: string, step: string, error: unknown): void {
    const message = error instanceof Error ? error.message : String(error);
    this.list.push({ subject, step, message });
  }

  get count(): number {
    return this.list.length;
  }

  /** Whether `step` failed for `subject`. */
  has(subject: string, step: string): boolean {
    return this.list.some((f) => f.subject === subject && f.step === step);
  }
}

/**
 * One line per distinct problem: the same message for several items (a board that cannot be reached) is
 * listed once with every item it hit, instead of four copies of a long explanation.
 */
export function formatFailures(failures: readonly Failure[]): string[] {
  const groups = new Map<string, { step: string; message: string; subjects: string[] }>();
  for (const f of failures) {
    const key = `${f.step}\u0000${f.message}`;
    const group = groups.get(key) ?? { step: f.step, message: f.message, subjects: [] };
    if (!group.subjects.includes(f.subject)) group.subjects.push(f.subject);
    groups.set(key, group);
  }
  return [...groups.values()].map((g) => `${g.subjects.join(', ')}: ${g.step}: ${g.message}`);
}
