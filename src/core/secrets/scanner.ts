import { decodeUtf8Bytes } from './decode-utf8-bytes.js';
import type { Finding } from './finding.js';
import { buildKeywordIndex, type KeywordIndex } from './keyword-index.js';
import { isPlaceholder } from './placeholder.js';
import { fingerprintOf, hashSecret, redact } from './redact.js';
import type { Confidence, SecretRule } from './secret-rule.js';
import { shannonEntropy } from './structure/entropy.js';

/** Text to scan, and where its lines really are. */
export interface ScanTarget {
  path: string;
  text: string;
  /**
   * Real 1-based line number of each line of `text` (index 0 = first line). Diffs scan only
   * their added lines, glued together; this maps them back to the new file.
   */
  lineNumbers?: ArrayLike<number>;
  commit?: string;
  /**
   * `text` holds UTF-8 bytes, one character per byte (what `buffer.toString('latin1')` gives).
   * Reading a file this way is a copy, where decoding it to UTF-16 cost more than the rest of
   * the reading. Every keyword and every pattern's literal text is ASCII, which is the same in
   * both forms; the scanner decodes the secrets it reports and counts columns in UTF-16, so
   * findings are the same as for the decoded text.
   */
  utf8Bytes?: boolean;
}

/** Work counters a caller may pass in to see what a scan cost (benchmarks, work-bound tests). */
export interface ScanStats {
  /** Characters of the regions that unanchored rule regexes searched, summed over every run. */
  regexChars: number;
  /**
   * Regex runs: one per unanchored rule per searched region, one per anchored rule per anchor
   * (an anchored run reads at most its match, a few hundred characters).
   */
  regexRuns: number;
}

export interface SecretScanner {
  readonly rules: readonly SecretRule[];
  scan(target: ScanTarget, stats?: ScanStats): Finding[];
}

/** The inline marker that silences findings on its line, in any comment syntax. */
export const INLINE_ALLOW = 'warden:allow';

/** Lines longer than this (minified bundles) are searched in a window around each keyword. */
const LONG_LINE = 4096;
const WINDOW_BEFORE = 512;
const WINDOW_AFTER = 2048;
/** The longest a single-line secret may run past its keyword and still be found whole. */
const WINDOW_MARGIN = 512;
/**
 * How far past its keyword a multi-line secret (a PEM block) is searched for. Blocks up to half
 * of it long are always found whole; an RSA-4096 key is about 3.3 KB.
 */
const MULTILINE_REACH = 16_384;

/**
 * A rule as the scan loop reads it. Rules are object literals of many shapes, so reading
 * `rule.anchor` in the loop would hit a megamorphic property lookup on every keyword hit; every
 * field the loop needs is copied here, into objects that all share one shape.
 */
interface CompiledRule {
  rule: SecretRule;
  order: number;
  /** Global for a region search; sticky for an anchored rule. */
  pattern: RegExp;
  anchor: SecretRule['anchor'] | null;
  multiline: boolean;
  /** Sticky for an anchored rule (it must match at the anchor), plain for a region search. */
  gate: RegExp | null;
  /** An anchored rule's `firstChars` as a lookup by character code; null accepts all. */
  firstChar: Uint8Array | null;
}

/**
 * 1 at the code of each character of `chars`, for one-load membership tests. ASCII only: a
 * character past the table reads `undefined`, which is not 1, so tests compare with `!== 1`.
 */
function charLookup(chars: string): Uint8Array {
  const lookup = new Uint8Array(128);
  for (const ch of chars) lookup[ch.charCodeAt(0)] = 1;
  return lookup;
}

/** `regex` with the engine's own search flag (`g`, `y` or none) in place of any the rule set. */
function recompiled(regex: RegExp, searchFlag: 'g' | 'y' | ''): RegExp {
  return new RegExp(regex.source, regex.flags.replace(/[gydv]/g, '') + searchFlag);
}

/** `[A-Za-z0-9_.-]`: the characters of a name, for `word-end` anchors. */
const NAME_CHAR = charLookup('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.-');

interface Candidate {
  rule: SecretRule;
  /** The rule's place in the registry: the last tie-break, so results never depend on hit order. */
  order: number;
  start: number;
  end: number;
  secret: string;
  confidence: Confidence;
}

