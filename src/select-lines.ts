/**
 * Which release lines a run works on. A config file with several `lines` runs each of them in turn, unless the
 * `line` input names one, or the run is about one tag (the `tag` input, a published release, a command in a
 * retrospective), which belongs to exactly one line: its tag pattern says which.
 */
import { versionOf } from './collect/releases.ts';
import { ConfigError } from './config/config-error.ts';
import type { Config } from './config/load.ts';
import { decodeState, StateError } from './domain/state.ts';

/**
 * What names the tag a run is about, if anything: the `tag` input, the published release, or the retrospective
 * commented on (its state block's tag, else the words of its title, which contains the tag). Empty: no tag.
 */
export function routingTags(
  eventName: string,
  payload: Record<string, unknown>,
  tagInput: string | undefined,
): string[] {
  if (tagInput) return [tagInput];
  if (eventName === 'release') {
    const tag = (payload.release as { tag_name?: unknown } | undefined)?.tag_name;
    return typeof tag === 'string' ? [tag] : [];
  }
  if (eventName === 'discussion_comment') {
    const discussion = payload.discussion as { body?: unknown; title?: unknown } | undefined;
    // Only routes the run to a line's config: the command stage itself trusts only a state its own identity wrote.
    try {
      const tag = typeof discussion?.body === 'string' ? decodeState(discussion.body)?.tag : undefined;
      if (tag) return [tag];
    } catch (error) {
      if (!(error instanceof StateError)) throw error;
    }
    return typeof discussion?.title === 'string' ? discussion.title.split(/\s+/).filter(Boolean) : [];
  }
  return [];
}

/** The line whose tag pattern one of `tags` fits (the first line, if several would). */
export function lineOfTag(configs: readonly Config[], tags: string | readonly string[]): Config | undefined {
  const candidates = typeof tags === 'string' ? [tags] : tags;
  return configs.find((config) =>
    candidates.some((tag) => versionOf(tag, config.releases.tagPattern) !== null),
  );
}

export function selectLines(
  configs: readonly Config[],
  request: { line: string | undefined; tags: readonly string[] },
): Config[] {
  let selected = [...configs];
  if (request.line) {
    const named = configs.find((config) => config.line.name === request.line);
    if (!named) {
      const known = configs.map((c) => c.line.name).filter(Boolean);
      throw new ConfigError(
        `The line input names "${request.line}", but ${known.length > 0 ? `the config file's lines are: ${known.join(', ')}` : 'the config file lists no lines'}.`,
      );
    }
    selected = [named];
  }
  if (request.tags.length > 0 && selected.length > 1) {
    const owner = lineOfTag(selected, request.tags);
    // A tag of no line (a command in an unrelated discussion, a release of another product) concerns none.
    return owner ? [owner] : [];
  }
  return selected;
}
