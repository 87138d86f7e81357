/** The shared emulator context, and loading one retrospective the way the `/finalize` command hands it over. */
import type { RetroContext } from '../../src/retro/context.ts';

export { emulatorContext, type TestContext } from '../emulator-context.ts';

/**
 * Loads one retrospective by number (DiscussionByNumber), the way the `/finalize` command hands it over.
 * Independent of the category listing, so it works whatever the emulator's list filters do.
 */
export async function loadRetro(ctx: RetroContext, number: number) {
  const { getDiscussion } = await import('../../src/github/discussions.ts');
  const { trustedState } = await import('../../src/retro/find.ts');
  const discussion = await getDiscussion(ctx.github, ctx.repo, number);
  if (!discussion) throw new Error(`no discussion #${number}`);
  const state = trustedState(discussion, await ctx.actor());
  if (!state) throw new Error(`discussion #${number} has no trusted state`);
  return { discussion, state };
}
