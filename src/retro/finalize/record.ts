/**
 * Writes the state back to the discussion body after each step that matters (each issue created), so a run
 * killed half-way leaves a record the next run continues from. Writes only when the body actually changes.
 */

import type { RetroState } from '../../domain/state.ts';
import { rerenderBody } from '../../render/live-record.ts';
import type { RetroContext } from '../context.ts';
import type { Retrospective } from '../find.ts';
import { writeRecordBody } from '../record-store.ts';

export class DiscussionRecord {
  private body: string;
  state: RetroState;

  constructor(
    private readonly ctx: RetroContext,
    private readonly retro: Retrospective,
  ) {
    this.body = retro.discussion.body;
    this.state = retro.state;
  }

  get label(): string {
    return `discussion #${this.retro.discussion.number}`;
  }

  async save(state: RetroState): Promise<void> {
    this.state = state;
    const next = rerenderBody(this.body, state, this.ctx.config.maxActionItems);
    if (next === this.body) return;
    // Within GitHub's body limit: the release data moves to a comment of its own when the record needs room.
    const written = await writeRecordBody(this.ctx, { ...this.retro.discussion, tag: state.tag }, next);
    this.body = written.body;
  }
}
