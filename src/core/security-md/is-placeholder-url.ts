/** Path segments that stand for a name to fill in: `OWNER/REPO`, `{owner}`, `:repo`, `YOUR_ORG`. */
const SLOT_SEGMENT =
  /^(?:OWNER|REPO|REPOSITORY|ORG|ORGANI[SZ]ATION|USER|USERNAME|PROJECT|YOUR[-_A-Z]*|\{[^/{}]{1,30}\}|:[a-z]{1,30})$/;

/**
 * Whether a URL is a template's example rather than a real address: an RFC 2606 host
 * (`example.com`, `*.example`), a host with "your" in it (`yourcompany.com`), or a path with a
 * slot segment (`https://github.com/OWNER/REPO/security/advisories/new`).
 */
export function isPlaceholderUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  const labels = parsed.hostname.toLowerCase().split('.');
  if (labels.some((label) => label === 'example' || label.includes('your'))) return true;
  if (['test', 'invalid', 'localhost', 'example'].includes(labels[labels.length - 1] ?? '')) return true;
  return parsed.pathname.split('/').some((segment) => SLOT_SEGMENT.test(decodeURIComponent(segment)));
}
