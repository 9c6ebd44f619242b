import type { LinesGenerator } from './code-files.js';
import type { Random } from './prng.js';
import { camel, hostname, kebab, NOUNS, semver, sentence } from './vocabulary.js';

const SHORT = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_$';

function id(rng: Random): string {
  return rng.string(SHORT, rng.range(1, 2));
}

function statement(rng: Random): string {
  const a = id(rng);
  const b = id(rng);
  switch (rng.int(12)) {
    case 0:
      return `function ${id(rng)}(${a},${b}){return ${a}.${camel(rng, 1)}(${b})}`;
    case 1:
      return `var ${a}=${rng.range(0, 99_999)},${b}="${kebab(rng)}";`;
    case 2:
      return `${a}.prototype.${camel(rng)}=function(${b}){this.${camel(rng, 1)}=${b}};`;
    case 3:
      return `if(!${a})throw new Error("${sentence(rng, rng.range(3, 7))}");`;
    case 4:
      return `${a}=fetch("https://${hostname(rng)}/api/${rng.pick(NOUNS)}",{headers:{Authorization:"Bearer "+${b}.token}});`;
    case 5:
      return `{key:"${camel(rng)}",value:function(){return this.${camel(rng, 1)}||${rng.range(0, 9)}}},`;
    case 6:
      return `${a}={${camel(rng, 1)}:"${kebab(rng)}",${camel(rng, 1)}:${rng.range(0, 999)},${camel(rng, 1)}:!${rng.int(2)}};`;
    case 7:
      return `for(var ${a}=0;${a}<${b}.length;${a}++)${id(rng)}[${a}]=${b}[${a}]^${rng.range(1, 255)};`;
    case 8:
      return `${a}.exports=function(${b}){return Object.assign({},${b},{${camel(rng)}:void 0})};`;
    case 9:
      return `"${camel(rng)}"in ${a}&&(${b}=${a}.${camel(rng)});`;
    case 10:
      return `${a}.setItem("${camel(rng)}",JSON.stringify(${b}));`;
    default:
      return `return ${a}?${b}:${rng.range(0, 99)};`;
  }
}

/**
 * A minified bundle: a banner, one very long line of code (the whole point: scanners that
 * run regexes per line must cope with megabyte lines), and a source-map comment.
 */
export const minifiedBundleLines: LinesGenerator = (rng, target) => {
  const parts: string[] = ['!function(e,t){"use strict";'];
  let size = parts[0]!.length;
  while (size < target) {
    const part = statement(rng);
    parts.push(part);
    size += part.length;
  }
  parts.push('}(this);');
  const name = kebab(rng, 1);
  return [
    `/*! ${name} v${semver(rng)} | (c) Acme | MIT */`,
    parts.join(''),
    `//# sourceMappingURL=${name}.min.js.map`,
  ];
};

/** Offsets in a bundle line where a statement may be inserted without splitting a token. */
export function statementBoundary(rng: Random, line: string): number {
  const from = rng.int(line.length);
  const at = line.indexOf(';', from);
  return at === -1 ? line.length : at + 1;
}
