/** ISO 8601 in UTC as GitHub's API writes it: no milliseconds unless there are some. */
export function formatUtc(date: Date | null): string | null {
  if (date === null) return null;
  const iso = date.toISOString();
  return iso.endsWith('.000Z') ? `${iso.slice(0, -5)}Z` : iso;
}
