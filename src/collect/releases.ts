/**
 * Which release: listing published releases, tag lines, semantic-version order and release trains.
 * Everything but listReleases is pure.
 */
import semver from 'semver';
import type { Config } from '../config/load.ts';
import type { RepoRef } from '../domain/repo.ts';
import type { GitHub } from '../github/client.ts';
import { nearestTags, TagNotFoundError } from './errors.ts';
import { fetchReleases, type RestRelease } from './release-list.ts';
import type { ReleaseRef, ReleaseTrain } from './types.ts';
import { HOUR_MS, ms } from './util.ts';

type ReleasesConfig = Pick<Config, 'releases' | 'maturity'>;

/** `*` matches any run of characters; everything else is literal. Each `*` is a capture group. */
export function tagPatternRegExp(pattern: string): RegExp {
  const body = pattern
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('(.*)');
  return new RegExp(`^${body}$`);
}

/** The semantic version a tag of the line carries (`api-v1.2.3` with `api-v*` → 1.2.3), or null. */
export function versionOf(tag: string, pattern: string): semver.SemVer | null {
  const match = tagPatternRegExp(pattern).exec(tag);
  if (!match) return null;
  const captured = match.slice(1).at(-1) ?? tag;
  return semver.parse(captured, { loose: true }) ?? semver.parse(tag, { loose: true });
}

const REACTION_KEYS = ['+1', '-1', 'laugh', 'hooray', 'confused', 'heart', 'rocket', 'eyes'];

export function releaseRefFromRest(r: RestRelease): ReleaseRef {
  const reactions: Record<string, number> = {};
  for (const key of REACTION_KEYS) {
    const value = r.reactions?.[key];
    if (typeof value === 'number' && value > 0) reactions[key] = value;
  }
  return {
    id: r.id,
    tag: r.tag_name,
    name: r.name || r.tag_name,
    url: r.html_url,
    publishedAt: r.published_at as string,
    createdAt: r.created_at,
    prerelease: r.prerelease,
    targetCommitish: r.target_commitish,
    author: r.author?.login ?? null,
    reactions,
  };
}

/** Whether a release belongs to the configured line: published, not a draft, prerelease only if configured. */
export function inLine(release: ReleaseRef & { draft?: boolean }, config: ReleasesConfig): boolean {
  if (release.draft || !release.publishedAt) return false;
  if (release.prerelease && !config.releases.includePrereleases) return false;
  return versionOf(release.tag, config.releases.tagPattern) !== null;
}

/**
 * Published releases of the configured tag line (drafts never; prereleases only if configured), newest first
 * by semantic version. One request per 100 releases; the reactions rollup on each release is kept for feedback.
 * With `now`, releases published after it are left out: a run whose clock is set in the past (a re-run, the
 * CLI's preview of an older tag, the demo) sees the line as it was then.
 */
export async function listReleases(
  github: GitHub,
  repo: RepoRef,
  config: ReleasesConfig,
  now?: Date,
): Promise<ReleaseRef[]> {
  const raw = await fetchReleases(github, repo);
  const published = (r: RestRelease) =>
    !r.draft && r.published_at && (!now || Date.parse(r.published_at) <= now.getTime());
  return sortByVersion(raw.filter(published).map(releaseRefFromRest), config)
    .filter((r) => inLine(r, config))
    .reverse();
}

/** Ascending by semantic version within the line; ties (loose parses) by publish time. Non-matching tags are dropped. */
export function sortByVersion(releases: ReleaseRef[], config: ReleasesConfig): ReleaseRef[] {
  const pattern = config.releases.tagPattern;
  return releases
    .map((release) => ({ release, version: versionOf(release.tag, pattern) }))
    .filter((x): x is { release: ReleaseRef; version: semver.SemVer } => x.version !== null)
    .sort(
      (a, b) => semver.compare(a.version, b.version) || ms(a.release.publishedAt) - ms(b.release.publishedAt),
    )
    .map((x) => x.release);
}

/** A hotfix: same major.minor, higher patch, neither a prerelease. */
function isPatchOf(candidate: semver.SemVer, base: semver.SemVer): boolean {
  return (
    candidate.prerelease.length === 0 &&
    base.prerelease.length === 0 &&
    candidate.major === base.major &&
    candidate.minor === base.minor &&
    candidate.patch > base.patch
  );
}

/**
 * Groups the line into trains, oldest first. A patch release published within `maturity.hours` of the train's
 * last release (the release before it, or a hotfix before it: chains join too) is a hotfix of that train.
 */
export function buildTrains(releases: ReleaseRef[], config: ReleasesConfig): ReleaseTrain[] {
  const pattern = config.releases.tagPattern;
  const windowMs = config.maturity.hours * HOUR_MS;
  const ordered = sortByVersion(
    releases.filter((r) => inLine(r, config)),
    config,
  );
  const trains: ReleaseTrain[] = [];
  let previous: ReleaseRef | null = null;
  for (const release of ordered) {
    const current = trains.at(-1);
    const version = versionOf(release.tag, pattern) as semver.SemVer;
    if (current) {
      const base = versionOf(current.release.tag, pattern) as semver.SemVer;
      const sinceLast = ms(release.publishedAt) - ms(current.last.publishedAt);
      if (isPatchOf(version, base) && sinceLast >= 0 && sinceLast < windowMs) {
        current.hotfixes.push(release);
        current.last = release;
        previous = release;
        continue;
      }
    }
    if (current) current.next = release;
    trains.push({ release, hotfixes: [], previous, last: release, next: null });
    previous = release;
  }
  return trains;
}

/** The train a tag belongs to (as its release or one of its hotfixes), or a TagNotFoundError naming the nearest tags. */
export function findTrain(releases: ReleaseRef[], tag: string, config: ReleasesConfig): ReleaseTrain {
  const train = buildTrains(releases, config).find(
    (t) => t.release.tag === tag || t.hotfixes.some((h) => h.tag === tag),
  );
  if (train) return train;
  const tags = releases.map((r) => r.tag);
  const known = releases.find((r) => r.tag === tag);
  const detail = known
    ? ` in the tag line "${config.releases.tagPattern}"${known.prerelease ? ' (it is a prerelease; set releases.include-prereleases)' : ''}`
    : '';
  throw new TagNotFoundError(tag, nearestTags(tag, tags), detail);
}

/** Every tag of the train, in release order. */
export function trainTags(train: ReleaseTrain): string[] {
  return [train.release.tag, ...train.hotfixes.map((h) => h.tag)];
}

export function trainReleases(train: ReleaseTrain): ReleaseRef[] {
  return [train.release, ...train.hotfixes];
}
