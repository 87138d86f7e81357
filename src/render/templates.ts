/**
 * EJS rendering of templates/*.md.ejs, and of a user's own templates read from their repository.
 *
 * Markdown, not HTML, is the output, so `<%= value %>` escapes with `escapeInline` (markdown-safe, never
 * notifies, never opens a hidden comment) instead of EJS's HTML escaping; `<%- value %>` prints as is and is
 * meant for the pre-rendered blocks, which are escaped already.
 *
 * The template decides where each block goes; the size limit is enforced afterwards: blocks are referenced
 * through placeholders, the rendered text is split at them into fixed text and blocks, and `fitToLimit`
 * trims the largest trimmable blocks (tables lose rows with a note saying so) until the body fits.
 */
import ejs from 'ejs';
import discussionTemplate from '../../templates/discussion.md.ejs';
import summaryTemplate from '../../templates/summary.md.ejs';
import surveyCommentTemplate from '../../templates/survey-comment.md.ejs';
import { escapeInline, fitToLimit, type Section } from './markdown.ts';

export const BUNDLED_TEMPLATES = {
  discussion: discussionTemplate,
  surveyComment: surveyCommentTemplate,
  summary: summaryTemplate,
} as const;

export class TemplateError extends Error {
  override name = 'TemplateError';
}

function escapeValue(value: unknown): string {
  if (value === undefined || value === null) return '';
  return escapeInline(String(value), { maxLength: 1_000 });
}

/**
 * Renders an EJS template to markdown. `source` names the template in errors ("templates/discussion.md.ejs",
 * or the user's path), so a mistake in a user's template points at their file and line.
 */
export function renderTemplate(template: string, data: Record<string, unknown>, source: string): string {
  try {
    return ejs.render(template, data, {
      async: false,
      escape: escapeValue,
      // Templates come from this package or the repository's default branch; includes would read the runner's
      // file system, which a template has no business with.
      includer: () => {
        throw new TemplateError('include() is not supported in release-retro templates');
      },
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new TemplateError(`The template ${source} failed to render: ${message}`, { cause: error });
  }
}

export interface Block {
  text: string;
  /** May lose table rows or trailing lines when the body is too big. */
  trimmable?: boolean;
  /** Lower priorities are trimmed first. */
  priority?: number;
}

const TOKEN = (id: string) => `\u0002release-retro-block:${id}\u0002`;
// A control character cannot come from user text: escapeInline, link and mermaidText all remove them, so a
// title can never forge a placeholder.
// biome-ignore lint/suspicious/noControlCharactersInRegex: the placeholder is delimited by U+0002 on purpose
const TOKEN_PATTERN = /\u0002release-retro-block:([A-Za-z0-9_-]+)\u0002/;

/**
 * Renders a template whose `blocks.<id>` values are sized by `fitToLimit`. Text between blocks is kept
 * whole; blocks are separated from it by a blank line. `tail` (the hidden state block) is appended last and
 * never trimmed.
 */
export function renderFitted(
  template: string,
  data: Record<string, unknown>,
  blocks: Record<string, Block>,
  options: { source: string; limit: number; tail?: string },
): string {
  const tokens = Object.fromEntries(Object.keys(blocks).map((id) => [id, TOKEN(id)]));
  const rendered = renderTemplate(template, { ...data, blocks: tokens }, options.source);
  const parts = rendered.split(TOKEN_PATTERN);
  const sections: Section[] = [];
  parts.forEach((part, index) => {
    if (index % 2 === 0) {
      sections.push({ id: `template-text-${index / 2}`, text: part.trim() });
      return;
    }
    const block = blocks[part];
    if (!block) return;
    sections.push({
      id: part,
      text: block.text.trim(),
      trimmable: block.trimmable ?? false,
      priority: block.priority ?? 0,
    });
  });
  if (options.tail) sections.push({ id: 'state', text: options.tail });
  return `${fitToLimit(sections, options.limit)}\n`;
}
