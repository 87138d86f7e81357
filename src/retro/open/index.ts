// Placeholder until the open stage lands (issue 5).
import type { RetroContext, StageResult } from '../context.ts';

export async function openRetrospective(_ctx: RetroContext, tag: string): Promise<StageResult> {
  throw new Error(`Opening a retrospective (${tag}) is not built yet.`);
}
export async function openMaturedRetrospectives(_ctx: RetroContext): Promise<StageResult> {
  throw new Error('Opening matured retrospectives is not built yet.');
}
export async function previewRetrospective(_ctx: RetroContext, tag: string): Promise<StageResult> {
  throw new Error(`Preview (${tag}) is not built yet.`);
}
