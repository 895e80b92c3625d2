/**
 * Writes managed_schema.json at the repo root from the policy catalogue.
 * The file is committed (the manifest references it and the build copies
 * it); test/core/managed-schema.test.ts fails when it drifts.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { managedSchemaText } from '../src/core/managed-schema.ts';

const out = fileURLToPath(new URL('../managed_schema.json', import.meta.url));
writeFileSync(out, managedSchemaText());
console.log(`wrote ${out}`);
