/**
 * The first part of a run: everything its first requests need, and no more. A runner starts a new process for
 * every run, and what the bundle loads before a request leaves is waited out by the whole run. So the entry
 * chunk holds the inputs the first requests need, the runner's environment, the client and the early reads
 * (src/early-reads.ts); this module masks the tokens, checks the environment, builds the client and starts the
 * config read and the early reads. The inputs' schema, the configuration's parser and schema, the plan and the
 * stages (src/run.ts) load while those requests wait on the network (src/index.ts).
 */
import * as core from '@actions/core';
import { readConfigText } from './config/read-config.ts';
import { readStartInputs } from './config/start-inputs.ts';
import { startEarlyReads } from './early-reads.ts';
import { createGitHubClient, type GitHub } from './github/client.ts';
import type { TokenInput } from './github/explain-refusals.ts';
import { loadActionsContext, type RunnerEnv, readRunnerEnv, requireRunnerEnv } from './runner-env.ts';
import { preloadStagesOnceSent } from './stages.ts';

/** The run's log, as the stages and the client write it. */
export const log = {
  info: core.info,
  warning: core.warning,
  debug: core.debug,
  notice: (message: string) => core.notice(message),
};

interface Common {
  /** Aborted when the run ends: ends early reads nobody awaited (a run that failed on its config). */
  over: AbortController;
}

export type Started =
  | (Common & { ok: false; error: unknown })
  | (Common & {
      ok: true;
      runner: RunnerEnv;
      github: GitHub;
      /** A client for another token (the project token), with the same settings. */
      clientFor: (token: string, input: TokenInput) => GitHub;
      /** The config file's text (null: none at the default path); awaited by the run, in its log group. */
      configText: Promise<string | null>;
      /** Starts loading the run's stages now, if the first requests have not already started it. */
      preload: () => void;
    });

export async function startRun(env: NodeJS.ProcessEnv = process.env): Promise<Started> {
  const over = new AbortController();
  try {
    // Mask the tokens before anything can print them, even an error about the inputs themselves.
    for (const name of ['github-token', 'project-token']) {
      const token = core.getInput(name);
      if (token) core.setSecret(token);
    }
    // Check the environment first: with no GitHub environment at all, one message names everything missing.
    requireRunnerEnv(env, core.getInput('repository') !== '', core.getInput('github-token') !== '');
    const read = (name: string) => core.getInput(name);
    const inputs = readStartInputs(read);
    // One of them is malformed: the schema says which and how, and nothing is sent.
    if (!inputs) return { ok: false, over, error: await inputsError(read) };
    const runner = readRunnerEnv(env, await loadActionsContext(env), inputs.repository);
    const clientFor = (token: string, input: TokenInput) =>
      createGitHubClient({
        token,
        apiUrl: runner.apiUrl,
        graphqlUrl: runner.graphqlUrl,
        log,
        input,
        retryBaseDelayMs: runner.retryBaseDelayMs,
        signal: over.signal,
      });
    const github = clientFor(inputs['github-token'], 'github-token');
    startEarlyReads(github, runner.repository, {
      mode: inputs.mode,
      eventName: runner.eventName,
      payload: runner.payload,
      discussionCategory: inputs['discussion-category'],
    });
    const preload = preloadStagesOnceSent(inputs.mode, runner.eventName, inputs['result-file']);
    const configText = readConfigText(github, runner.repository, inputs['config-path'], runner.workspace);
    configText.catch(() => undefined); // the run awaits it and reports its failure
    return { ok: true, over, runner, github, clientFor, configText, preload };
  } catch (error) {
    return { ok: false, over, error };
  }
}

/** Why the schema rejects the inputs the start found malformed. */
async function inputsError(read: (name: string) => string): Promise<unknown> {
  try {
    const { parseInputs } = await import('./config/inputs.ts');
    parseInputs(read);
    return new Error('The action inputs were rejected at the start but accepted by their schema.');
  } catch (error) {
    return error;
  }
}
