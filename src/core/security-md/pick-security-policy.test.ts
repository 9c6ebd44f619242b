import { describe, expect, it } from 'vitest';
import { pickSecurityPolicy, type SecurityPolicyCandidate } from './pick-security-policy.js';

const file = (path: string, fromOrgRepository = false): SecurityPolicyCandidate => ({
  path,
  text: path,
  fromOrgRepository,
});

describe('pickSecurityPolicy looks where GitHub looks', () => {
  it.each([
    [
      'root first',
      [file('docs/SECURITY.md'), file('.github/SECURITY.md'), file('SECURITY.md')],
      'SECURITY.md',
      'root',
    ],
    [
      'then .github',
      [file('docs/SECURITY.md'), file('.github/SECURITY.md')],
      '.github/SECURITY.md',
      '.github',
    ],
    ['then docs', [file('docs/security.md'), file('README.md')], 'docs/security.md', 'docs'],
    ['any case', [file('Security.MD')], 'Security.MD', 'root'],
    ['exact spelling wins a tie', [file('security.md'), file('SECURITY.md')], 'SECURITY.md', 'root'],
    ['leading ./ and backslashes', [file('.\\.github\\SECURITY.md')], '.github/SECURITY.md', '.github'],
    [
      'the repo before the org',
      [file('SECURITY.md', true), file('docs/SECURITY.md')],
      'docs/SECURITY.md',
      'docs',
    ],
    ['the org when the repo has none', [file('.github/SECURITY.md', true)], '.github/SECURITY.md', '.github'],
  ] as const)('%s', (_name, candidates, path, location) => {
    const picked = pickSecurityPolicy(candidates);

    expect(picked?.path).toBe(path);
    expect(picked?.location).toBe(location);
  });

  it.each([
    ['nothing', []],
    ['other folders', [file('src/SECURITY.md'), file('docs/policies/SECURITY.md')]],
    ['other names', [file('SECURITY.adoc'), file('SECURITY.md.bak'), file('security.txt')]],
  ] as const)('finds none among %s', (_name, candidates) => {
    expect(pickSecurityPolicy(candidates)).toBeNull();
  });

  it('marks a policy from the organisation', () => {
    expect(pickSecurityPolicy([file('SECURITY.md', true)])?.fromOrgRepository).toBe(true);
  });
});
