const NON_ASCII = /[\u0080-\uffff]/;

/**
 * Text that holds UTF-8 bytes one character per byte (`buffer.toString('latin1')`), decoded.
 * ASCII, the usual case, is its own decoding and is returned as it is.
 */
export function decodeUtf8Bytes(text: string): string {
  return NON_ASCII.test(text) ? Buffer.from(text, 'latin1').toString('utf8') : text;
}
