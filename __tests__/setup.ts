import nock from 'nock';
import { afterEach, beforeAll } from 'vitest';

// Unit tests never reach a real network; the emulator listens on loopback, which stays allowed.
beforeAll(() => {
  nock.disableNetConnect();
  nock.enableNetConnect(/^(127\.0\.0\.1|localhost)(:\d+)?$/);
});

afterEach(() => {
  // A test that set up scopes must consume them all; pending mocks are a test failure, not noise.
  const pending = nock.pendingMocks();
  nock.cleanAll();
  if (pending.length > 0) throw new Error(`Unconsumed HTTP mocks: ${pending.join(', ')}`);
});
