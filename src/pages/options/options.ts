/**
 * Options page: local settings for unmanaged installs, locked managed keys,
 * every current policy error, the event log with exports, and the report
 * queue. Reads and writes storage directly; the worker follows
 * storage.onChanged.
 */
import browser from 'webextension-polyfill';
import { eventsToCsv, eventsToJson, exportFileName } from '../../core/event-export.ts';
import { POLICY_CATALOGUE, POLICY_KEYS, type PolicyKey } from '../../core/policy-catalogue.ts';
import { resolvePolicy, type PolicyError } from '../../core/policy.ts';
import { EVENTS_KEY, LOCAL_POLICY_KEY, REPORT_DROPPED_KEY, REPORT_QUEUE_KEY, REPORT_RETRY_KEY } from '../../core/storage-keys.ts';
import { byId, h, replaceChildren } from '../shared/dom.ts';
import { eventTable, readEventLog } from '../shared/event-log.ts';
import { readLocalRaw, readManagedRaw } from '../shared/stored.ts';
import { downloadText } from './download.ts';
import { isFormatError, rawToForm } from './field-codec.ts';
import { nextLocalPolicy, validateRaw } from './local-policy.ts';
import { queueView, readQueueState } from './report-status.ts';
import { buildForm, readRaw, setLocked, setValue, showFieldErrors, type Field } from './policy-form.ts';

const SHOWN_EVENTS = 200;

const form = byId<HTMLFormElement>('policy-form');
const fieldsBox = byId('fields');
const saveStatus = byId('save-status');
const errorsBox = byId('policy-errors');
const managedNote = byId('managed-note');
const eventsBox = byId('event-log');
const queueBox = byId('report-queue');

const saveButton = byId<HTMLButtonElement>('save');
const fields: Map<PolicyKey, Field> = buildForm(fieldsBox);
let managedKeys: PolicyKey[] = [];
let dirty = false;

