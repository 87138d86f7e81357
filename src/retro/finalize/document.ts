/**
 * Gathers what retrospective.md says from the discussion: who took part, the reflections under each survey
 * thread with their votes, the most-voted ones, and the learnings, each only from the people the record counts
 * (`counted.ts`) and never from a minimized comment.
 */
import type { Config } from '../../config/load.ts';
import type { RetroState } from '../../domain/state.ts';
import { type DiscussionCommentNode, sameLogin, thumbsUp } from '../../github/discussions.ts';
import { type Identity, isBy } from '../../github/identity.ts';
import type { PromptReflections, Reflection } from '../../render/retrospective.ts';
import { type CountedPeople, isBot } from './counted.ts';

/** A reply's reflection text without command lines (`/action …` in a thread is a proposal, not a reflection). */
export function reflectionText(body: string): string {
  return body
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .filter((line) => !/^\s*\/[a-z]+\b/i.test(line))
    .join('\n')
    .trim();
}

/** Everyone whose words could enter the record: commenters, proposers, owners, learning authors. */
export function candidatesOf(
  state: RetroState,
  comments: readonly DiscussionCommentNode[],
  actor: Identity,
): (string | null)[] {
  return [
    // The action's own comments by id: GraphQL names a bot without its [bot] suffix (src/github/identity.ts).
    ...comments.filter((c) => !c.isMinimized && !isBy(c.authorId, actor)).map((c) => c.author),
    ...state.items.flatMap((i) => [i.proposer, i.owner]),
    ...state.learnings.map((l) => l.author),
  ];
}

/**
 * People the record counts who commented (a comment not minimized), proposed, own an accepted item or recorded
 * a learning; never the action or other bots.
 */
export function participantsOf(
  state: RetroState,
  comments: readonly DiscussionCommentNode[],
  actor: Identity,
  counted: Pick<CountedPeople, 'has'>,
): string[] {
  const names = new Map<string, string>();
  const add = (login: string | null) => {
    if (!login || isBot(login) || sameLogin(login, actor.login) || !counted.has(login)) return;
    const key = login.toLowerCase();
    if (!names.has(key)) names.set(key, login);
  };
  for (const c of comments) if (!c.isMinimized && !isBy(c.authorId, actor)) add(c.author);
  for (const item of state.items) {
    add(item.proposer);
    if (item.status === 'accepted' || item.status === 'created') add(item.owner);
  }
  for (const l of keptLearnings(state, comments, counted)) add(l.author);
  return [...names.values()].sort((a, b) => a.localeCompare(b));
}

/** The learnings the record keeps: from people it counts, and not from a comment minimized since. */
export function keptLearnings(
  state: RetroState,
  comments: readonly DiscussionCommentNode[],
  counted: Pick<CountedPeople, 'has'>,
): RetroState['learnings'] {
  const minimized = new Set(comments.filter((c) => c.isMinimized).map((c) => c.id));
  return state.learnings.filter((l) => counted.has(l.author) && !minimized.has(l.sourceCommentId));
}

/**
 * The replies under each survey thread, most-voted first; minimised and empty replies, and replies from people
 * the record does not count, are left out.
 */
export function reflectionsOf(
  config: Config,
  state: RetroState,
  comments: readonly DiscussionCommentNode[],
  actor: Identity,
  counted: Pick<CountedPeople, 'has'>,
): PromptReflections[] {
  return config.survey.map((prompt) => {
    const threadId = state.surveyThreads[prompt.id];
    const replies: Reflection[] = threadId
      ? comments
          .filter(
            (c) =>
              c.replyTo === threadId && !c.isMinimized && !isBy(c.authorId, actor) && counted.has(c.author),
          )
          .map((c) => ({
            prompt: prompt.title,
            author: c.author,
            body: reflectionText(c.body),
            url: c.url,
            votes: thumbsUp(c),
            createdAt: c.createdAt,
          }))
          .filter((r) => r.body !== '')
          .sort((a, b) => b.votes - a.votes || a.createdAt.localeCompare(b.createdAt))
          .map(({ createdAt: _createdAt, ...r }) => r)
      : [];
    return { title: prompt.title, replies };
  });
}

/** The reflections with the most 👍 across every prompt (at least one vote), best first. */
export function topReflections(prompts: readonly PromptReflections[], count = 5): Reflection[] {
  return prompts
    .flatMap((p) => p.replies)
    .filter((r) => r.votes > 0)
    .sort((a, b) => b.votes - a.votes)
    .slice(0, count);
}
