/**
 * The JSON object that `encoded` (base64 or base64url, padding optional) decodes to, or undefined
 * when it does not decode to one. Several providers wrap a token's metadata this way (Grafana
 * Cloud `glc_`, Sentry `sntrys_`, Mapbox `sk.`), which makes the wrapper an offline check.
 */
export function decodeBase64Json(encoded: string): Record<string, unknown> | undefined {
  const standard = encoded.replace(/-/g, '+').replace(/_/g, '/');
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(standard)) return undefined;
  const text = Buffer.from(standard, 'base64').toString('utf8');
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}
