/**
 * Per-policy indexes over brands, built once by buildEngine, so scoring a
 * host costs a few map look-ups instead of a comparison with every brand:
 * exact token, confusable skeleton, first three letters (for finding a
 * brand inside a longer label) and the SymSpell deletion neighbourhood of
 * the typo form (for edit distance 1, and 2 for long brands).
 */
import type { Brand } from './brands.ts';
import { HashSet32 } from './hash-set.ts';
import { isHostError, parseHost } from './host.ts';
import { deletions } from './label-forms.ts';
import { forEachDeletionHash, hashString } from './string-hash.ts';

export interface BrandIndex {
  brands: readonly Brand[];
  /** The brands of the distinctive IdPs (Okta, OneLogin, ...): the names a misspelt tenant domain is compared with (embedding.ts). */
  distinctiveIdpBrands: readonly Brand[];
  byToken: ReadonlyMap<string, readonly Brand[]>;
  bySkeleton: ReadonlyMap<string, readonly Brand[]>;
  /** looseSkeleton -> brands long enough for the loose tier. */
  byLooseSkeleton: ReadonlyMap<string, readonly Brand[]>;
  /** hashString of the near skeleton and its one-letter deletions -> brands long enough for a match one edit away. */
  byNearDeletion: ReadonlyMap<number, readonly Brand[]>;
  /** Length of the loose skeleton -> brands of the loose tier (IDN labels with letters the data does not map). */
  byLooseLength: ReadonlyMap<number, readonly Brand[]>;
  /** prefixKey of each brand's first three letters. */
  byPrefix: ReadonlyMap<number, readonly Brand[]>;
  /** hashString of each brand's typo form and its deletions (see string-hash.ts). */
  byDeletion: ReadonlyMap<number, readonly Brand[]>;
  /** The same for brands of ANY_TWO_EDITS_MIN letters or more, probed with the label's two-letter deletions. */
  byLongDeletion: ReadonlyMap<number, readonly Brand[]>;
  /**
   * First label of each real host a brand stands for -> those hosts, so a
   * subdomain label can be checked for "a real host starts here"
   * (embedding.ts): "live" -> live.com, "login" -> login.acme.com.
   */
  byHostHead: ReadonlyMap<string, readonly HostOfBrand[]>;
  /**
   * First label of each real host's stem (the host without its public
   * suffix, two labels or more) -> those stems: "acme" -> acme.okta (of
   * acme.okta.com), "login" -> login.microsoftonline. embedding.ts reads a
   * stem that starts the subdomain part as the host with another ending.
   */
  byStemHead: ReadonlyMap<string, readonly HostStem[]>;
  /** The keys of byDeletion and byPrefix, and hashString of every key of bySkeleton and byLooseSkeleton: the screen's look-ups. */
  deletionHashes: HashSet32;
  prefixKeys: HashSet32;
  skeletonHashes: HashSet32;
  looseHashes: HashSet32;
  nearDeletionHashes: HashSet32;
  longDeletionHashes: HashSet32;
  /** Label lengths (typo form) that can be two edits from a long brand: its length to its length + 2 (min > max when none). */
  longLengths: { min: number; max: number };
  /** Shortest and longest near skeleton in byNearDeletion (min > max when there is none). */
  nearLengths: { min: number; max: number };
}

export interface HostOfBrand {
  host: string;
  brand: Brand;
}

export interface HostStem extends HostOfBrand {
  /** The host without its public suffix: "acme.okta" of acme.okta.com. */
  stem: string;
  /** How many labels the stem has. */
  labels: number;
}

/** A real host's stem, when it has two labels or more ("login.acme" of login.acme.co.uk), else null. */
function stemOf(host: string): string | null {
  const info = parseHost(host);
  if (isHostError(info) || !info.suffix || info.hostname !== host) return null;
  const stem = host.slice(0, host.length - info.suffix.length - 1);
  return stem.includes('.') ? stem : null;
}

/**
 * Does the stem `stem` start the subdomain part of `hostname` at `offset`,
 * two labels or more (a registrable domain) still after it? "acme.okta.evil.ru"
 * holds acme.okta at 0. The embedding rule and the screen ask this of byStemHead.
 */
export function stemStartsAt(hostname: string, offset: number, stem: string): boolean {
  const end = offset + stem.length;
  if (hostname.charCodeAt(end) !== 0x2e || !hostname.startsWith(stem, offset)) return false;
  const next = hostname.indexOf('.', end + 1);
  return next !== -1 && next < hostname.length - 1;
}

