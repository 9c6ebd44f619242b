import { describe, expect, it } from 'vitest';
import { MAX_CONTACTS } from './find-contacts.js';
import { MAX_PLACEHOLDERS } from './find-placeholders.js';
import { MAX_PROMISES } from './find-promises.js';
import { lintSecurityMd } from './lint-security-md.js';
import { parseSecurityMd } from './parse-security-md.js';

const ONE_MB = 1_048_576;

/** `unit` repeated to exactly 1 MiB. */
function fill(unit: string): string {
  return unit.repeat(Math.ceil(ONE_MB / unit.length)).slice(0, ONE_MB);
}

// Each input targets a pass: long runs that an unbounded pattern would rescan from every
// position, unclosed constructs that could swallow the rest of the file, and inputs that would
// produce an unbounded number of results. The patterns are proven linear by patterns.test.ts;
// here the whole pipeline must return, with every list capped. No wall-time assertion: the
// test timeout is the bound.
const ADVERSARIAL: [string, string][] = [
  ['one line of local-part characters', fill('a.b-c_d+')],
  ['@ signs between words', fill('a@b@c.')],
  ['one long line of words', fill('within respond fix disclose critical ')],
  ['durations without end', fill('1 1 day 2 hours 3 business days, ')],
  ['number words and hyphens', fill('twenty-one-two-three- ')],
  ['open brackets', fill('[[[[ ')],
  ['open angle brackets', fill('<<<<a ')],
  ['unclosed HTML comment', `<!--${fill('x ')}`],
  ['unclosed code fence', `\`\`\`\n${fill('respond within 1 hour\n')}`],
  ['table pipes', fill('| a | b |\n|---|---|\n')],
  ['a long table of times', `| Severity | Fix |\n|---|---|\n${fill('| Critical | 7 days |\n')}`],
  ['URLs', fill('https://a.b/c?d=e ')],
  ['escaped characters', fill('\\*\\_\\[')],
  ['emphasis markers', fill('*_~`')],
  ['emoji and wide spaces', fill('✅❌🛡️\u2003\u00a0\u200b')],
  ['many placeholders', fill('[Your Email] security@example.com ')],
  ['many contacts', Array.from({ length: 40_000 }, (_, i) => `s${i}@acme${i}.io`).join('\n')],
  ['many short lines', fill('a\n')],
  ['carriage returns only', fill('respond within 1 day\r')],
  ['nested blockquotes', fill('> > > > > respond within 2 days\n')],
  ['heading markers', fill('###### ')],
  ['setext underlines', fill('Respond within 2 days\n===\n')],
  ['issue links in one sentence', fill('report at https://github.com/a/b/issues and ')],
  ['issue instructions in one sentence', fill('open a new issue, ')],
  ['private reporting mentions', fill('GitHub security advisories, ')],
  ['escalation conditions', fill('if not fixed within 5 days ')],
  ['unknown anchors', fill('within 6 hours of the list ')],
  ['severity words', fill('critical high low others ')],
];

describe('parseSecurityMd on 1 MiB of adversarial text', () => {
  it.each(ADVERSARIAL)('%s', (_name, text) => {
    const parsed = parseSecurityMd(text);
    const findings = lintSecurityMd(parsed);

    expect(parsed.promises.length).toBeLessThanOrEqual(MAX_PROMISES);
    expect(parsed.placeholders.length).toBeLessThanOrEqual(MAX_PLACEHOLDERS);
    expect(parsed.contacts.length).toBeLessThanOrEqual(MAX_CONTACTS + 1);
    expect(findings.length).toBeLessThanOrEqual(MAX_PLACEHOLDERS + 20);
  });

  it('reads only the first MiB', () => {
    const text = `${' '.repeat(ONE_MB)}\nEmail security@acme.io.`;

    expect(parseSecurityMd(text).contacts).toEqual([]);
  });
});
