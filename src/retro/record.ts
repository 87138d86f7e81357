/**
 * The live record inside the discussion body. The body is rendered once when the retrospective opens; the
 * parts that change afterwards (the action-items table, the learnings) sit between markers and are re-rendered
 * from the state on every update, so the data sections never need to be gathered again.
 */
import { type RetroState, withState } from './state.ts';

export type LiveSection = 'action-items' | 'learnings';

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

/** The whole new body: live sections re-rendered, then the state block replaced. */
export function rerenderBody(
  body: string,
  state: RetroState,
  render: Record<LiveSection, (state: RetroState) => string>,
): string {
  let next = body;
  for (const name of Object.keys(render) as LiveSection[])
    next = replaceLiveSection(next, name, render[name](state));
  return withState(next, state);
}
