import type { LinesGenerator } from './code-files.js';
import { fillLines } from './fill-lines.js';
import type { Random } from './prng.js';
import { hex, kebab, sentence } from './vocabulary.js';

const PNG_SIGNATURE = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
const WOFF2_SIGNATURE = Buffer.from('774f4632', 'hex');

/** Random bytes behind a real file signature, so the base64 starts the way real blobs do. */
function blob(rng: Random, signature: Buffer, size: number): string {
  return Buffer.concat([signature, rng.bytes(size)]).toString('base64');
}

/** A stylesheet where every few rules inline an image or font as a `data:` URI (one long line each). */
export const cssDataUriLines: LinesGenerator = (rng, target) =>
  fillLines(target, (out) => {
    const selector = `.${kebab(rng, 2)}`;
    if (rng.chance(0.35)) {
      const png = rng.chance(0.7);
      const data = blob(rng, png ? PNG_SIGNATURE : WOFF2_SIGNATURE, rng.logRange(600, 48_000));
      const mime = png ? 'image/png' : 'font/woff2';
      out.push(`${selector} {`, `  background-image: url("data:${mime};base64,${data}");`, '}', '');
      return;
    }
    out.push(`${selector} {`);
    for (let i = rng.range(2, 6); i > 0; i--) {
      out.push(
        `  ${rng.pick(['margin', 'padding', 'color', 'border', 'display', 'font-size'])}: ${rng.pick(['0', '1rem', `#${hex(rng, 6)}`, 'flex', 'none', '12px'])};`,
      );
    }
    out.push('}', '');
  });

/** A CA bundle in the style of Mozilla's `cacert.pem`: certificates are not secrets. */
export const certBundleLines: LinesGenerator = (rng, target) =>
  fillLines(
    target,
    (out) => {
      const der = Buffer.concat([
        Buffer.from([0x30, 0x82, 0x05, rng.int(256), 0x30, 0x82]),
        rng.bytes(rng.range(700, 1500)),
      ]);
      out.push(
        '',
        `# Issuer: CN=${kebab(rng, 2)} Root CA O=${kebab(rng, 1)}`,
        `# Serial: ${BigInt(`0x${hex(rng, 16)}`)}`,
      );
      out.push(
        `# SHA256 Fingerprint: ${hex(rng, 64)
          .toUpperCase()
          .replace(/(..)(?!$)/g, '$1:')}`,
      );
      out.push('-----BEGIN CERTIFICATE-----');
      const body = der.toString('base64');
      for (let i = 0; i < body.length; i += 64) out.push(body.slice(i, i + 64));
      out.push('-----END CERTIFICATE-----');
    },
    ['##', '## Bundle of CA Root Certificates', '##'],
  );

/** Recorded API responses whose `content` is a base64 file, as the GitHub contents API returns. */
export const base64JsonLines: LinesGenerator = (rng, target) => {
  const entries: string[] = [];
  let size = 0;
  while (size < target) {
    const raw = rng.bytes(rng.logRange(400, 40_000)).toString('base64');
    const wrapped = raw.replace(/.{60}/g, '$&\\n');
    const name = `${kebab(rng)}.${rng.pick(['bin', 'png', 'gz', 'wasm'])}`;
    const entry = [
      '  {',
      '    "type": "file",',
      '    "encoding": "base64",',
      `    "size": ${Math.floor((raw.length * 3) / 4)},`,
      `    "name": "${name}",`,
      `    "path": "assets/${name}",`,
      `    "sha": "${hex(rng, 40)}",`,
      `    "description": "${sentence(rng, rng.range(3, 8))}",`,
      `    "content": "${wrapped}"`,
      '  }',
    ];
    entries.push(entry.join('\n'));
    size += raw.length + 300;
  }
  return `[\n${entries.join(',\n')}\n]`.split('\n');
};
