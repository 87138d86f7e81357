/**
 * The code of each stage, loaded when a run needs it. A runner starts a new process for every run and a run
 * uses one or two stages, so loading only those, and only once the run's first requests are in flight, keeps
 * the rest off a cold process's path (docs/performance.md, "Start-up"). The bundle puts each stage in a chunk
 * of its own (scripts/build.mjs).
 */
import { channel } from 'node:diagnostics_channel';
import type { Mode } from './config/start-inputs.ts';
import { REQUEST_SENT, type RequestSent } from './github/transport.ts';

export const stages = {
  open: () => import('./retro/open/index.ts'),
  commands: () => import('./retro/commands/index.ts'),
  finalize: () => import('./retro/finalize/index.ts'),
  remind: () => import('./retro/remind/index.ts'),
  index: () => import('./retro/find.ts'),
  meeting: () => import('./meeting/settle.ts'),
  report: () => import('./org/report-stage.ts'),
  results: () => import('./org/collect-result.ts'),
};

type StageName = keyof typeof stages;

/** The stages a run of this mode and event will use: `mode: auto` follows the event as `planRun` does. */
function stagesFor(mode: Mode, eventName: string, resultFile: boolean): StageName[] {
  const named: StageName[] = resultFile ? ['results'] : [];
  switch (mode) {
    case 'open':
    case 'preview':
      return [...named, 'open'];
    case 'command':
      return [...named, 'commands', 'meeting'];
    case 'finalize':
      return [...named, 'finalize'];
    case 'remind':
      return [...named, 'remind'];
    case 'report':
      return ['report'];
    case 'auto':
      break;
  }
  switch (eventName) {
    case 'discussion_comment':
      return [...named, 'commands', 'meeting'];
    case 'release':
      return [...named, 'open'];
    default:
      return [...named, 'open', 'commands', 'meeting', 'finalize', 'remind'];
  }
}

/**
 * Starts loading the stages this run will use, so they compile while the first reads wait on the network. A
 * failure is not reported here: the stage's own import, when the run gets to it, reports it.
 *
 * Not at once: compiling a stage holds the one thread that the first requests need to get onto the wire, and
 * the comment stage (Markdown parser included) held a comment run's first reads back by 30–90 ms. The loading
 * starts when no request the run has started is still waiting to be written to its socket, which the client's
 * transport announces on a diagnostics channel (the first request alone was not enough: a comment run's three
 * GraphQL reads leave a few milliseconds after its config read, and waited out the compile), or when the
 * returned function is called, whichever comes first: the run calls it once its configuration is read, so a
 * run whose requests are never sent still loads its stages.
 */
export function preloadStagesOnceSent(mode: Mode, eventName: string, resultFile: boolean): () => void {
  const sent = channel(REQUEST_SENT);
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    sent.unsubscribe(onSent);
    for (const name of stagesFor(mode, eventName, resultFile)) stages[name]().catch(() => undefined);
  };
  const onSent = (message: unknown) => {
    if ((message as RequestSent).unsent === 0) start();
  };
  sent.subscribe(onSent);
  return start;
}
