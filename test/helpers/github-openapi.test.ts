import { describe, expect, it } from 'vitest';
import { checkRequest } from './github-openapi.js';

describe('checkRequest (the REST description check every App and Action test relies on)', () => {
  it('accepts a valid request and names its operation', () => {
    const check = checkRequest('POST', 'https://api.github.com/repos/o/r/check-runs', {
      name: 'x',
      head_sha: 'abc',
    });

    expect(check).toEqual({ operationId: 'checks/create', errors: [] });
  });

  it('rejects unknown paths, missing required fields, extra fields and too many annotations', () => {
    const annotations = Array.from({ length: 51 }, () => ({
      path: 'a',
      start_line: 1,
      end_line: 1,
      annotation_level: 'failure',
      message: 'm',
    }));

    expect(checkRequest('GET', '/repos/o/r/not-a-thing', undefined).errors).toHaveLength(1);
    expect(checkRequest('POST', '/repos/o/r/check-runs', { name: 'x' }).errors.join()).toMatch(/head_sha/);
    expect(
      checkRequest('POST', '/repos/o/r/security-advisories', {
        summary: 's',
        description: 'd',
        vulnerabilities: [],
        bogus: 1,
      }).errors.join(),
    ).toMatch(/additional/);
    expect(
      checkRequest('PATCH', '/repos/o/r/check-runs/1', {
        output: { title: 't', summary: 's', annotations },
      }).errors.join(),
    ).toMatch(/must NOT have more than 50 items/);
  });

  it('understands GHES paths and nullable fields', () => {
    const check = checkRequest('POST', 'https://ghe.example.com/api/v3/repos/o/r/security-advisories', {
      summary: 's',
      description: 'd',
      vulnerabilities: [{ package: { ecosystem: 'other', name: null } }],
      cve_id: null,
      severity: 'high',
    });

    expect(check.errors).toEqual([]);
  });
});
