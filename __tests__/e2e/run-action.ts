// The harness lives beside the emulator so the demo and the benchmark use the very same runner stand-in.
export * from '../../emulator/run-action.ts';
