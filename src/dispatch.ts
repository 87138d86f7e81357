/**
 * Decides what a run does from the `mode` input and the event that started it. Pure, so every
 * event/mode combination is tested without a client.
 */
import { ConfigError } from './config/config-error.ts';
import type { Mode } from './config/start-inputs.ts';

export type Plan =
  | { kind: 'open'; tag: string }
  | { kind: 'open-matured' }
  | { kind: 'scheduled' }
  | { kind: 'command'; action: string; payload: Record<string, unknown> }
  | { kind: 'finalize'; tag?: string }
  | { kind: 'remind' }
  | { kind: 'preview'; tag: string }
  | { kind: 'report'; results: string }
  | { kind: 'skip'; reason: string };

interface DispatchInput {
  mode: Mode;
  eventName: string;
  payload: Record<string, unknown>;
  tag: string | undefined;
  maturityHours: number;
  /** `results` input: where the repositories' result files are, for mode report. */
  results?: string | undefined;
}

function releaseTagOf(payload: Record<string, unknown>): string | undefined {
  const release = payload.release as { tag_name?: unknown } | undefined;
  return typeof release?.tag_name === 'string' ? release.tag_name : undefined;
}

function commandPlan(input: DispatchInput): Plan {
  if (input.eventName !== 'discussion_comment') {
    throw new ConfigError(
      `mode "command" reads discussion comments, but this run was started by "${input.eventName}". ` +
        'Run it on: discussion_comment (types: created, edited, deleted).',
    );
  }
  return { kind: 'command', action: String(input.payload.action ?? ''), payload: input.payload };
}

export function planRun(input: DispatchInput): Plan {
  const { mode, eventName, payload, tag } = input;
  switch (mode) {
    case 'open':
      return tag ? { kind: 'open', tag } : { kind: 'open-matured' };
    case 'command':
      return commandPlan(input);
    case 'finalize':
      return tag ? { kind: 'finalize', tag } : { kind: 'finalize' };
    case 'remind':
      return { kind: 'remind' };
    case 'preview': {
      const previewTag = tag ?? releaseTagOf(payload);
      if (!previewTag)
        throw new ConfigError('mode "preview" needs the `tag` input: which release to preview.');
      return { kind: 'preview', tag: previewTag };
    }
    case 'report':
      if (!input.results)
        throw new ConfigError(
          'mode "report" needs the `results` input: the directory where the matrix jobs\' result files were downloaded.',
        );
      return { kind: 'report', results: input.results };
    case 'auto':
      break;
  }
  switch (eventName) {
    case 'schedule':
      return { kind: 'scheduled' };
    case 'workflow_dispatch':
      return tag ? { kind: 'open', tag } : { kind: 'scheduled' };
    case 'discussion_comment':
      return commandPlan(input);
    case 'release': {
      const releaseTag = releaseTagOf(payload);
      if (payload.action !== 'published' || !releaseTag) {
        return {
          kind: 'skip',
          reason: `release event "${String(payload.action)}" is not "published"; nothing to do.`,
        };
      }
      if (input.maturityHours > 0) {
        return {
          kind: 'skip',
          reason:
            `${releaseTag} was just published; its retrospective opens on a scheduled run once it has matured ` +
            `(${input.maturityHours} hours).`,
        };
      }
      return { kind: 'open', tag: releaseTag };
    }
    default:
      throw new ConfigError(
        `release-retro does not handle the "${eventName}" event in mode "auto". Trigger it on schedule, ` +
          'workflow_dispatch, release (published) or discussion_comment, or set `mode` explicitly.',
      );
  }
}
