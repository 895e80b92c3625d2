/**
 * Form text <-> raw policy values, one function pair per catalogue kind.
 * The raw value is what parsePolicy sees, so its errors name the same keys.
 */
import type { KeySpec } from '../../core/policy-catalogue.ts';

export type FieldValue = string | boolean;

/** A form value that cannot even be turned into a raw value (a header line without a colon). */
export interface FormatError {
  formatError: string;
}

export function isFormatError(v: unknown): v is FormatError {
  return typeof v === 'object' && v !== null && 'formatError' in v;
}

/** Lists are typed one entry a line; commas are accepted too because people paste them. */
export function textToList(text: string): string[] {
  return text
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

export function textToHeaders(text: string): Record<string, string> | FormatError {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (const [i, line] of lines.entries()) {
    if (line.trim() === '') continue;
    const m = /^([^:]+):(.*)$/.exec(line);
    if (!m?.[1]) return { formatError: `line ${i + 1}: write each header as "Name: value"` };
    out[m[1].trim()] = (m[2] ?? '').trim();
  }
  return out;
}

export function formToRaw(spec: KeySpec, value: FieldValue): unknown {
  switch (spec.kind) {
    case 'hostList':
    case 'wordList':
      return textToList(String(value));
    case 'boolean':
      return value === true;
    case 'enum':
      return String(value);
    case 'url':
      return String(value).trim();
    case 'headers':
      return textToHeaders(String(value));
  }
}

/** Best-effort text for any stored raw value, valid or not, so the user sees what is there. */
export function rawToForm(spec: KeySpec, raw: unknown): FieldValue {
  switch (spec.kind) {
    case 'hostList':
    case 'wordList':
      return Array.isArray(raw) ? raw.map((x) => (typeof x === 'string' ? x : JSON.stringify(x))).join('\n') : raw === undefined ? '' : JSON.stringify(raw);
    case 'boolean':
      return raw === true;
    case 'enum':
    case 'url':
      return typeof raw === 'string' ? raw : '';
    case 'headers':
      return typeof raw === 'object' && raw !== null && !Array.isArray(raw)
        ? Object.entries(raw as Record<string, unknown>)
            .map(([k, v]) => `${k}: ${typeof v === 'string' ? v : JSON.stringify(v)}`)
            .join('\n')
        : '';
  }
}
