/**
 * The screen: a cheap test, run before the rules, of whether any lookalike
 * rule could fire for a host. Most hosts a browser visits resemble no
 * brand; for them scoring stops here, after a few hash look-ups and no
 * strings built for the common label. The screen may say "maybe" when the
 * rules then find nothing (hash collisions, a brand inside a longer word),
 * but it must never say "no" where a rule would fire: a seeded property
 * test and `npm run eval` hold it to that.
 *
 * It mirrors what the rules look up: the typo indexes (typo.ts), the strict
 * and loose skeletons and the near skeleton one edit away (homoglyph.ts), brand prefixes (combosquat.ts,
 * embedding.ts), real hosts and their stems starting at a subdomain label (embedding.ts),
 * brand tokens across dots (splitBrandRule), the company's
 * labels (tld-swap.ts), sign-in and corporate words (keyword-shape.ts),
 * IdP aliases (idp-alias.ts), the company's initials (initials.ts) and
 * short forms run into sign-in words (short-form.ts; a fake tenant,
 * fake-tenant.ts, needs a distinctive IdP's name as the registrable label,
 * which the skeleton look-up lets through),
 * over the same label cores as subject.ts. A change to any of these must
 * change this file. Two entry points: mayResemble for a parsed host, and
 * hostnameMayMatch for a plain host name before parsing (score.ts).
 */
import { hostStartsAt, inLongReach, PREFIX, prefixKey, stemStartsAt, type BrandIndex } from './brand-index.ts';
import type { Brand } from './brands.ts';
import { boundedDamerau } from './distance.ts';
import type { Engine } from './engine.ts';
import { pairAt, pairTable } from './pair-table.ts';
import { bufferFor, codesToString, hasTypoDigit, letterCodes, nearCodes, skeletonHashes, typoCodes } from './fold-codes.ts';
import type { HostInfo } from './host.ts';
import { matchHostSet } from './host-set.ts';
import { initialsIn } from './rules/initials.ts';
import { JOINED_WORDS_BY_EDGE } from './rules/short-form.ts';
import { joinedShortForm, shortFormOf } from './short-forms.ts';
import { CORPORATE_TRIGGERS, JOINED_CORPORATE_TRIGGERS, joinedShortName, SHAPE_TRIGGERS } from './rules/keyword-shape.ts';
import { brandWithinTypoReach } from './rules/typo.ts';
import { edgeWordMask, isKnownWord, wordsAround, type Vocabulary } from './segment.ts';
import { someDeletionHash, someTwoDeletionHash } from './string-hash.ts';

const ALL_DIGITS = /^\d+$/;
/** The last two letters of keyword-shape.ts's joined corporate words: one bit per label before any string is cut. */
const JOINED_TAILS = pairTable(JOINED_CORPORATE_TRIGGERS.map((w) => w.slice(-2)));

/** short-form.ts: the start of a company name run into a sign-in word ("mongosso", "ssotmo"). */
function joinedShortFormIn(label: string, engine: Engine): boolean {
  return engine.shortForms.starts.size > 0 && joinedShortForm(label, engine.shortForms, JOINED_WORDS_BY_EDGE) !== undefined;
}

function endsWithCorporateWord(label: string): boolean {
  if (label.length < 4 || !pairAt(JOINED_TAILS, label, label.length - 2)) return false;
  return JOINED_CORPORATE_TRIGGERS.some((w) => label.endsWith(w));
}


/**
 * A deletion-hash look-up that confirms each hit on the spot: one of the
 * brands stored under the hash lies within `max` edits of the codes, read
 * as a string (built at the first hit only). One per index, reused for
 * every label.
 */
class ConfirmedHit {
  private codes: Uint16Array = new Uint16Array(0);
  private length = 0;
  private text: string | undefined;
  private byHash: ReadonlyMap<number, readonly Brand[]> = new Map();

