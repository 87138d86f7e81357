/**
 * Reads a run can start before its config file is read. The config names the discussion category and the
 * tag line, but the requests themselves do not depend on it: the discussion setup lists every category and
 * the release listing every release. Starting them with the config read takes one round trip off the chain
 * before the release data is gathered (docs/performance.md). They land in the run's shared reads
 * (src/github/run-reads.ts), where the stages pick them up; a failed one is read again by the stage, which
 * reports it in context.
 *
 * Only for runs that certainly need them, decided from the mode and the event alone (planRun also needs the
 * config, for a release event's maturity).
 *
 * A comment run reads the discussion, the action's own identity and the discussion's comments first; all three
 * follow from the event's payload. They start with the config read when the comment will be looked at: not
 * written by a bot, and in the category the input names or, with none, the default plan's. A config file that
 * names another category makes the guess wrong either way: a comment in that category is then read after the
 * config as before, and one in the default category costs these reads before the stage ignores it.
 */
import { fetchReleases } from './collect/release-list.ts';
import { repositoryInfo } from './collect/repository.ts';
import { defaultDiscussionCategory } from './config/default-plan.ts';
import type { Mode } from './config/start-inputs.ts';
import type { RepoRef } from './domain/repo.ts';
import type { GitHub } from './github/client.ts';
import { listCommentVersionsEarly } from './github/command-comments.ts';
import { getDiscussionSetup, readDiscussionEarly, viewerIdentity } from './github/discussions.ts';
import { inRetroCategory, readCommentEvent } from './retro/commands/comment-event.ts';

export interface RunStart {
  mode: Mode;
  eventName: string;
  payload: Record<string, unknown>;
  /** The `discussion-category` input, if given. */
  discussionCategory: string | undefined;
}

function needs(mode: Mode, eventName: string): { setup: boolean; releases: boolean; repository: boolean } {
  const opens =
    mode === 'open' ||
    mode === 'preview' ||
    (mode === 'auto' && (eventName === 'schedule' || eventName === 'workflow_dispatch'));
  return { setup: opens || mode === 'finalize', releases: opens, repository: opens };
}

export function startEarlyReads(github: GitHub, repo: RepoRef, run: RunStart): void {
  const { setup, releases, repository } = needs(run.mode, run.eventName);
  // The shared reads hold these promises and handle their failures; nothing to await here.
  if (setup) void getDiscussionSetup(github, repo);
  if (releases) void fetchReleases(github, repo);
  // The default branch, which the workflow-run listing waits for.
  if (repository) void repositoryInfo(github, repo);
  if (run.eventName === 'discussion_comment' && (run.mode === 'auto' || run.mode === 'command'))
    startCommentReads(github, repo, run);
}

function startCommentReads(github: GitHub, repo: RepoRef, run: RunStart): void {
  const event = readCommentEvent(run.payload, String(run.payload.action ?? ''));
  if (typeof event === 'string' || event.comment.userType === 'Bot' || !event.discussion.nodeId) return;
  const discussionCategory = run.discussionCategory || defaultDiscussionCategory();
  if (!inRetroCategory(event, { discussionCategory })) return;
  viewerIdentity(github).catch(() => undefined); // shared: the stage's own call reports a failure
  readDiscussionEarly(github, repo, event.discussion.number);
  listCommentVersionsEarly(github, event.discussion.nodeId);
}
