import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintSecurityMd } from './lint-security-md.js';
import { parseSecurityMd } from './parse-security-md.js';
import type { ParsedSecurityMd } from './security-policy.js';

const FIXTURES = new URL('../../../test/fixtures/security-md/', import.meta.url);

function fixture(name: string): string {
  return readFileSync(new URL(name, FIXTURES), 'utf8');
}

const NO_FIX = { critical: null, high: null, medium: null, low: null, default: null };

type Expected = Omit<ParsedSecurityMd, 'promises' | 'evidence'> & { findings: string[] };

// The five real SECURITY.md files, labelled by hand.
const SEEDS: [string, Expected][] = [
  [
    'email-respond-24h-fix-4h.md',
    {
      contacts: [{ type: 'email', value: 'security@mismatch.ai' }],
      placeholders: [],
      supportedVersions: null,
      responseTargets: {
        acknowledgeHours: 24, // "will respond within 24 hours"
        triageDays: null,
        fixDays: { ...NO_FIX, default: 0.167 }, // "Deployment of fix within 4 hours": 4 / 24
        disclosureDays: 90, // "Public disclosure (if appropriate) within 90 days"
        businessDays: false,
      },
      // Acknowledging in 24 hours but fixing in 4 cannot both hold.
      findings: ['targets-out-of-order'],
    },
  ],
  [
    'contacts-to-be-defined.md',
    {
      contacts: [],
      placeholders: ['[To be defined]'],
      supportedVersions: { supported: ['1.x.x'], unsupported: [] },
      // "acknowledge security reports within 48 hours and provide updates every 72 hours": a cadence is no target.
      responseTargets: {
        acknowledgeHours: 48,
        triageDays: null,
        fixDays: NO_FIX,
        disclosureDays: null,
        businessDays: false,
      },
      findings: ['no-private-channel', 'placeholder-contact'],
    },
  ],
  [
    'placeholder-your-security-email.md',
    {
      contacts: [],
      placeholders: [
        '[Your Security Email]',
        '[Your General Email]',
        '[Your Emergency Contact]',
        '[Current Date]',
      ],
      supportedVersions: { supported: ['1.0.x'], unsupported: [] },
      responseTargets: {
        acknowledgeHours: 24,
        triageDays: 3, // "Initial Assessment: Within 72 hours"
        fixDays: { ...NO_FIX, critical: 7 }, // "Security Update: Within 7 days for critical issues"
        disclosureDays: null, // "After patch is available and deployed": no time
        businessDays: false,
      },
      findings: [
        'no-private-channel',
        'placeholder-contact',
        'placeholder-contact',
        'placeholder-contact',
        'template-text', // [Current Date]
      ],
    },
  ],
  [
    'example-com-template-two-ack-times.md',
    {
      contacts: [],
      placeholders: [
        'Use this section to tell people about which versions of your project are currently being supported with security updates.',
        'security@example.com',
      ],
      supportedVersions: { supported: ['1.0.x'], unsupported: ['< 1.0'] },
      responseTargets: {
        acknowledgeHours: 48, // the first of "within 48 hours" and "respond within 24 hours"
        triageDays: 7,
        fixDays: { ...NO_FIX, default: 30 }, // "typically within 30 days"
        disclosureDays: null,
        businessDays: false,
      },
      findings: ['no-private-channel', 'placeholder-contact', 'template-text', 'conflicting-targets'],
    },
  ],
  [
    'github-advisories-placeholder-contacts.md',
    {
      contacts: [{ type: 'github-advisories', value: '../../security/advisories' }],
      placeholders: [
        '[Add your security contact email here]',
        '[Add PGP key if you use encrypted communication]',
        '[Add your contact information]',
      ],
      supportedVersions: { supported: ['1.0.x'], unsupported: ['< 1.0'] },
      responseTargets: {
        acknowledgeHours: 48,
        triageDays: 7,
        fixDays: { ...NO_FIX, critical: 30, default: 90 }, // "Critical … within 30 days, others within 90 days"
        disclosureDays: null,
        businessDays: false,
      },
      findings: ['placeholder-contact', 'placeholder-contact', 'placeholder-contact'],
    },
  ],
];

