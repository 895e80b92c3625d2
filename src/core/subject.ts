/**
 * The forms of a host's registrable label that the rules look at, computed
 * once per host: hyphen-less, skeleton, typo form, hyphen tokens, and the
 * "cores" left after identity words are taken off ("tmoblie" from
 * "t-moblie-okta", "twiiio" from "twiiiosso").
 */
import type { HostInfo } from './host.ts';
import { typoForm } from './label-forms.ts';
import { edgeWordLengths, isKnownWord, type Vocabulary } from './segment.ts';
import { hasNonAscii, looseSkeleton, nearSkeleton, skeleton } from './skeleton.ts';

export interface Subject {
  info: HostInfo;
  /** Unicode registrable label, e.g. "t-moblie-okta" or "аcme". */
  label: string;
  /** Letters to search for brands in: hyphen-less, folded to ASCII look-alikes when the label is IDN. */
  flat: string;
  /** Positions in `flat` where a hyphen stood (plus 0 and the end). */
  boundaries: ReadonlySet<number>;
  isIdn: boolean;
  skeleton: string;
  loose: string;
  near: string;
  typo: string;
  tokens: readonly string[];
  /** Brand-bearing candidates with identity words removed, with the words removed. */
  cores: readonly Core[];
}

export interface Core {
  /** The brand-bearing rest; always has two letters or more. */
  text: string;
  typo: string;
  skeleton: string;
  loose: string;
  near: string;
  /** Identity words taken off. */
  removed: readonly string[];
  /** Unknown words also dropped: then the identity words say nothing about this core. */
  dropped: readonly string[];
}

function boundaryPositions(label: string): Set<number> {
  if (!label.includes('-')) return new Set([0, label.length]);
  const out = new Set<number>([0]);
  let pos = 0;
  for (const ch of label) {
    if (ch === '-') out.add(pos);
    else pos += ch.length;
  }
  out.add(pos);
  return out;
}

function makeCore(text: string, removed: readonly string[], dropped: readonly string[] = []): Core {
  const skel = skeleton(text);
  return { text, typo: typoForm(text), skeleton: skel, loose: looseSkeleton(text), near: nearSkeleton(text), removed, dropped };
}

/** Takes identity words off the ends of a hyphen-less label: "twiiiosso" -> "twiiio". */
function stripEdgeKeywords(flat: string, vocab: Vocabulary): Core[] {
  const out: Core[] = [];
  for (const k of edgeWordLengths(flat, vocab.heads, false, 3)) out.push(makeCore(flat.slice(k), [flat.slice(0, k)]));
  for (const k of edgeWordLengths(flat, vocab.tails, true, 3)) out.push(makeCore(flat.slice(0, flat.length - k), [flat.slice(flat.length - k)]));
  return out;
}

export function makeSubject(info: HostInfo, label: string, vocab: Vocabulary): Subject {
  const isIdn = hasNonAscii(label);
  const hyphenless = label.includes('-') ? label.replace(/-/g, '') : label;
  const skel = skeleton(hyphenless);
  const flat = isIdn ? skel : hyphenless;
  const tokens = label.includes('-') ? label.split('-').filter((t) => t.length > 0) : [label];
  const cores: Core[] = [];
  if (tokens.length > 1) {
    const kept = tokens.filter((t) => !isKnownWord(t, vocab) && !/^\d+$/.test(t));
    const removed = tokens.filter((t) => isKnownWord(t, vocab));
    if (kept.length > 0 && removed.length > 0) cores.push(makeCore(kept.join(''), removed));
    if (kept.length > 1) for (const t of kept) cores.push(makeCore(t, removed, kept.filter((x) => x !== t)));
  }
  if (!isIdn) cores.push(...stripEdgeKeywords(hyphenless, vocab));
  // A core of digits ("777" read as "ttt") or one letter is no brand.
  for (let i = cores.length - 1; i >= 0; i--) if (!/[\p{L}].*[\p{L}]/u.test(cores[i]?.text ?? '')) cores.splice(i, 1);
  return {
    info,
    label,
    flat,
    boundaries: isIdn ? new Set([0, flat.length]) : boundaryPositions(label),
    isIdn,
    skeleton: skel,
    loose: looseSkeleton(hyphenless),
    near: nearSkeleton(hyphenless),
    typo: typoForm(label),
    tokens,
    cores,
  };
}
