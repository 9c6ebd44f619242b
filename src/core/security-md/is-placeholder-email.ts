const EXAMPLE_DOMAINS = new Set([
  'domain.com',
  'company.com',
  'email.com',
  'test.com',
  'host.com',
  'foo.com',
  'bar.com',
  'acme.com',
  'mydomain.com',
  'mycompany.com',
  'myproject.org',
  'project.org',
  'website.com',
  'site.com',
  'org.com',
]);
const RESERVED_TLDS = new Set(['example', 'test', 'invalid', 'localhost', 'local']);
const PLACEHOLDER_LOCAL =
  /^(?:you|user|username|name|firstname|first\.last|john\.?doe|jane\.?doe|someone|email)$|your/i;

/**
 * Whether an e-mail address is a template's example rather than a real mailbox:
 * `security@example.com` (RFC 2606 names), `security@yourdomain.com`, `you@domain.com`.
 */
export function isPlaceholderEmail(email: string): boolean {
  const at = email.lastIndexOf('@');
  const local = email.slice(0, at);
  const domain = email.slice(at + 1).toLowerCase();
  const labels = domain.split('.');
  if (labels.some((label) => label === 'example' || label.startsWith('example-') || label.includes('your')))
    return true;
  if (RESERVED_TLDS.has(labels[labels.length - 1] ?? '')) return true;
  if (EXAMPLE_DOMAINS.has(domain)) return true;
  return PLACEHOLDER_LOCAL.test(local);
}
