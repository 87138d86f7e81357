/**
 * Writes the state back to the discussion body after each step that matters (each issue created), so a run
 * killed half-way leaves a record the next run continues from. Writes only when the body actually changes.
 */

import type { RetroState } from '../../domain/state.ts';
import type { RetroContext } from '../context.ts';
import type { Retrospective } from '../find.ts';
import { writeRecord } from '../record-store.ts';

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
    // Within GitHub's body limit: the release data, then the learnings' texts, move out when it needs room.
    const written = await writeRecord(
      this.ctx,
      { ...this.retro.discussion, tag: state.tag },
      this.body,
      state,
    );
    this.state = written.state;
    this.body = written.body;
  }
}
