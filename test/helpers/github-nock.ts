import nock from 'nock';
import { afterEach, beforeEach, expect } from 'vitest';
import { checkRequest } from './github-openapi.js';

export interface RecordedRequest {
  method: string;
  path: string;
  body: unknown;
}

export interface GitHubMock {
  /** The nock scope for https://api.github.com: add interceptors to it. */
  api: nock.Scope;
  /** Every request the code under test sent, in order. */
  requests: RecordedRequest[];
}

/**
 * GitHub's API mocked at the HTTP edge. Every request is recorded and checked against GitHub's
 * REST description; after each test, any request the real API would reject, any request with
 * no interceptor and any interceptor left unused fail the test.
 */
export function useGitHubMock(base = 'https://api.github.com'): () => GitHubMock {
  let current: GitHubMock | undefined;
  let violations: string[] = [];
  const unmatched: string[] = [];
  const onNoMatch = (req: { method?: string; path?: string; href?: string }) => {
    unmatched.push(`${req.method} ${req.path ?? req.href}`);
  };
  beforeEach(() => {
    nock.disableNetConnect();
    violations = [];
    unmatched.length = 0;
    const api = nock(base);
    const requests: RecordedRequest[] = [];
    api.on('request', (req: { method: string; path: string }, _interceptor: unknown, body: string) => {
      let parsed: unknown = body;
      try {
        parsed = body ? JSON.parse(body) : undefined;
      } catch {
        // not JSON: checked as a string
      }
      requests.push({ method: req.method, path: req.path, body: parsed });
      violations.push(...checkRequest(req.method, `${base}${req.path}`, parsed).errors);
    });
    nock.emitter.on('no match', onNoMatch);
    current = { api, requests };
  });
  afterEach(() => {
    nock.emitter.removeListener('no match', onNoMatch);
    const pending = nock.pendingMocks();
    nock.cleanAll();
    expect(violations, 'requests GitHub would reject').toEqual([]);
    expect(unmatched, 'requests with no mock').toEqual([]);
    expect(pending, 'mocked requests never sent').toEqual([]);
  });
  return () => {
    if (!current) throw new Error('useGitHubMock: call the getter inside a test');
    return current;
  };
}