  constructor(
    private readonly form: (b: Brand) => string,
    private readonly max: number,
  ) {}

  readonly confirm = (hash: number): boolean => {
    this.text ??= codesToString(this.codes, this.length);
    for (const b of this.byHash.get(hash) ?? []) if (boundedDamerau(this.text, this.form(b), this.max) <= this.max) return true;
    return false;
  };

  /** Ready for the codes of one label; returns `confirm`. */
  on(codes: Uint16Array, n: number, byHash: ReadonlyMap<number, readonly Brand[]>): (hash: number) => boolean {
    this.codes = codes;
    this.length = n;
    this.text = undefined;
    this.byHash = byHash;
    return this.confirm;
  }
}

/** A brand one edit from the near skeleton in `codes` (homoglyph.ts's nearMatches). */
const nearConfirm = new ConfirmedHit((b) => b.near, 1);
function nearHit(codes: Uint16Array, n: number, index: BrandIndex): boolean {
  return someDeletionHash(codes, n, index.nearDeletionHashes, true, nearConfirm.on(codes, n, index.byNearDeletion));
}

/** A long brand two edits from the typo form in `codes` (typoCandidates' long-brand index). */
const longConfirm = new ConfirmedHit((b) => b.typo, 2);
function longHit(codes: Uint16Array, n: number, index: BrandIndex): boolean {
  return someTwoDeletionHash(codes, n, index.longDeletionHashes, longConfirm.on(codes, n, index.byLongDeletion));
}

const typoScratch = new Uint16Array(128);
const letterScratch = new Uint16Array(128);
const nearScratch = new Uint16Array(128);
const hashes = new Uint32Array(2);

/**
 * Could `text` (hyphen-free) be a typo or homoglyph of a brand? The typo
 * form, then the skeletons hashed straight from the letter fold (which is
 * the typo form itself unless a 3, 4, 7 or 8 was read as a letter).
 */
function coreMayMatch(text: string, index: BrandIndex, oneEditNear = true): boolean {
  const typo = bufferFor(text, typoScratch);
  const n = typoCodes(text, typo);
  if (n >= 2 && someDeletionHash(typo, n, index.deletionHashes, true) && brandWithinTypoReach(index, codesToString(typo, n), text) !== undefined) return true;
  if (inLongReach(index, n) && longHit(typo, n, index)) return true;
  let letters = typo;
  let len = n;
  if (hasTypoDigit(text)) {
    letters = bufferFor(text, letterScratch);
    len = letterCodes(text, letters);
  }
  skeletonHashes(letters, len, hashes);
  if (index.skeletonHashes.has(hashes[0] as number) || index.looseHashes.has(hashes[1] as number)) return true;
  // One edit from a brand's near skeleton (registrable labels only), for lengths within one of such a brand's:
  // pairs make the near form at most as long as the text and at least half as long.
  const { min, max } = index.nearLengths;
  if (!oneEditNear || text.length < min - 1 || (text.length + 1) >> 1 > max + 1) return false;
  const nearForm = bufferFor(text, nearScratch);
  const m = nearCodes(text, nearForm);
  return m >= min - 1 && m <= max + 1 && nearHit(nearForm, m, index);
}


/**
 * Does a brand token occur in `flat` (other than as the whole of it) where
 * it can count? `mustExplain` decides, for a hit, whether the letters
 * around it must be known words for any rule to care (combosquat.ts's
 * comboScore for short brands inside a word; embedding.ts always).
 */
function containsBrand(flat: string, index: BrandIndex, vocab: Vocabulary, mustExplain: (b: Brand) => boolean): boolean {
  for (let i = 0; i + PREFIX <= flat.length; i++) {
    const key = prefixKey(flat, i);
    if (!index.prefixKeys.has(key)) continue;
    for (const brand of index.byPrefix.get(key) ?? []) {
      const end = i + brand.token.length;
      if (!flat.startsWith(brand.token, i) || (i === 0 && end === flat.length)) continue;
      if (!mustExplain(brand) || wordsAround(flat, i, end, vocab, brand.token)) return true;
    }
  }
  return false;
}

