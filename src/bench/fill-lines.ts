/**
 * Calls `block` until the lines it appended reach `targetChars` (newlines counted), and
 * returns them: every generator sizes its file this way.
 */
export function fillLines(
  targetChars: number,
  block: (out: string[]) => void,
  head: string[] = [],
): string[] {
  const out = [...head];
  let chars = 0;
  for (const line of out) chars += line.length + 1;
  while (chars < targetChars) {
    const before = out.length;
    block(out);
    for (let i = before; i < out.length; i++) chars += out[i]!.length + 1;
  }
  return out;
}