/**
 * Does `hostname` hold the real host `host` starting at `offset`, followed
 * by a dot, a hyphen or a digit (acme.com.evil.net, acme.com-secure.io,
 * acme.com8812.xyz)? Digits run on from the real ending make no word; a
 * letter may ("acme.company.io"). The embedding rule and the screen ask
 * the same question of byHostHead.
 */
export function hostStartsAt(hostname: string, offset: number, host: string): boolean {
  const next = hostname.charCodeAt(offset + host.length);
  return (next === 0x2e || next === 0x2d || (next >= 0x30 && next <= 0x39)) && hostname.startsWith(host, offset);
}

/**
 * Heads shorter than this are left to the brand's token: "web.app",
 * "g.co" and "aka.ms" begin ordinary host names ("web.app.acme.io").
 */
export const MIN_HOST_HEAD = 4;

/** Brands this long (typo form) also match at edit distance 2. */
export const DISTANCE_TWO_MIN = 9;
export const PREFIX = 3;
/**
 * Brands this long also match on the loose skeleton; so do the distinctive
 * IdP names of four letters ("okta": "oikta", "olkta"), which no ordinary
 * word reads as.
 */
export const LOOSE_MIN = 5;
const LOOSE_MIN_DISTINCTIVE_IDP = 4;
/**
 * Brands this long also match one edit away on the near skeleton: a
 * look-alike letter plus a slip ("cllropbox", "rodlinhoodl"). Shorter names
 * sit one such edit from too many words ("openmpi" reads one from
 * "openai"). Of the IdPs, only the distinctive names (OneLogin, JumpCloud,
 * Ping Identity): the others are common words or compounds of them
 * ("microsoft", "office365") and keep their own typo limits (typo.ts).
 */
export const NEAR_MIN = 7;
/**
 * Brands this long (typo form) match any two edits, also two changed or
 * added letters ("myelherwaflet", "rmyetherewallet" for myetherwallet).
 * From nine letters only two lost letters, or one lost and one changed,
 * count: two changed letters of a shorter name make other words
 * ("expression" for expressvpn, "blackjack" for blackrock).
 */
export const ANY_TWO_EDITS_MIN = 12;

function push<K>(map: Map<K, Brand[]>, key: K, brand: Brand): void {
  const list = map.get(key);
  if (!list) map.set(key, [brand]);
  else if (!list.includes(brand)) list.push(brand);
}

export function buildBrandIndex(brands: readonly Brand[]): BrandIndex {
  const byToken = new Map<string, Brand[]>();
  const bySkeleton = new Map<string, Brand[]>();
  const byLooseSkeleton = new Map<string, Brand[]>();
  const byPrefix = new Map<number, Brand[]>();
  const byDeletion = new Map<number, Brand[]>();
  const byLongDeletion = new Map<number, Brand[]>();
  const longLengths = { min: Infinity, max: -Infinity };
  const byNearDeletion = new Map<number, Brand[]>();
  const byLooseLength = new Map<number, Brand[]>();
  const nearLengths = { min: Infinity, max: -Infinity };
  const byHostHead = new Map<string, HostOfBrand[]>();
  const byStemHead = new Map<string, HostStem[]>();
  for (const b of brands) {
    // An IdP's hosts are its family domains; its sign-in host (the target) has the stem ("login.microsoftonline").
    for (const host of b.idp ? [b.target] : b.hosts) {
      const stem = stemOf(host);
      if (!stem) continue;
      const head = stem.slice(0, stem.indexOf('.'));
      const list = byStemHead.get(head) ?? [];
      if (!list.some((x) => x.stem === stem)) list.push({ stem, labels: stem.split('.').length, host, brand: b });
      byStemHead.set(head, list);
    }
    for (const host of b.hosts) {
      const head = host.slice(0, host.indexOf('.'));
      if (head.length < MIN_HOST_HEAD && head.replace(/-/g, '') !== b.token) continue;
      const list = byHostHead.get(head) ?? [];
      if (!list.some((x) => x.host === host && x.brand === b)) list.push({ host, brand: b });
      byHostHead.set(head, list);
    }
    push(byToken, b.token, b);
    push(bySkeleton, b.skeleton, b);
    if (b.token.length >= (b.idp?.distinctive ? LOOSE_MIN_DISTINCTIVE_IDP : LOOSE_MIN)) {
      push(byLooseSkeleton, b.loose, b);
      push(byLooseLength, b.loose.length, b);
      if (b.token.length >= NEAR_MIN && (!b.idp || b.idp.distinctive)) {
        push(byNearDeletion, hashString(b.near), b);
        nearLengths.min = Math.min(nearLengths.min, b.near.length);
        nearLengths.max = Math.max(nearLengths.max, b.near.length);
        forEachDeletionHash(b.near, (h) => push(byNearDeletion, h, b));
      }
    }
    push(byPrefix, prefixKey(b.token, 0), b);
    // A long brand's neighbourhood goes into its own index too (typo.ts's typoReach: IdP names keep to one edit).
    const long = b.typo.length >= ANY_TWO_EDITS_MIN && !b.idp;
    if (long) {
      longLengths.min = Math.min(longLengths.min, b.typo.length);
      longLengths.max = Math.max(longLengths.max, b.typo.length + 2);
    }
    const add = (h: number): void => {
      push(byDeletion, h, b);
      if (long) push(byLongDeletion, h, b);
    };
    add(hashString(b.typo));
    for (const d1 of deletions(b.typo)) {
      add(hashString(d1));
      if (b.typo.length >= DISTANCE_TWO_MIN) for (const d2 of deletions(d1)) add(hashString(d2));
    }
  }
  return {
    brands, distinctiveIdpBrands: brands.filter((b) => b.idp?.distinctive), byToken, bySkeleton, byLooseSkeleton, byNearDeletion, byLooseLength, byPrefix, byDeletion, byLongDeletion, byHostHead, byStemHead,
    deletionHashes: new HashSet32(byDeletion.keys()),
    prefixKeys: new HashSet32(byPrefix.keys()),
    skeletonHashes: new HashSet32([...bySkeleton.keys()].map(hashString)),
    looseHashes: new HashSet32([...byLooseSkeleton.keys()].map(hashString)),
    nearDeletionHashes: new HashSet32(byNearDeletion.keys()),
    longDeletionHashes: new HashSet32(byLongDeletion.keys()),
    longLengths,
    nearLengths,
  };
}

