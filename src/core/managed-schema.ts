/**
 * Chrome's storage.managed_schema, derived from the policy catalogue so the
 * manifest, the parser and the admin docs can never disagree about a key.
 *
 * Chrome validates managed policy against this schema and drops any value
 * that does not match, and it rejects the whole schema if it contains an
 * attribute its parser does not know. So only attributes Chrome's policy
 * schema supports appear here (type, title, description, properties, items,
 * enum, additionalProperties); in particular no "default": defaults live in
 * DEFAULT_POLICY and apply when a key is absent.
 */
import { POLICY_CATALOGUE, POLICY_KEYS, type KeySpec } from './policy-catalogue.ts';

export interface SchemaNode {
  type: 'object' | 'array' | 'string' | 'boolean' | 'integer' | 'number';
  title?: string;
  description?: string;
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  enum?: string[];
  additionalProperties?: SchemaNode;
}

function typeOf(spec: KeySpec): Omit<SchemaNode, 'title' | 'description'> {
  switch (spec.kind) {
    case 'hostList':
    case 'wordList':
      return { type: 'array', items: { type: 'string' } };
    case 'boolean':
      return { type: 'boolean' };
    case 'enum':
      return { type: 'string', enum: [...(spec.values ?? [])] };
    case 'url':
      return { type: 'string' };
    case 'headers':
      return { type: 'object', additionalProperties: { type: 'string' } };
  }
}

export function managedSchema(): SchemaNode {
  const properties: Record<string, SchemaNode> = {};
  for (const key of POLICY_KEYS) {
    const spec = POLICY_CATALOGUE[key];
    // title/description first so the committed file reads naturally.
    properties[key] = { title: spec.title, description: spec.description, ...typeOf(spec) };
  }
  return { type: 'object', properties };
}

/** The exact text of the committed managed_schema.json (2-space JSON, trailing newline). */
export function managedSchemaText(): string {
  return `${JSON.stringify(managedSchema(), null, 2)}\n`;
}
