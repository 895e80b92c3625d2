/**
 * The settings form, generated from POLICY_CATALOGUE: one labelled control
 * per key, its description as the accessible hint, an error slot, and a lock
 * when the key is set by managed policy.
 */
import { DEFAULT_POLICY, POLICY_CATALOGUE, POLICY_KEYS, type KeySpec, type PolicyKey } from '../../core/policy-catalogue.ts';
import { h, replaceChildren } from '../shared/dom.ts';
import { formToRaw, rawToForm, type FieldValue } from './field-codec.ts';

export interface Field {
  key: PolicyKey;
  spec: KeySpec;
  row: HTMLElement;
  control: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
  errorSlot: HTMLElement;
  lockNote: HTMLElement;
  locked: boolean;
}

function controlFor(key: PolicyKey, spec: KeySpec): Field['control'] {
  const id = `f-${key}`;
  switch (spec.kind) {
    case 'hostList':
    case 'wordList':
    case 'headers':
      return h('textarea', {
        id,
        attrs: {
          rows: spec.kind === 'headers' ? '3' : '4',
          spellcheck: 'false',
          autocapitalize: 'off',
          autocomplete: 'off',
          placeholder: spec.kind === 'headers' ? 'Authorization: Bearer …' : 'one a line',
        },
      });
    case 'boolean':
      return h('input', { id, attrs: { type: 'checkbox' } });
    case 'enum':
      return h('select', { id }, ...(spec.values ?? []).map((v) => h('option', { attrs: { value: v } }, v)));
    case 'url':
      return h('input', {
        id,
        attrs: { type: 'url', spellcheck: 'false', autocomplete: 'off', placeholder: 'https://siem.example.com/hook', inputmode: 'url' },
      });
  }
}

export function buildForm(container: HTMLElement): Map<PolicyKey, Field> {
  const fields = new Map<PolicyKey, Field>();
  for (const key of POLICY_KEYS) {
    const spec = POLICY_CATALOGUE[key];
    const control = controlFor(key, spec);
    const hintId = `h-${key}`;
    const errorId = `e-${key}`;
    control.setAttribute('aria-describedby', `${hintId} ${errorId}`);
    const label = h('label', { attrs: { for: control.id } }, spec.title);
    const lockNote = h('span', { class: 'lock', attrs: { hidden: '' } }, 'Set by your administrator');
    const errorSlot = h('div', { id: errorId, class: 'field-error', attrs: { 'aria-live': 'polite' } });
    const hint = h('p', { id: hintId, class: 'hint' }, spec.description, spec.kind === 'hostList' || spec.kind === 'wordList' ? ' One a line.' : '');
    const row =
      spec.kind === 'boolean'
        ? h('div', { class: `field field-${spec.kind}` }, h('div', { class: 'check' }, control, label, lockNote), hint, errorSlot)
        : h('div', { class: `field field-${spec.kind}` }, h('div', { class: 'label-line' }, label, lockNote), control, hint, errorSlot);
    container.appendChild(row);
    const field: Field = { key, spec, row, control, errorSlot, lockNote, locked: false };
    // Defaults, never the bare HTML state (an unchecked box, the first option),
    // and read-only until storage has been read: storage.managed can take
    // seconds on a cold start, and an edit made before then would be saved
    // on top of values the user never saw.
    setValue(field, rawToForm(spec, DEFAULT_POLICY[key]));
    control.disabled = true;
    fields.set(key, field);
  }
  return fields;
}

export function setValue(field: Field, value: FieldValue): void {
  if (field.control instanceof HTMLInputElement && field.control.type === 'checkbox') field.control.checked = value === true;
  else field.control.value = String(value);
}

export function getValue(field: Field): FieldValue {
  if (field.control instanceof HTMLInputElement && field.control.type === 'checkbox') return field.control.checked;
  return field.control.value;
}

export function readRaw(field: Field): unknown {
  return formToRaw(field.spec, getValue(field));
}

/**
 * A managed key: the control shows the administrator's value and cannot be
 * edited. Managed header values are masked; they are often bearer tokens.
 */
export function setLocked(field: Field, managedValue: unknown): void {
  field.locked = managedValue !== undefined;
  field.control.disabled = field.locked;
  field.row.classList.toggle('locked', field.locked);
  field.lockNote.hidden = !field.locked;
  if (!field.locked) return;
  const shown =
    field.spec.kind === 'headers' && typeof managedValue === 'object' && managedValue !== null
      ? Object.fromEntries(Object.keys(managedValue).map((k) => [k, '(hidden)']))
      : managedValue;
  setValue(field, rawToForm(field.spec, shown));
}

export function showFieldErrors(field: Field, messages: readonly string[]): void {
  field.control.setAttribute('aria-invalid', messages.length > 0 ? 'true' : 'false');
  field.row.classList.toggle('invalid', messages.length > 0);
  replaceChildren(field.errorSlot, messages.length === 0 ? null : h('ul', {}, ...messages.map((m) => h('li', {}, m))));
}

