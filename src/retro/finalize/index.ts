// Placeholder until the finalize stage lands (issue 7).
import type { RetroContext, StageResult } from '../context.ts';

export async function finalizeRetrospective(_ctx: RetroContext, _target: { tag?: string }): Promise<StageResult> {
  throw new Error('Finalize is not built yet.');
}
export async function autoFinalize(_ctx: RetroContext): Promise<StageResult> {
  return { outputs: {}, summary: '' };
}
