// Placeholder until the command stage lands (issue 6).
import type { RetroContext, StageResult } from '../context.ts';

export async function handleDiscussionComment(
  _ctx: RetroContext,
  _payload: Record<string, unknown>,
  _action: string,
): Promise<StageResult> {
  throw new Error('Comment commands are not built yet.');
}
