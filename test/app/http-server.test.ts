import { createHmac, randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import nock from 'nock';
import { pino } from 'pino';
import { Probot, ProbotOctokit, Server } from 'probot';
import { afterEach, describe, expect, it } from 'vitest';
import { createWardenApp } from '../../src/app/create-app.js';
import { openStore } from '../../src/store/open-store.js';
import { webhookExample } from '../helpers/webhook-examples.js';

const SECRET = 'test-webhook-secret';
let server: Server | undefined;

afterEach(async () => {
  await server?.stop();
  server = undefined;
  nock.enableNetConnect();
});

/** The App behind Probot's own HTTP server, as `probot run` starts it, on a free local port. */
async function startServer() {
  const store = await openStore({ dataDir: ':memory:' });
  server = new Server({
    Probot: Probot.defaults({ githubToken: 'test-token', secret: SECRET, Octokit: ProbotOctokit }),
    port: 0,
    host: '127.0.0.1',
    log: pino({ level: 'silent' }),
  });
  await server.load(createWardenApp({ store, sweepIntervalMs: 0 }));
  const http = await server.start();
  const { port } = http.address() as AddressInfo;
  return { store, url: `http://127.0.0.1:${port}/api/github/webhooks` };
}

function deliver(url: string, event: string, id: string, body: string, signature: string) {
  return fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-github-event': event,
      'x-github-delivery': id,
      'x-hub-signature-256': signature,
    },
    body,
  });
}

const sign = (body: string, secret = SECRET) =>
  `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;

describe("the App's webhook endpoint", () => {
  it('accepts a signed delivery and runs the handler for it; refuses a bad signature', async () => {
    nock.enableNetConnect('127.0.0.1');
    const { store, url } = await startServer();
    const payload = webhookExample('check_run', (p) => p.action === 'rerequested');
    payload.check_run.name = 'Warden / secrets';
    payload.check_run.pull_requests = [];
    const body = JSON.stringify(payload);
    const good = randomUUID();
    const forged = randomUUID();

    const accepted = await deliver(url, 'check_run', good, body, sign(body));
    const refused = await deliver(url, 'check_run', forged, body, sign(body, 'not-the-secret'));

    expect(accepted.status).toBe(200);
    expect(refused.status).toBeGreaterThanOrEqual(400);
    // The handler claimed the good delivery in the store; the forged one never reached it.
    expect(await store.claimDelivery(`${good}:secrets`, 'check_run')).toBe(false);
    expect(await store.claimDelivery(`${forged}:secrets`, 'check_run')).toBe(true);
  });
});
