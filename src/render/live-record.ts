/**
 * The live record inside the discussion body. The body is rendered once when the retrospective opens; the
 * parts that change afterwards (the action-items table, the learnings) sit between markers and are re-rendered
 * from the state on every update, so the data sections never need to be gathered again.
 */

import { type RetroState, withState } from '../domain/state.ts';
import { renderActionItems, renderLearnings } from './live.ts';

export type LiveSection = 'action-items' | 'learnings' | 'meeting';

const start = (name: LiveSection) => `<!-- release-retro:${name}:start -->`;
const end = (name: LiveSection) => `<!-- release-retro:${name}:end -->`;

/** Wraps content in the markers of a live section (used when the body is first rendered). */
export function liveSection(name: LiveSection, content: string): string {
  return `${start(name)}\n${content.trim()}\n${end(name)}`;
}

export function replaceLiveSection(body: string, name: LiveSection, content: string): string {
  const from = body.indexOf(start(name));
  const to = body.indexOf(end(name));
  if (from === -1 || to === -1 || to < from) return body;
  return `${body.slice(0, from)}${liveSection(name, content)}${body.slice(to + end(name).length)}`;
}

/** The whole new body: live sections re-rendered from the state, then the state block replaced. */
export function rerenderBody(body: string, state: RetroState, maxActionItems: number): string {
  const withItems = replaceLiveSection(body, 'action-items', renderActionItems(state, maxActionItems));
  return withState(replaceLiveSection(withItems, 'learnings', renderLearnings(state)), state);
}