/** Can `length` (a label's typo form) be two edits from a brand of ANY_TWO_EDITS_MIN letters or more? */
export function inLongReach(index: BrandIndex, length: number): boolean {
  return length >= index.longLengths.min && length <= index.longLengths.max;
}

/**
 * Brands whose typo form may be within distance 1 of `typo` (2 for
 * brands of nine letters when the label lost letters, any two edits for
 * brands of twelve). The label side is expanded by one deletion, by two
 * against the long brands' index; `twoSided` expands it by two against
 * every brand: that costs ~50 look-ups per host, spent only on IDN labels,
 * where two swapped characters are the usual attack.
 */
export function typoCandidates(index: BrandIndex, typo: string, twoSided = false): Brand[] {
  const out: Brand[] = [];
  const look = collectOnHit(index.deletionHashes, index.byDeletion, out);
  look(hashString(typo));
  forEachDeletionHash(typo, look);
  // Two deletions on the label's side: against every brand for IDN labels (which takes in the long brands, whose
  // neighbourhoods byDeletion holds too), else against the long brands only.
  const lookTwo =
    twoSided && typo.length >= DISTANCE_TWO_MIN - 1 ? look
    : inLongReach(index, typo.length) ? collectOnHit(index.longDeletionHashes, index.byLongDeletion, out)
    : null;
  if (lookTwo) for (const d1 of deletions(typo)) forEachDeletionHash(d1, lookTwo);
  return out;
}

/**
 * A look-up for deletion hashes that adds the brands stored under a hit
 * to `out`, once each. The hash set answers most misses with one bit; the
 * map is read only on a hit.
 */
function collectOnHit(keys: HashSet32, byHash: ReadonlyMap<number, readonly Brand[]>, out: Brand[]): (hash: number) => void {
  return (h) => {
    if (!keys.has(h)) return;
    for (const b of byHash.get(h) ?? []) if (!out.includes(b)) out.push(b);
  };
}

/**
 * Brands whose near skeleton may be within one edit of `near` (either
 * side one deletion, as the typo index): verify with a distance.
 */
export function nearCandidates(index: BrandIndex, near: string): Brand[] {
  const out: Brand[] = [];
  const look = collectOnHit(index.nearDeletionHashes, index.byNearDeletion, out);
  look(hashString(near));
  forEachDeletionHash(near, look);
  return out;
}

/** Numeric key of the three characters at `i`, no string built. */
export function prefixKey(s: string, i: number): number {
  return (Math.imul(s.charCodeAt(i), 0x10000) ^ Math.imul(s.charCodeAt(i + 1), 0x100) ^ s.charCodeAt(i + 2)) >>> 0;
}
