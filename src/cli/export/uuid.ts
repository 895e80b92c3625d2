/**
 * Name-based (version 5, SHA-1) UUIDs, RFC 9562. A configuration profile
 * exported twice from the same policy gets the same PayloadUUIDs, so the
 * output is reproducible and diffable; a changed policy gets new ones.
 */
import { createHash } from 'node:crypto';

/** Namespace for Lookalike Guard profiles (a fixed random UUID). */
export const PROFILE_NAMESPACE = '3b0f6a52-5d1e-4c8e-9a57-2f1c7e9d4b60';

export function uuidV5(name: string, namespace = PROFILE_NAMESPACE): string {
  const ns = Buffer.from(namespace.replace(/-/g, ''), 'hex');
  const hash = createHash('sha1').update(ns).update(name, 'utf8').digest();
  const b = hash.subarray(0, 16);
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x50;
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80;
  const hex = b.toString('hex').toUpperCase();
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
