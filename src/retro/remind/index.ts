// Placeholder until reminders land (issue 7).
import type { RetroContext, StageResult } from '../context.ts';

export async function remindOverdue(_ctx: RetroContext): Promise<StageResult> {
  return { outputs: {}, summary: '' };
}
