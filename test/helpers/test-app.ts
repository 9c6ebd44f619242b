import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { Probot, ProbotOctokit } from 'probot';
import { createWardenApp } from '../../src/app/create-app.js';
import { openStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/store.js';

export interface TestApp {
  probot: Probot;
  store: Store;
  /** Every log line the App wrote, as JSON text. */
  logs: string[];
  receive: (name: string, payload: Record<string, unknown>, id?: string) => Promise<void>;
}

export const FIXED_NOW = new Date('2026-11-27T12:00:00Z');

/**
 * The real App function loaded into a Probot instance, as `probot run` does, with an
 * in-memory store, a fixed clock, and retries off so each mocked request is sent once.
 */
export async function createTestApp(options: { store?: Store; retry?: boolean } = {}): Promise<TestApp> {
  const logs: string[] = [];
  const log = pino(
    { level: 'trace' },
    new Writable({
      write(chunk, _encoding, done) {
        logs.push(String(chunk));
        done();
      },
    }),
  );
  const store = options.store ?? (await openStore({ dataDir: ':memory:' }));
  const probot = new Probot({
    githubToken: 'test-token',
    log,
    // A function, not an object: Probot passes its own throttle options to every Octokit it
    // makes, and they would replace an object default, leaving the write limiter (one POST,
    // PATCH or PUT per second) on in tests.
    Octokit: ProbotOctokit.defaults((instanceOptions: { throttle?: object }) => ({
      ...instanceOptions,
      retry: { enabled: options.retry ?? false },
      throttle: { ...instanceOptions.throttle, enabled: false },
    })),
  });
  await probot.load(createWardenApp({ store, now: () => FIXED_NOW }));
  return {
    probot,
    store,
    logs,
    receive: (name, payload, id) =>
      probot.receive({ id: id ?? randomUUID(), name, payload } as Parameters<Probot['receive']>[0]),
  };
}