/** Builds a scanner over `rules`; the keyword automaton and regexes are compiled once here. */
export function createScanner(rules: readonly SecretRule[]): SecretScanner {
  const compiled: CompiledRule[] = rules.map((rule, order) => {
    if (rule.anchor && rule.multiline)
      throw new Error(`rule ${rule.id}: a multi-line rule cannot be anchored`);
    if (rule.firstChars && !rule.anchor) throw new Error(`rule ${rule.id}: firstChars needs an anchor`);
    if (rule.firstChars && [...rule.firstChars].some((ch) => ch.charCodeAt(0) > 127)) {
      throw new Error(`rule ${rule.id}: firstChars must be ASCII`);
    }
    return {
      rule,
      order,
      pattern: recompiled(rule.pattern, rule.anchor ? 'y' : 'g'),
      anchor: rule.anchor ?? null,
      multiline: rule.multiline === true,
      gate: rule.gate ? recompiled(rule.gate, rule.anchor ? 'y' : '') : null,
      firstChar: rule.firstChars ? charLookup(rule.firstChars) : null,
    };
  });
  const keywords: string[] = [];
  const rulesByKeyword: number[][] = [];
  compiled.forEach((entry, ruleIndex) => {
    for (const keyword of entry.rule.keywords) {
      const lower = keyword.toLowerCase();
      let id = keywords.indexOf(lower);
      if (id === -1) {
        id = keywords.push(lower) - 1;
        rulesByKeyword.push([]);
      }
      rulesByKeyword[id]!.push(ruleIndex);
    }
  });
  const index = buildKeywordIndex(keywords);
  // What a hit on each group of keywords asks for, flattened once: `[rule, keyword length, …]`.
  const rulesByGroup = Array.from({ length: index.groupCount }, (_, group) =>
    Int32Array.from(
      index
        .keywordsIn(group)
        .flatMap((id) => rulesByKeyword[id]!.flatMap((rule) => [rule, keywords[id]!.length])),
    ),
  );
  return { rules, scan: (target, stats) => scanTarget(target, compiled, index, rulesByGroup, stats) };
}

function scanTarget(
  target: ScanTarget,
  compiled: readonly CompiledRule[],
  index: KeywordIndex,
  rulesByGroup: readonly Int32Array[],
  stats: ScanStats | undefined,
): Finding[] {
  const { text } = target;
  const utf8Bytes = target.utf8Bytes === true;
  // Per rule, the end of the last region searched, or the last anchor tried: a keyword inside
  // it needs no new search.
  const searchedUpTo = new Int32Array(compiled.length).fill(-1);
  const candidates: Candidate[] = [];

  // Hits arrive in order of their end, so the name holding the latest hit is measured once,
  // not once per keyword inside it: a megabyte-long name costs one pass, not one per hit.
  let nameEnd = -1;
  const nameEndFrom = (position: number) => {
    if (position > nameEnd) {
      nameEnd = position;
      while (nameEnd < text.length) {
        if (NAME_CHAR[text.charCodeAt(nameEnd)] !== 1) break;
        nameEnd++;
      }
    }
    return nameEnd;
  };

  // Hits arrive in text order, so the line around the latest hit is found once per line, not
  // once per hit: on a minified bundle's one long line that is the difference between linear
  // and quadratic work.
  const line = { start: 0, end: -1 };
  const lineAround = (position: number) => {
    if (position > line.end) {
      line.start = text.lastIndexOf('\n', position - 1) + 1;
      const nl = text.indexOf('\n', position);
      line.end = nl === -1 ? text.length : nl;
    }
    return line;
  };
  const hits = index.findHits(text);
  for (let hit = 0; hit < hits.length; hit += 2) {
    const end = hits[hit]!;
    const actions = rulesByGroup[hits[hit + 1]!]!;
    for (let action = 0; action < actions.length; action += 2) {
      const ruleIndex = actions[action]!;
      const entry = compiled[ruleIndex]!;
      const { anchor } = entry;
      if (anchor !== null) {
        const at = anchor === 'keyword' ? end - actions[action + 1]! : nameEndFrom(end);
        if (at === searchedUpTo[ruleIndex]) continue;
        searchedUpTo[ruleIndex] = at;
        if (entry.firstChar !== null && entry.firstChar[text.charCodeAt(at)] !== 1) continue;
        if (entry.gate !== null && !passesGateAt(text, at, entry.gate)) continue;
        if (stats) stats.regexRuns++;
        collectAnchoredMatch(text, at, entry, candidates, utf8Bytes);
        continue;
      }
      if (end <= searchedUpTo[ruleIndex]!) continue;
      const [from, to, covered] = regionAround(text.length, lineAround(end), end, entry.multiline);
      searchedUpTo[ruleIndex] = covered;
      if (entry.gate !== null && !passesGate(text, from, to, entry.gate)) continue;
      if (stats) {
        stats.regexChars += to - from;
        stats.regexRuns++;
      }
      collectMatches(text, from, to, entry, candidates, utf8Bytes);
    }
  }
  if (candidates.length === 0) return [];
  return toFindings(target, dropOverlaps(candidates));
}

