/** A minimal XML property list writer for the value types policy uses. */
import { CliError } from '../errors.ts';

export type PlistValue = string | number | boolean | PlistValue[] | { [key: string]: PlistValue };

// XML 1.0 cannot carry most C0 controls at all, not even as references.
// eslint-disable-next-line no-control-regex -- detecting control characters is the point
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;

function text(s: string): string {
  if (NOT_XML.test(s)) throw new CliError(`"${s.slice(0, 40)}" contains a control character a property list cannot carry`);
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function node(value: PlistValue, indent: string): string[] {
  const inner = `${indent}  `;
  if (typeof value === 'string') return [`${indent}<string>${text(value)}</string>`];
  if (typeof value === 'boolean') return [`${indent}<${value ? 'true' : 'false'}/>`];
  if (typeof value === 'number') return [Number.isInteger(value) ? `${indent}<integer>${value}</integer>` : `${indent}<real>${value}</real>`];
  if (Array.isArray(value)) {
    if (value.length === 0) return [`${indent}<array/>`];
    return [`${indent}<array>`, ...value.flatMap((v) => node(v, inner)), `${indent}</array>`];
  }
  const entries = Object.entries(value);
  if (entries.length === 0) return [`${indent}<dict/>`];
  return [`${indent}<dict>`, ...entries.flatMap(([k, v]) => [`${inner}<key>${text(k)}</key>`, ...node(v, inner)]), `${indent}</dict>`];
}

export function plist(root: PlistValue): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">',
    '<plist version="1.0">',
    ...node(root, ''),
    '</plist>',
    '',
  ].join('\n');
}
