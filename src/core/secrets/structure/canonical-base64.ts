const BASE64_INDEX = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/**
 * Whether the padded base64 `value` is canonical: the unused low bits of its last data character
 * are zero. Keys that providers generate and encode (Azure account keys, SAS keys) always are, so a
 * key-shaped string that is not canonical was typed or mangled rather than issued.
 */
export function isCanonicalBase64(value: string): boolean {
  const padding = value.endsWith('==') ? 2 : value.endsWith('=') ? 1 : 0;
  if (padding === 0) return true;
  const last = BASE64_INDEX.indexOf(
    value
      .charAt(value.length - padding - 1)
      .replace('-', '+')
      .replace('_', '/'),
  );
  if (last === -1) return false;
  const unusedBits = padding === 2 ? 0b1111 : 0b11;
  return (last & unusedBits) === 0;
}