/**
 * The text to search around a keyword that ends at `hitEnd`: `[from, to, covered]`, where a
 * later keyword ending at or before `covered` is already handled by this search. A window that
 * stops inside a long line covers less than it reads, so a token cut by its end is read again.
 */
function regionAround(
  textLength: number,
  line: { start: number; end: number },
  hitEnd: number,
  multiline: boolean,
): [number, number, number] {
  if (multiline) {
    const to = Math.min(textLength, hitEnd + MULTILINE_REACH);
    return [
      Math.max(line.start, hitEnd - WINDOW_BEFORE),
      to,
      to === textLength ? to : to - MULTILINE_REACH / 2,
    ];
  }
  if (line.end - line.start <= LONG_LINE) return [line.start, line.end, line.end];
  const to = Math.min(line.end, hitEnd + WINDOW_AFTER);
  return [Math.max(line.start, hitEnd - WINDOW_BEFORE), to, to === line.end ? to : to - WINDOW_MARGIN];
}

/** Whether the sticky `gate` matches at `at`. */
function passesGateAt(text: string, at: number, gate: RegExp): boolean {
  gate.lastIndex = at;
  return gate.test(text);
}

/** Whether `gate` occurs in `text[from, to)` (a slice: a search of `text` would run past `to`). */
function passesGate(text: string, from: number, to: number, gate: RegExp): boolean {
  return gate.test(text.slice(from, to));
}

function collectMatches(
  text: string,
  from: number,
  to: number,
  entry: CompiledRule,
  out: Candidate[],
  utf8Bytes: boolean,
): void {
  const region = text.slice(from, to);
  const { pattern } = entry;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(region); match !== null; match = pattern.exec(region)) {
    if (match[0].length === 0) pattern.lastIndex++;
    addCandidate(match, from, entry, out, utf8Bytes);
  }
}

/** Runs an anchored rule once, sticky at `at` in the whole text (its lookbehinds see before it). */
function collectAnchoredMatch(
  text: string,
  at: number,
  entry: CompiledRule,
  out: Candidate[],
  utf8Bytes: boolean,
): void {
  const { pattern } = entry;
  pattern.lastIndex = at;
  const match = pattern.exec(text);
  if (match !== null) addCandidate(match, 0, entry, out, utf8Bytes);
}

/** Judges one match found in text that starts at `offset`, and keeps it when it is a finding. */
function addCandidate(
  match: RegExpExecArray,
  offset: number,
  entry: CompiledRule,
  out: Candidate[],
  utf8Bytes: boolean,
): void {
  const { rule, order } = entry;
  const matched = match.groups?.secret;
  if (!matched) return;
  const secret = utf8Bytes ? decodeUtf8Bytes(matched) : matched;
  const confidence = judge(rule, secret);
  if (confidence === undefined) return;
  // A multi-line secret (a PEM block) is reported from its first line, the BEGIN header,
  // where people and other scanners look for it; the value judged and hashed is the body.
  const start = rule.multiline ? offset + match.index : offset + match.index + match[0].indexOf(matched);
  const end = rule.multiline ? offset + match.index + match[0].length : start + matched.length;
  out.push({ rule, order, start, end, secret, confidence });
}