function errorItem(source: string, e: PolicyError): HTMLElement {
  const title = POLICY_CATALOGUE[e.key.split(/[[.]/, 1)[0] as PolicyKey]?.title;
  return h('li', {}, h('strong', {}, `${source}: `), h('code', {}, e.key), title ? ` (${title})` : '', ` ${e.message}`);
}

async function renderPolicy(refillForm: boolean): Promise<void> {
  const [managedRaw, localRaw] = await Promise.all([readManagedRaw(), readLocalRaw()]);
  const effective = resolvePolicy(managedRaw, localRaw);
  managedKeys = effective.managedKeys;

  for (const field of fields.values()) {
    const managedValue = effective.managed[field.key];
    if (refillForm || managedValue !== undefined || field.locked) {
      if (managedValue !== undefined) setLocked(field, managedValue);
      else {
        setLocked(field, undefined);
        setValue(field, rawToForm(field.spec, localRaw[field.key] ?? effective.policy[field.key]));
      }
    }
  }
  form.removeAttribute('aria-busy');
  saveButton.disabled = false;
  if (refillForm) {
    dirty = false;
    const byKey = validateRaw(localRaw);
    for (const field of fields.values()) showFieldErrors(field, field.locked ? [] : (byKey.get(field.key) ?? []));
  }

  managedNote.hidden = managedKeys.length === 0;
  replaceChildren(
    managedNote,
    `Your administrator manages ${managedKeys.length === 1 ? 'one setting' : `${managedKeys.length} settings`}: `,
    managedKeys.map((k) => POLICY_CATALOGUE[k].title).join(', '),
    '. Those are shown locked; your own values for them do not apply.',
  );

  const all = [...effective.managedErrors.map((e) => errorItem('Administrator policy', e)), ...effective.localErrors.map((e) => errorItem('Your settings', e))];
  replaceChildren(
    errorsBox,
    all.length === 0
      ? h('p', { class: 'ok' }, 'No policy errors.')
      : h('div', {}, h('p', {}, `${all.length} policy ${all.length === 1 ? 'value was' : 'values were'} ignored; the defaults apply for them and everything else still works.`), h('ul', {}, ...all)),
  );
  await renderQueue(effective.policy.reportUrl);
}

function collectEdits(): { edits: Partial<Record<PolicyKey, unknown>>; problems: Map<PolicyKey, string[]> } {
  const edits: Partial<Record<PolicyKey, unknown>> = {};
  const problems = new Map<PolicyKey, string[]>();
  for (const field of fields.values()) {
    if (field.locked) continue;
    const raw = readRaw(field);
    if (isFormatError(raw)) problems.set(field.key, [raw.formatError]);
    else edits[field.key] = raw;
  }
  const parsed = validateRaw(edits);
  for (const key of POLICY_KEYS) {
    const msgs = parsed.get(key);
    if (msgs) problems.set(key, [...(problems.get(key) ?? []), ...msgs]);
  }
  return { edits, problems };
}

function validateField(field: Field): void {
  if (field.locked) return;
  const raw = readRaw(field);
  showFieldErrors(field, isFormatError(raw) ? [raw.formatError] : (validateRaw({ [field.key]: raw }).get(field.key) ?? []));
}

async function save(): Promise<void> {
  if (saveButton.disabled) return;
  const { edits, problems } = collectEdits();
  for (const field of fields.values()) showFieldErrors(field, problems.get(field.key) ?? []);
  if (problems.size > 0) {
    saveStatus.className = 'status error';
    saveStatus.textContent = `Not saved: ${problems.size === 1 ? 'one setting needs' : `${problems.size} settings need`} fixing (marked below).`;
    fields.get([...problems.keys()][0] as PolicyKey)?.control.focus();
    return;
  }
  const next = nextLocalPolicy(await readLocalRaw(), edits, managedKeys);
  await browser.storage.local.set({ [LOCAL_POLICY_KEY]: next });
  dirty = false;
  saveStatus.className = 'status ok';
  saveStatus.textContent = `Saved at ${new Date().toLocaleTimeString()}. Changes apply at once.`;
}

let lastEvents: Awaited<ReturnType<typeof readEventLog>> = [];

async function renderEvents(): Promise<void> {
  lastEvents = await readEventLog();
  const shown = lastEvents.slice(-SHOWN_EVENTS);
  replaceChildren(
    eventsBox,
    lastEvents.length === 0
      ? h('p', {}, 'No events yet.')
      : eventTable(shown, shown.length < lastEvents.length ? `Newest ${shown.length} of ${lastEvents.length} events (exports include all)` : `${lastEvents.length} events, newest first`),
  );
}

async function renderQueue(reportUrl?: string): Promise<void> {
  const url = reportUrl ?? resolvePolicy(await readManagedRaw(), await readLocalRaw()).policy.reportUrl;
  replaceChildren(queueBox, queueView(await readQueueState(), url));
}

form.addEventListener('submit', (ev) => {
  ev.preventDefault();
  void save();
});
form.addEventListener('input', (ev) => {
  dirty = true;
  saveStatus.textContent = '';
  const target = ev.target as HTMLElement;
  const field = [...fields.values()].find((f) => f.control === target);
  if (field) validateField(field);
});
byId('revert').addEventListener('click', () => {
  saveStatus.textContent = '';
  void renderPolicy(true);
});
byId('export-json').addEventListener('click', () => {
  downloadText(exportFileName('json', new Date()), 'application/json', eventsToJson(lastEvents));
});
byId('export-csv').addEventListener('click', () => {
  downloadText(exportFileName('csv', new Date()), 'text/csv', eventsToCsv(lastEvents));
});

browser.storage.onChanged.addListener((changes, area) => {
  if (area === 'managed') void renderPolicy(!dirty);
  if (area !== 'local') return;
  if (LOCAL_POLICY_KEY in changes) void renderPolicy(!dirty);
  if (EVENTS_KEY in changes) void renderEvents();
  if (REPORT_QUEUE_KEY in changes || REPORT_DROPPED_KEY in changes || REPORT_RETRY_KEY in changes) void renderQueue();
});

void renderPolicy(true);
void renderEvents();
