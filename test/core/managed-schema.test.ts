import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { managedSchema, managedSchemaText, type SchemaNode } from '../../src/core/managed-schema.ts';
import { POLICY_CATALOGUE, POLICY_KEYS } from '../../src/core/policy-catalogue.ts';

const committed = readFileSync(new URL('../../managed_schema.json', import.meta.url), 'utf8');

// The attributes Chrome's policy schema parser accepts; anything else makes
// Chrome reject the whole schema.
const CHROME_ATTRIBUTES = new Set([
  'type', 'title', 'description', 'properties', 'items', 'enum',
  'additionalProperties', 'patternProperties', 'pattern', 'minimum', 'maximum', '$ref', 'id', 'required', 'sensitiveValue',
]);

function walk(node: SchemaNode, visit: (n: SchemaNode) => void): void {
  visit(node);
  for (const child of Object.values(node.properties ?? {})) walk(child, visit);
  if (node.items) walk(node.items, visit);
  if (node.additionalProperties) walk(node.additionalProperties, visit);
}

describe('managed_schema.json', () => {
  it('matches the catalogue (run `npm run gen:schema` after changing policy-catalogue.ts)', () => {
    expect(committed).toBe(managedSchemaText());
  });

  it('has one property per catalogue key, with its title and description', () => {
    const schema = JSON.parse(committed) as SchemaNode;
    expect(schema.type).toBe('object');
    expect(Object.keys(schema.properties ?? {})).toEqual(POLICY_KEYS);
    for (const key of POLICY_KEYS) {
      expect(schema.properties?.[key]?.title).toBe(POLICY_CATALOGUE[key].title);
      expect(schema.properties?.[key]?.description).toBe(POLICY_CATALOGUE[key].description);
    }
  });

  it('types each kind of key as Chrome expects', () => {
    const p = managedSchema().properties ?? {};
    expect(p['protectedDomains']).toMatchObject({ type: 'array', items: { type: 'string' } });
    expect(p['keywords']).toMatchObject({ type: 'array', items: { type: 'string' } });
    expect(p['allowBypass']).toMatchObject({ type: 'boolean' });
    expect(p['mode']).toMatchObject({ type: 'string', enum: ['block', 'warn', 'monitor'] });
    expect(p['sensitivity']).toMatchObject({ type: 'string', enum: ['low', 'balanced', 'high'] });
    expect(p['reportUrl']).toMatchObject({ type: 'string' });
    expect(p['reportHeaders']).toMatchObject({ type: 'object', additionalProperties: { type: 'string' } });
  });

  it('uses only attributes Chrome supports (no "default")', () => {
    walk(managedSchema(), (node) => {
      for (const attr of Object.keys(node)) expect(CHROME_ATTRIBUTES, attr).toContain(attr);
      expect(node).not.toHaveProperty('default');
    });
  });
});