describe('parseSecurityMd on real SECURITY.md files', () => {
  it.each(SEEDS)('%s', (name, expected) => {
    const text = fixture(name);

    const parsed = parseSecurityMd(text);
    const findings = lintSecurityMd(parsed).map((f) => f.id);

    const { findings: expectedFindings, ...expectedPolicy } = expected;
    expect({
      contacts: parsed.contacts,
      placeholders: parsed.placeholders,
      supportedVersions: parsed.supportedVersions,
      responseTargets: parsed.responseTargets,
    }).toEqual(expectedPolicy);
    expect(findings).toEqual(expectedFindings);
  });

  it('reports the line of each placeholder in a seed', () => {
    const parsed = parseSecurityMd(fixture('contacts-to-be-defined.md'));

    // "- Primary: [To be defined]" is line 79; the duplicate on line 80 is reported once.
    expect(parsed.evidence.placeholders).toEqual([
      { value: { text: '[To be defined]', isContact: true }, line: 79 },
    ]);
  });
});

describe('parseSecurityMd on hand-written policies', () => {
  it("reads GitHub's default template as placeholders, versions and no channel", () => {
    const text = `# Security Policy

## Supported Versions

Use this section to tell people about which versions of your project are
currently being supported with security updates.

| Version | Supported          |
| ------- | ------------------ |
| 5.1.x   | :white_check_mark: |
| 5.0.x   | :x:                |
| 4.0.x   | :white_check_mark: |
| < 4.0   | :x:                |

## Reporting a Vulnerability

Use this section to tell people how to report a vulnerability.

Tell them where to go, how often they can expect to get an update on a
reported vulnerability, what to expect if the vulnerability is accepted or
declined, etc.
`;

    const parsed = parseSecurityMd(text);

    expect(parsed.placeholders).toEqual([
      'Use this section to tell people about which versions of your project are currently being supported with security updates.',
      'Use this section to tell people how to report a vulnerability.',
      'Tell them where to go, how often they can expect to get an update on a reported vulnerability, what to expect if the vulnerability is accepted or declined, etc.',
    ]);
    expect(parsed.supportedVersions).toEqual({
      supported: ['5.1.x', '4.0.x'],
      unsupported: ['5.0.x', '< 4.0'],
    });
    expect(parsed.contacts).toEqual([]);
    expect(parsed.responseTargets.businessDays).toBeNull();
  });

  it.each([
    [
      'an e-mail in bold',
      'Email **security@acme.io** with details.',
      [{ type: 'email', value: 'security@acme.io' }],
    ],
    ['a mailto link', 'Write to [our team](mailto:sec@acme.io).', [{ type: 'email', value: 'sec@acme.io' }]],
    [
      'an HTML link',
      'Contact <a href="mailto:sec@acme.io">us</a>.',
      [{ type: 'email', value: 'sec@acme.io' }],
    ],
    [
      'an obfuscated e-mail',
      'Mail security [at] acme [dot] io.',
      [{ type: 'email', value: 'security@acme.io' }],
    ],
    [
      'an entity-encoded e-mail',
      'Mail security&#64;acme.io please.',
      [{ type: 'email', value: 'security@acme.io' }],
    ],
    [
      'the advisories link',
      'Please report it [here](https://github.com/acme/app/security/advisories/new).',
      [{ type: 'github-advisories', value: 'https://github.com/acme/app/security/advisories/new' }],
    ],
    [
      'private vulnerability reporting by name',
      'Use GitHub private vulnerability reporting.',
      [{ type: 'github-advisories', value: 'private vulnerability reporting' }],
    ],
    [
      'the Report a vulnerability button',
      'Open the Security tab and click "Report a vulnerability".',
      [{ type: 'github-advisories', value: 'Security tab' }],
    ],
    [
      'a bug-bounty platform',
      'We run a program at https://hackerone.com/acme.',
      [{ type: 'url', value: 'https://hackerone.com/acme' }],
    ],
    [
      'a reporting form',
      'Submit reports through https://acme.io/security/report.',
      [{ type: 'url', value: 'https://acme.io/security/report' }],
    ],
    [
      'a reference link in a reporting sentence',
      'We score reports with CVSS (https://www.first.org/cvss/).',
      [],
    ],
    ['an example e-mail', 'Email security@example.com.', []],
    ['an example URL', 'Submit reports at https://example.com/report.', []],
    ['advisories we publish', 'We publish fixes as GitHub Security Advisories.', []],
  ] as const)('finds %s', (_name, text, expected) => {
    expect(parseSecurityMd(text).contacts).toEqual(expected);
  });

  it.each([
    ['a bracketed slot', 'Email: [Your Security Email]', ['[Your Security Email]'], true],
    ['an angle slot', 'Email: <your-email@domain>', ['<your-email@domain>'], true],
    ['a curly slot', 'Email: {{ security_email }}', ['{{ security_email }}'], true],
    ['an upper-case slot', 'Write to YOUR_SECURITY_EMAIL today.', ['YOUR_SECURITY_EMAIL'], true],
    ['a TBD contact', 'Contact: TBD', ['TBD'], true],
    ['a date slot', 'Last updated: [Date]', ['[Date]'], false],
    ['a Cloudflare-mangled address', 'Email [email protected] now.', ['[email protected]'], true],
    ['a key to be published', 'PGP key: [To be published]', ['[To be published]'], true],
    ['an example URL', 'Report at https://example.com/security.', ['https://example.com/security'], true],
    [
      'a template advisories link',
      'Use https://github.com/OWNER/REPO/security/advisories/new to report.',
      ['https://github.com/OWNER/REPO/security/advisories/new'],
      true,
    ],
    ['angle slots in a path', 'See github.com/<owner>/<repo> for details.', ['<owner>', '<repo>'], false],
    ['a to-do sentence', 'TODO: add the security contact.', ['TODO: add the security contact.'], false],
    ['a link, not a slot', 'See [our contact page](https://acme.io/contact).', [], false],
    ['a task box, not a slot', '- [ ] rotate keys', [], false],
    ['plain brackets, not a slot', 'PGP key: [Available upon request]', [], false],
  ] as const)('finds %s', (_name, text, expected, isContact) => {
    const parsed = parseSecurityMd(text);

    expect(parsed.placeholders).toEqual(expected);
    for (const placeholder of parsed.evidence.placeholders)
      expect(placeholder.value.isContact).toBe(isContact);
  });

  it.each([
    ['emoji', '| 2.x | ✅ |\n| 1.x | ❌ |', { supported: ['2.x'], unsupported: ['1.x'] }],
    ['words', '| 2.x | Yes |\n| 1.x | No |', { supported: ['2.x'], unsupported: ['1.x'] }],
    ['EOL and LTS', '| 2.x | LTS |\n| 1.x | EOL |', { supported: ['2.x'], unsupported: ['1.x'] }],
    [
      'check marks',
      '| 2.x | :heavy_check_mark: |\n| 1.x | :no_entry: |',
      { supported: ['2.x'], unsupported: ['1.x'] },
    ],
    [
      'partial support',
      '| 2.x | ⚠️ security fixes only (no features) |\n| 1.x | not supported |',
      { supported: ['2.x'], unsupported: ['1.x'] },
    ],
    ['code-formatted versions', '| `2.x` | ✔ |', { supported: ['2.x'], unsupported: [] }],
  ] as const)('reads a versions table with %s', (_name, rows, expected) => {
    const text = `| Version | Supported |\n| --- | :---: |\n${rows}\n`;

    expect(parseSecurityMd(text).supportedVersions).toEqual(expected);
  });

  it('reads a table without outer pipes inside a blockquote', () => {
    const text = '> Version | Supported\n> --- | ---\n> 3.x | yes\n';

    expect(parseSecurityMd(text).supportedVersions).toEqual({ supported: ['3.x'], unsupported: [] });
  });

  it('reads through HTML, emoji, CRLF and odd whitespace', () => {
    const text =
      '## 🛡️ Reporting\r\n\r\n<p>Please e-mail\u00a0<b>security@acme.io</b>.</p>\r\n\r\n**We acknowledge**\u2003within\u200b 2\u00a0business\tdays 🚀.\r\n';

    const parsed = parseSecurityMd(text);

    expect(parsed.contacts).toEqual([{ type: 'email', value: 'security@acme.io' }]);
    expect(parsed.promises.map((p) => [p.line, p.stage, p.amount, p.unit])).toEqual([
      [5, 'acknowledge', 2, 'business_days'],
    ]);
  });

  it('records issue instructions that are not negated', () => {
    const negated = parseSecurityMd('Please do NOT open a public GitHub issue.');
    const positive = parseSecurityMd(
      'To report a vulnerability, open a new issue at https://github.com/acme/app/issues.',
    );

    expect(negated.evidence.publicIssueChannels).toEqual([]);
    expect(positive.evidence.publicIssueChannels.map((c) => c.value)).toEqual([
      'https://github.com/acme/app/issues',
      'open a new issue',
    ]);
    expect(positive.contacts).toEqual([{ type: 'url', value: 'https://github.com/acme/app/issues' }]);
  });
});