/**
 * comboScore is 0 for a brand under five letters inside a word with
 * unknown letters beside it ("attack"), unless it is a distinctive IdP
 * name. In a hyphenated label a hyphen may align the brand: `never` (the
 * words need not explain the rest).
 */
const shortInsideWord = (b: Brand): boolean => b.token.length < 5 && !b.idp?.distinctive;
const never = (): boolean => false;
const always = (): boolean => true;

/** The hyphen-token cores of subject.ts: the non-words joined, and each non-word alone. */
function tokenCoresMayMatch(tokens: readonly string[], vocab: Vocabulary, index: BrandIndex): boolean {
  const kept = tokens.filter((t) => !isKnownWord(t, vocab) && !ALL_DIGITS.test(t));
  if (kept.length > 0 && kept.length < tokens.length && coreMayMatch(kept.join(''), index)) return true;
  return kept.length > 1 && kept.some((t) => coreMayMatch(t, index));
}

/** The cores left when sign-in or corporate words come off either end (subject.ts's stripEdgeKeywords). */
function edgeCoresMayMatch(flat: string, vocab: Vocabulary, index: BrandIndex): boolean {
  for (let mask = edgeWordMask(flat, vocab.heads, false, 3), k = 0; mask !== 0; mask >>>= 1, k++) {
    if (mask & 1 && coreMayMatch(flat.slice(k), index)) return true;
  }
  for (let mask = edgeWordMask(flat, vocab.tails, true, 3), k = 0; mask !== 0; mask >>>= 1, k++) {
    if (mask & 1 && coreMayMatch(flat.slice(0, flat.length - k), index)) return true;
  }
  return false;
}

function registrableLabelMayMatch(label: string, engine: Engine): boolean {
  const { brands, vocab } = engine;
  if (engine.protectedByLabel.has(label)) return true;
  // keyword-shape.ts: a sign-in or corporate word among hyphen tokens, or a corporate word ending the label.
  if (endsWithCorporateWord(label)) return true;
  if (joinedShortFormIn(label, engine)) return true;
  // keyword-shape.ts's joined short name ("o2sso").
  const names = engine.twoLetterNames;
  if (names && (pairAt(names, label, 0) || pairAt(names, label, label.length - 2)) && joinedShortName(label, engine.vocab.strong, engine.protectedByLabel)) return true;
  let flat = label;
  if (label.includes('-')) {
    const tokens = label.split('-').filter((t) => t.length > 0);
    // keyword-shape.ts's triggers, and idp-alias.ts's aliases.
    // A company name under three letters as a token (keyword-shape.ts's short-name combos).
    const trigger = (t: string): boolean => SHAPE_TRIGGERS.has(t) || CORPORATE_TRIGGERS.has(t) || engine.aliases.has(t) || (t.length < 3 && engine.protectedByLabel.has(t));
    if (tokens.length > 1 && tokens.some(trigger)) return true;
    // short-form.ts: a short form of the company's name beside any sign-in or product word ("klav-workday").
    if (tokens.length > 1 && engine.shortForms.byInitial.size > 0 && tokens.some((t) => vocab.strong.has(t)) && tokens.some((t) => shortFormOf(t, engine.shortForms, vocab) !== undefined)) return true;
    if (tokens.length > 1 && tokenCoresMayMatch(tokens, vocab, brands)) return true;
    flat = tokens.join('');
  }
  // initials.ts: the company's initials among known words (its pair table answers most positions, no string built).
  if (engine.initials.size > 0 && initialsIn(flat, vocab, engine.initials, engine.initialsPairs).length > 0) return true;
  return (
    // Cheapest first: a lookalike stops the screen early, an ordinary host pays for all three.
    containsBrand(flat, brands, vocab, flat === label ? shortInsideWord : never) ||
    coreMayMatch(flat, brands) ||
    edgeCoresMayMatch(flat, vocab, brands)
  );
}

