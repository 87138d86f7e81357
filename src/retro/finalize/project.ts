/**
 * Puts action-item issues on the Projects (v2) board and fills in Status, Due, Priority and, for a release line
 * of a monorepo, Line where the board has those fields. The board is read once per run. Fields that already have a value are left alone, so a re-run
 * never moves a card back to "Todo". A field the board lacks is a warning; an unreachable board fails the
 * project step of each item (with the token advice once in the final error), never the whole run.
 */

import type { ActionItem, Priority } from '../../domain/state.ts';
import type { Issue } from '../../github/issues.ts';
import {
  addProjectItem,
  type FieldValue,
  filledFields,
  findField,
  findOption,
  getProject,
  missingProjectToken,
  type Project,
  type ProjectField,
  parseProjectUrl,
  setProjectField,
} from '../../github/projects.ts';
import type { RetroContext } from '../context.ts';

const PRIORITY_ALIASES: Record<Priority, string[]> = {
  P0: ['urgent', 'critical', 'highest'],
  P1: ['high'],
  P2: ['medium', 'normal'],
  P3: ['low'],
};

export class ProjectBoard {
  private project: Promise<Project> | undefined;
  private readonly warned = new Set<string>();

  constructor(
    private readonly ctx: RetroContext,
    private readonly warnings: string[],
  ) {}

  get configured(): boolean {
    return this.ctx.config.project.url !== '';
  }

  private warn(message: string): void {
    if (this.warned.has(message)) return;
    this.warned.add(message);
    this.warnings.push(message);
    this.ctx.log.warning(message);
  }

  /** Adds the issue to the board (GitHub returns the existing card when it is there) and fills empty fields. */
  async add(item: ActionItem, priority: Priority, issue: Issue): Promise<void> {
    if (!this.configured) return;
    const ref = parseProjectUrl(this.ctx.config.project.url);
    const github = this.ctx.projectGithub;
    if (!github) throw missingProjectToken(ref);
    this.project ??= getProject(github, ref);
    const project = await this.project;
    const itemId = await addProjectItem(github, this.ctx.writes, ref, {
      projectId: project.id,
      contentId: issue.nodeId,
      label: `issue #${issue.number} (${item.id})`,
    });
    const filled = this.ctx.writes.dryRun ? new Set<string>() : await filledFields(github, ref, itemId);
    const { fields } = this.ctx.config.project;
    const wanted: [string, (field: ProjectField) => FieldValue | null][] = [
      [fields.status, (field) => this.textOrOption(field, fields.statusValue, [])],
      [fields.due, (field) => (item.due ? this.dateValue(field, item.due) : null)],
      [fields.priority, (field) => this.priorityValue(field, priority)],
      // The lines of a monorepo sharing this board: each card says whose it is. A repository of one line has none.
      [
        this.ctx.config.line.name ? fields.line : '',
        (field) => this.textOrOption(field, this.ctx.config.line.name, []),
      ],
    ];
    for (const [name, valueFor] of wanted) {
      if (!name) continue;
      const field = findField(project, name);
      if (!field) {
        this.warn(
          `The project board ${ref.url} has no field "${name}"; it is left out. Add the field to the board, or ` +
            'set project.fields in the config to the name the board uses (or "" to skip it).',
        );
        continue;
      }
      if (filled.has(field.id)) continue;
      const value = valueFor(field);
      if (value === null) continue;
      await setProjectField(github, this.ctx.writes, ref, {
        projectId: project.id,
        itemId,
        field,
        value,
        label: `issue #${issue.number} (${item.id})`,
      });
    }
  }

  private unsupported(field: ProjectField): null {
    this.warn(
      `The project field "${field.name}" is a ${field.dataType} field, which release-retro cannot fill in; ` +
        'use a single-select, text or date field.',
    );
    return null;
  }

  private textOrOption(field: ProjectField, value: string, aliases: string[]): FieldValue | null {
    if (field.dataType === 'TEXT') return { text: value };
    if (field.dataType !== 'SINGLE_SELECT') return this.unsupported(field);
    const option = findOption(field, value, aliases);
    if (option) return { singleSelectOptionId: option };
    this.warn(
      `The project field "${field.name}" has no option "${value}" (it has: ${field.options.map((o) => o.name).join(', ') || 'none'}); ` +
        'it is left empty.',
    );
    return null;
  }

  private dateValue(field: ProjectField, day: string): FieldValue | null {
    if (field.dataType === 'DATE') return { date: day };
    if (field.dataType === 'TEXT') return { text: day };
    return this.unsupported(field);
  }

  private priorityValue(field: ProjectField, priority: Priority): FieldValue | null {
    if (field.dataType === 'NUMBER') return { number: Number(priority.slice(1)) };
    return this.textOrOption(field, priority, PRIORITY_ALIASES[priority]);
  }
}
