/**
 * Posts a Slack-compatible message (`{"text": ...}`) to the operator's webhook. Throws when the
 * endpoint does not answer 2xx, saying which status it gave (never echoing the URL, which is
 * itself a credential for Slack-style webhooks).
 */
export async function sendSlaWebhook(
  url: string,
  text: string,
  fetchImpl: typeof globalThis.fetch = globalThis.fetch,
): Promise<void> {
  const response = await fetchImpl(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ text }),
    signal: AbortSignal.timeout(10_000),
  });
  if (!response.ok) {
    throw new Error(`the SLA webhook answered ${response.status} ${response.statusText}`.trim());
  }
}

/**
 * Checks `WARDEN_SLA_WEBHOOK_URL` at start: unset or blank means no webhook; anything else
 * must be an http(s) URL.
 * @throws saying what is wrong, without echoing the URL.
 */
export function readSlaWebhookUrl(env: Record<string, string | undefined>): string | undefined {
  const raw = env.WARDEN_SLA_WEBHOOK_URL?.trim();
  if (!raw) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(
      'WARDEN_SLA_WEBHOOK_URL is not a URL: set it to an https:// incoming-webhook URL or unset it',
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(`WARDEN_SLA_WEBHOOK_URL must be an http(s) URL, not ${url.protocol}`);
  return raw;
}
