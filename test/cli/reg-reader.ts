/**
 * Reads a .reg file the way regedit does for the subset the exporter
 * writes: key sections, deletions, "name"="string" and "name"=dword:.
 */
export interface RegFile {
  header: string;
  deleted: string[];
  keys: Map<string, Map<string, { type: 'REG_SZ'; data: string } | { type: 'REG_DWORD'; data: number }>>;
}

export function readReg(text: string): RegFile {
  if (!text.endsWith('\r\n') || /(?<!\r)\n/.test(text)) throw new Error('lines must end CRLF');
  const lines = text.split('\r\n').slice(0, -1);
  const file: RegFile = { header: lines[0] ?? '', deleted: [], keys: new Map() };
  let current: Map<string, { type: 'REG_SZ'; data: string } | { type: 'REG_DWORD'; data: number }> | null = null;
  for (const line of lines.slice(1)) {
    if (line === '' || line.startsWith(';')) continue;
    let m: RegExpMatchArray | null;
    if ((m = /^\[-(.+)\]$/.exec(line))) {
      file.deleted.push(m[1] ?? '');
      current = null;
    } else if ((m = /^\[(.+)\]$/.exec(line))) {
      current = new Map();
      file.keys.set(m[1] ?? '', current);
    } else if ((m = /^"((?:[^"\\]|\\.)*)"=(.*)$/.exec(line))) {
      if (!current) throw new Error(`value outside a key: ${line}`);
      const name = (m[1] ?? '').replace(/\\(.)/g, '$1');
      const raw = m[2] ?? '';
      let d: RegExpMatchArray | null;
      if ((d = /^dword:([0-9a-f]{8})$/.exec(raw))) current.set(name, { type: 'REG_DWORD', data: parseInt(d[1] ?? '', 16) });
      else if ((d = /^"((?:[^"\\]|\\.)*)"$/.exec(raw))) current.set(name, { type: 'REG_SZ', data: (d[1] ?? '').replace(/\\(.)/g, '$1') });
      else throw new Error(`unsupported value: ${line}`);
    } else throw new Error(`unparseable line: ${line}`);
  }
  return file;
}
