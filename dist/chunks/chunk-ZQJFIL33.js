import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  StateError,
  decodeState
} from "./chunk-X226BT7Z.js";
import {
  versionOf
} from "./chunk-36SB4XHL.js";
import {
  getDiscussionSetup,
  isBy,
  listCategoryDiscussions,
  resolveCategory
} from "./chunk-ZCQLGQEF.js";

// src/retro/find.ts
function trustedState(discussion, actor, log) {
  if (!isBy(discussion.authorId, actor)) return null;
  try {
    return decodeState(discussion.body);
  } catch (error) {
    if (error instanceof StateError) {
      log?.warning(`Discussion #${discussion.number}: ${error.message} It is skipped.`);
      return null;
    }
    throw error;
  }
}
async function loadRetroIndex(ctx) {
  const setup = await getDiscussionSetup(ctx.github, ctx.repo);
  const category = resolveCategory(setup, ctx.config.discussionCategory, ctx.repo);
  const [discussions, actor] = await Promise.all([
    listCategoryDiscussions(ctx.github, ctx.repo, category.id),
    ctx.actor()
  ]);
  const pattern = ctx.config.releases.tagPattern;
  const retrospectives = discussions.flatMap((discussion) => {
    const state = trustedState(discussion, actor, ctx.log);
    return state && versionOf(state.tag, pattern) !== null ? [{ discussion, state }] : [];
  });
  return { setup, category, retrospectives };
}
function findByTag(index, tag) {
  return index.retrospectives.find((r) => r.state.tag === tag || r.state.tags.includes(tag));
}

export {
  trustedState,
  loadRetroIndex,
  findByTag
};