/** The UTF-16 length of `text[from, to)`: of its decoding when `text` holds UTF-8 bytes. */
function utf16Length(text: string, from: number, to: number, utf8Bytes: boolean): number {
  return utf8Bytes ? decodeUtf8Bytes(text.slice(from, to)).length : to - from;
}

/** The confidence a match earns, or undefined when it is not a finding at all. */
function judge(rule: SecretRule, secret: string): Confidence | undefined {
  if (rule.minEntropy !== undefined && shannonEntropy(secret) < rule.minEntropy) return undefined;
  // The rule's own check first: on generic values (code, references) it rejects most of what
  // reaches it, for less than the placeholder checks cost.
  const verdict = rule.validate?.(secret);
  if (verdict === 'rejected' || isPlaceholder(secret)) return undefined;
  if (verdict === 'confirmed') return 'structure';
  return rule.confidence ?? 'pattern';
}

const CONFIDENCE_RANK: Record<Confidence, number> = { structure: 2, pattern: 1, generic: 0 };

/**
 * Where two rules claim overlapping text (a Stripe key inside a generic `api_key = ...`), the
 * more specific one wins, then the longer match, then the rule registered first; the same span
 * twice is reported once.
 */
function dropOverlaps(candidates: Candidate[]): Candidate[] {
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Candidate[] = [];
  for (const candidate of candidates) {
    const clash = kept.findIndex((other) => candidate.start < other.end && other.start < candidate.end);
    if (clash === -1) {
      kept.push(candidate);
      continue;
    }
    const other = kept[clash]!;
    if (outranks(candidate, other)) kept[clash] = candidate;
  }
  return kept;
}

function outranks(a: Candidate, b: Candidate): boolean {
  const rank = CONFIDENCE_RANK[a.confidence] - CONFIDENCE_RANK[b.confidence];
  if (rank !== 0) return rank > 0;
  const length = a.end - a.start - (b.end - b.start);
  return length !== 0 ? length > 0 : a.order < b.order;
}

function toFindings(target: ScanTarget, candidates: Candidate[]): Finding[] {
  const { text, path } = target;
  const utf8Bytes = target.utf8Bytes === true;
  const findings: Finding[] = [];
  let line = 0;
  let lineStart = 0;
  for (const candidate of candidates.sort((a, b) => a.start - b.start)) {
    for (
      let nl = text.indexOf('\n', lineStart);
      nl !== -1 && nl < candidate.start;
      nl = text.indexOf('\n', lineStart)
    ) {
      line++;
      lineStart = nl + 1;
    }
    const lineEnd = text.indexOf('\n', candidate.start);
    const lineText = text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd);
    if (lineText.includes(INLINE_ALLOW)) continue;
    const { endLine, endLineStart } = endOf(text, candidate, line, lineStart);
    const secretHash = hashSecret(candidate.secret);
    const { rule } = candidate;
    findings.push({
      ruleId: rule.id,
      title: rule.title,
      provider: rule.provider,
      severity: rule.severity,
      confidence: candidate.confidence,
      path,
      line: realLine(target, line),
      column: utf16Length(text, lineStart, candidate.start, utf8Bytes) + 1,
      endLine: realLine(target, endLine),
      endColumn: utf16Length(text, endLineStart, candidate.end, utf8Bytes) + 1,
      redacted: redact(candidate.secret),
      fingerprint: fingerprintOf(rule.id, path, secretHash),
      secretHash,
      remediation: rule.remediation,
      ...(target.commit ? { commit: target.commit } : {}),
    });
  }
  return findings;
}

function endOf(text: string, candidate: Candidate, line: number, lineStart: number) {
  let endLine = line;
  let endLineStart = lineStart;
  for (
    let i = text.indexOf('\n', candidate.start);
    i !== -1 && i < candidate.end;
    i = text.indexOf('\n', i + 1)
  ) {
    endLine++;
    endLineStart = i + 1;
  }
  return { endLine, endLineStart };
}

function realLine(target: ScanTarget, index: number): number {
  return target.lineNumbers ? (target.lineNumbers[index] ?? index + 1) : index + 1;
}
