/**
 * What the benchmark gathers for one open, on one client: the release list, the train, its ReleaseData and the
 * users' voice (one more query, started with the others and joined with the changes), as src/retro/open does.
 * Shared by scripts/bench.ts and its count test (__tests__/collect/bench.test.ts).
 */
import { collectReleaseData, findTrain, listReleases, observationWindow } from '../src/collect/index.ts';
import { trainReleases } from '../src/collect/releases.ts';
import { fetchVoice, voiceFrom } from '../src/collect/voice.ts';
import type { Config } from '../src/config/load.ts';
import type { RepoRef } from '../src/domain/repo.ts';
import type { GitHub } from '../src/github/client.ts';

export async function gatherOpen(
  github: GitHub,
  repo: RepoRef,
  config: Config,
  now: Date,
  tag: string,
  log: { debug(message: string): void; warning(message: string): void },
) {
  const train = findTrain(await listReleases(github, repo, config), tag, config);
  const voiceOptions = {
    categories: config.voice.discussionCategories,
    mentioningIssues: config.voice.mentioningIssues,
    window: observationWindow(train, now, config.maturity.hours),
  };
  const rawVoice = fetchVoice(github, repo, voiceOptions);
  const data = await collectReleaseData({ github, repo, config, now, log }, train);
  const changes = data.changes.status === 'ok' ? data.changes.data : null;
  const voice = rawVoice
    ? voiceFrom(await rawVoice, voiceOptions, {
        releases: trainReleases(train),
        pullRequests: changes?.pullRequests ?? [],
        commits: changes?.commits ?? [],
      })
    : null;
  return { train, data, voice, voiceQueries: rawVoice ? 1 : 0 };
}