/** A brand written across the dots ("ad.obe.com", "cis.co.com"): runs of two or more labels before the last. */
function brandAcrossDots(hostname: string, index: BrandIndex): boolean {
  if (hostname.indexOf('.') === hostname.lastIndexOf('.')) return false;
  const labels = hostname.split('.');
  for (let from = 0; from + 2 < labels.length; from++) {
    let joined = (labels[from] ?? '').replace(/-/g, '');
    for (let to = from + 1; to + 1 < labels.length; to++) {
      joined += (labels[to] ?? '').replace(/-/g, '');
      if (index.byToken.has(joined)) return true;
    }
  }
  return false;
}

/**
 * Does a real host of a brand, or its stem (the host without its ending),
 * start at `offset`, where `label` begins (embedding.ts's embeddedHost and
 * stemAt)?
 */
function realHostAt(hostname: string, offset: number, label: string, index: BrandIndex): boolean {
  const hosts = index.byHostHead.get(label);
  if (hosts?.some(({ host }) => hostStartsAt(hostname, offset, host))) return true;
  const stems = index.byStemHead.get(label);
  return stems !== undefined && stems.some(({ stem }) => stemStartsAt(hostname, offset, stem));
}

function subdomainsMayMatch(info: HostInfo, index: BrandIndex, vocab: Vocabulary): boolean {
  let offset = 0;
  for (const label of info.subdomainLabels) {
    // IDN subdomain labels go to the rules, as IDN registrable labels do.
    if (label.startsWith('xn--')) return true;
    const flat = label.includes('-') ? label.replace(/-/g, '') : label;
    // embeddingRule counts a brand inside a subdomain label only beside known words; a look-alike spelling of one alone.
    if (index.byToken.has(flat) || containsBrand(flat, index, vocab, always) || coreMayMatch(flat, index, false)) return true;
    if (realHostAt(info.hostname, offset, label, index)) return true;
    offset += label.length + 1;
  }
  return brandAcrossDots(info.hostname, index);
}

/**
 * False only when no lookalike rule can fire for this host (not trusted,
 * not an IdP's own domain: score.ts has settled those). IDN labels always
 * go to the rules.
 */
export function mayResemble(info: HostInfo, engine: Engine): boolean {
  const label = info.domainLabel;
  if (!label || label !== info.domainLabelUnicode) return true;
  return registrableLabelMayMatch(label, engine) || subdomainsMayMatch(info, engine.brands, engine.vocab);
}

/**
 * The same question asked of a plain host name before it is parsed. Every
 * label but the last is screened as if it were the registrable label: the
 * registrable label is one of them, and its checks take in the subdomain
 * checks (a whole-label brand is a typo at distance 0 or, for a short IdP
 * name, a skeleton hit; a brand inside a label counts there whenever it
 * counts in a subdomain). Hosts on one of the policy's lists (protected,
 * allowlisted, blocked, or an IdP's tenant domain when the company has a
 * tenant there) always go to the full path. False only when scoring would
 * end in a plain `allow`.
 */
export function hostnameMayMatch(hostname: string, engine: Engine): boolean {
  if (matchHostSet(hostname, engine.listedHosts) !== null) return true;
  let start = 0;
  for (let dot = hostname.indexOf('.'); dot !== -1; dot = hostname.indexOf('.', start)) {
    const label = hostname.slice(start, dot);
    if (registrableLabelMayMatch(label, engine)) return true;
    // A subdomain label has two labels or more after it (the registrable domain).
    if (hostname.indexOf('.', dot + 1) !== -1 && realHostAt(hostname, start, label, engine.brands)) return true;
    start = dot + 1;
  }
  return brandAcrossDots(hostname, engine.brands);
}
