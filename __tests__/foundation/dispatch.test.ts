import { describe, expect, it } from 'vitest';
import { planRun } from '../../src/dispatch.ts';

const base = { mode: 'auto' as const, payload: {}, tag: undefined, maturityHours: 48 };

describe('planRun', () => {
  it('picks the behaviour from the event in auto mode', () => {
    expect(planRun({ ...base, eventName: 'schedule' })).toEqual({ kind: 'scheduled' });
    expect(planRun({ ...base, eventName: 'workflow_dispatch' })).toEqual({ kind: 'scheduled' });
    expect(planRun({ ...base, eventName: 'workflow_dispatch', tag: 'v1.0.0' })).toEqual({
      kind: 'open',
      tag: 'v1.0.0',
    });
    const payload = { action: 'created', comment: {} };
    expect(planRun({ ...base, eventName: 'discussion_comment', payload })).toEqual({
      kind: 'command',
      action: 'created',
      payload,
    });
  });

  it('opens at once on release only when maturity-hours is 0', () => {
    const payload = { action: 'published', release: { tag_name: 'v2.0.0' } };
    expect(planRun({ ...base, eventName: 'release', payload })).toMatchObject({ kind: 'skip' });
    expect(planRun({ ...base, eventName: 'release', payload, maturityHours: 0 })).toEqual({
      kind: 'open',
      tag: 'v2.0.0',
    });
    expect(
      planRun({ ...base, eventName: 'release', payload: { action: 'edited', release: { tag_name: 'v2' } } }),
    ).toMatchObject({ kind: 'skip' });
  });

  it('fails clearly on an event it does not handle', () => {
    expect(() => planRun({ ...base, eventName: 'push' })).toThrow(/does not handle the "push" event/);
  });

  it('honours explicit modes', () => {
    expect(planRun({ ...base, mode: 'open', eventName: 'push' })).toEqual({ kind: 'open-matured' });
    expect(planRun({ ...base, mode: 'finalize', eventName: 'schedule', tag: 'v1' })).toEqual({
      kind: 'finalize',
      tag: 'v1',
    });
    expect(planRun({ ...base, mode: 'remind', eventName: 'schedule' })).toEqual({ kind: 'remind' });
    expect(planRun({ ...base, mode: 'preview', eventName: 'workflow_dispatch', tag: 'v1' })).toEqual({
      kind: 'preview',
      tag: 'v1',
    });
    expect(() => planRun({ ...base, mode: 'preview', eventName: 'schedule' })).toThrow(
      /needs the `tag` input/,
    );
    expect(() => planRun({ ...base, mode: 'command', eventName: 'schedule' })).toThrow(/discussion_comment/);
  });
});
