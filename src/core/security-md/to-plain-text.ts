import {
  AUTOLINK,
  EMPHASIS,
  EMPHASIS_UNDERSCORE,
  ENTITY,
  ESCAPE,
  HREF,
  HTML_TAG,
  IMAGE,
  INVISIBLE,
  LINK,
  OBFUSCATED_AT,
  OBFUSCATED_DOT,
  REFERENCE_LINK,
  WHITESPACE,
} from './patterns.js';

/** Characters that need none of the replacements below. */
const PLAIN_PROSE = /^[A-Za-z0-9 ,.;!?'"%+=/-]*$/;

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  commat: '@',
  period: '.',
  colon: ':',
  lowbar: '_',
};

/**
 * One line of markdown as a reader sees it: links become `text (url)` so their targets stay
 * findable, images become their alt text (badges are not contacts), HTML tags go but keep their
 * `href`, entities and obfuscated `[at]`/`[dot]` are decoded, emphasis markers go and every kind
 * of whitespace collapses to one space.
 */
export function toPlainText(markdown: string): string {
  // Most lines are prose with nothing to remove: skip the dozen replacements for them.
  if (PLAIN_PROSE.test(markdown)) return markdown.replace(WHITESPACE, ' ').trim();
  return markdown
    .replace(INVISIBLE, '')
    .replace(IMAGE, ' $1 ')
    .replace(LINK, (_all, text: string, url: string) => (url ? `${text} (${url})` : text))
    .replace(REFERENCE_LINK, '$1')
    .replace(AUTOLINK, ' $1 ')
    .replace(HTML_TAG, (tag) => {
      const href = HREF.exec(tag);
      return href ? ` ${href[1]} ` : ' ';
    })
    .replace(ENTITY, decodeEntity)
    .replace(ESCAPE, '$1')
    .replace(EMPHASIS, '')
    .replace(EMPHASIS_UNDERSCORE, '')
    .replace(OBFUSCATED_AT, '@')
    .replace(OBFUSCATED_DOT, '.')
    .replace(/mailto:/gi, '')
    .replace(WHITESPACE, ' ')
    .trim();
}

function decodeEntity(entity: string, decimal?: string, hex?: string, name?: string): string {
  const code = decimal ? Number(decimal) : hex ? Number.parseInt(hex, 16) : undefined;
  if (code !== undefined) return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : ' ';
  return NAMED_ENTITIES[name?.toLowerCase() ?? ''] ?? entity;
}
