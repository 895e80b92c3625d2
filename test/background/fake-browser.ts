/**
 * A small in-memory stand-in for the parts of webextension-polyfill that
 * events.ts and reporting.ts use: storage areas with onChanged, alarms and
 * runtime.getManifest. Storage get/set are async on purpose (a macrotask
 * apart) so unserialised read-modify-write would actually lose writes.
 */
type Listener<A extends unknown[]> = (...args: A) => void;

function event<A extends unknown[]>() {
  const listeners: Listener<A>[] = [];
  return {
    listeners,
    addListener: (l: Listener<A>) => listeners.push(l),
    removeListener: (l: Listener<A>) => listeners.splice(listeners.indexOf(l) >>> 0, 1),
    fire: (...args: A) => listeners.forEach((l) => l(...args)),
  };
}

const tick = () => new Promise<void>((r) => setImmediate(r));
const clone = <T>(v: T): T => (v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T));

export function makeFakeBrowser() {
  const onChanged = event<[Record<string, { oldValue?: unknown; newValue?: unknown }>, string]>();

  function area(name: string, opts: { throwOnGet?: boolean } = {}) {
    const data: Record<string, unknown> = {};
    return {
      data,
      throwOnGet: opts.throwOnGet ?? false,
      async get(keys?: string | string[] | null) {
        await tick();
        if (this.throwOnGet) throw new Error('Managed storage manifest not found');
        const list = keys === undefined || keys === null ? Object.keys(data) : Array.isArray(keys) ? keys : [keys];
        const out: Record<string, unknown> = {};
        for (const k of list) if (k in data) out[k] = clone(data[k]);
        return out;
      },
      async set(items: Record<string, unknown>) {
        await tick();
        const changes: Record<string, { oldValue?: unknown; newValue?: unknown }> = {};
        for (const [k, v] of Object.entries(items)) {
          changes[k] = { oldValue: data[k], newValue: clone(v) };
          data[k] = clone(v);
        }
        onChanged.fire(changes, name);
      },
      async remove(keys: string | string[]) {
        await tick();
        for (const k of Array.isArray(keys) ? keys : [keys]) Reflect.deleteProperty(data, k);
      },
    };
  }

  const alarms = new Map<string, { name: string; scheduledTime: number }>();
  return {
    storage: { local: area('local'), managed: area('managed', { throwOnGet: true }), session: area('session'), onChanged },
    alarms: {
      store: alarms,
      async create(name: string, info: { when: number }) {
        alarms.set(name, { name, scheduledTime: info.when });
      },
      async get(name: string) {
        return alarms.get(name);
      },
      async clear(name: string) {
        return alarms.delete(name);
      },
      onAlarm: event<[{ name: string; scheduledTime: number }]>(),
    },
    runtime: { getManifest: () => ({ version: '9.8.7' }), onStartup: event<[]>() },
  };
}

export type FakeBrowser = ReturnType<typeof makeFakeBrowser>;
