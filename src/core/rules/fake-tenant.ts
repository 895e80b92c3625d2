/**
 * Fake tenant of the company: its name shortened or misspelt where an IdP
 * puts a tenant, on a domain named after that IdP that is not the IdP's:
 * "rbx.okta.bio" (consonants of roblox, Scattered Spider 2024),
 * "tmo.okta.bio", "roblx.onelogin.app". embedding.ts reads the company's
 * name itself there ("roblox.okta.bio", 0.90) and any other tenant-shaped
 * label (0.60, tied to the IdP, since the company may go by a name no
 * policy lists); this rule ties the label to the company when it reads as
 * one of its names: a short form (short-forms.ts), a typo within the typo
 * rule's reach, or its initials. The layout and the IdP's name on a domain
 * that is not the IdP's are the evidence; the label says whose sign-in it
 * copies.
 */
import type { BrandIndex } from '../brand-index.ts';
import type { Brand } from '../brands.ts';
import { typoForm } from '../label-forms.ts';
import { shortFormOf, type ShortFormTable } from '../short-forms.ts';
import type { Vocabulary } from '../segment.ts';
import type { Subject } from '../subject.ts';
import { isCommonWordNear } from './common-word.ts';
import { fakeIdpTenantLabel } from './embedding.ts';
import { brandName, evidence, type Evidence } from './evidence.ts';
import type { CompanyInitials } from './initials.ts';
import { brandWithinTypoReach } from './typo.ts';

export const FAKE_TENANT_OF_COMPANY_SCORE = 0.85;

/** How `label` reads as one of the company's names, if it does: the brand and the words for the reason. */
function readAsCompany(
  label: string,
  company: BrandIndex,
  shortForms: ShortFormTable,
  initials: ReadonlyMap<string, CompanyInitials>,
  vocab: Vocabulary,
): { brand: Brand; how: string } | undefined {
  const short = shortFormOf(label, shortForms, vocab);
  if (short) return { brand: short.brand, how: short.kind === 'start' ? 'the start of' : 'consonants of' };
  const misspelt = brandWithinTypoReach(company, typoForm(label), label, (b) => !isCommonWordNear(label, b));
  if (misspelt) return { brand: misspelt, how: 'a misspelling of' };
  const letters = initials.get(label);
  return letters ? { brand: letters.brand, how: 'the initials of' } : undefined;
}

export function fakeTenantRule(
  s: Subject,
  index: BrandIndex,
  company: BrandIndex,
  shortForms: ShortFormTable,
  initials: ReadonlyMap<string, CompanyInitials>,
  vocab: Vocabulary,
): Evidence[] {
  const found = fakeIdpTenantLabel(s, index);
  if (!found) return [];
  const read = readAsCompany(found.label.replace(/-/g, ''), company, shortForms, initials, vocab);
  if (!read) return [];
  const idp = found.idp.name;
  return [evidence('embedding', read.brand, FAKE_TENANT_OF_COMPANY_SCORE,
    `"${s.info.hostname}" puts "${found.label}", ${read.how} ${brandName(read.brand)}, where ${idp} puts a company's tenant, but ${s.info.domain ?? 'its domain'} is not ${idp}'s`)];
}
