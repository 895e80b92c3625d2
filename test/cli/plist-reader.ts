/**
 * A strict reader for the XML property lists the exporter writes: rejects
 * unbalanced or unknown tags, and returns the plist as plain values so a
 * test can compare it with the policy.
 */
type Value = string | number | boolean | Value[] | { [k: string]: Value };

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'" };

function unescape(text: string): string {
  if (/&(?!amp;|lt;|gt;|quot;|apos;)/.test(text)) throw new Error(`bad entity in ${text}`);
  if (/[<>]/.test(text)) throw new Error(`raw markup character in ${text}`);
  return text.replace(/&(amp|lt|gt|quot|apos);/g, (e) => ENTITIES[e] ?? e);
}

export function readPlist(xml: string): Value {
  const header = '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">\n';
  if (!xml.startsWith(header)) throw new Error('missing XML declaration or plist DOCTYPE');
  const tokens = xml.slice(header.length).match(/<[^>]*>|[^<]+/g) ?? [];
  let i = 0;
  const next = (): string => {
    for (;;) {
      const t = tokens[i++];
      if (t === undefined) throw new Error('unexpected end');
      if (t.trim() !== '') return t;
    }
  };
  const textUntil = (close: string): string => {
    let t = tokens[i++] ?? '';
    let text = '';
    if (t !== close) {
      text = t;
      t = tokens[i++] ?? '';
    }
    if (t !== close) throw new Error(`expected ${close}, got ${t}`);
    return unescape(text);
  };
  const value = (open: string): Value => {
    switch (open) {
      case '<string>':
        return textUntil('</string>');
      case '<integer>': {
        const t = textUntil('</integer>');
        if (!/^-?\d+$/.test(t)) throw new Error(`bad integer ${t}`);
        return Number(t);
      }
      case '<true/>':
        return true;
      case '<false/>':
        return false;
      case '<array/>':
        return [];
      case '<dict/>':
        return {};
      case '<array>': {
        const out: Value[] = [];
        for (let t = next(); t !== '</array>'; t = next()) out.push(value(t));
        return out;
      }
      case '<dict>': {
        const out: Record<string, Value> = {};
        for (let t = next(); t !== '</dict>'; t = next()) {
          if (t !== '<key>') throw new Error(`expected <key>, got ${t}`);
          const key = textUntil('</key>');
          if (key in out) throw new Error(`duplicate key ${key}`);
          out[key] = value(next());
        }
        return out;
      }
      default:
        throw new Error(`unexpected tag ${open}`);
    }
  };
  if (next() !== '<plist version="1.0">') throw new Error('missing <plist>');
  const root = value(next());
  if (next() !== '</plist>') throw new Error('missing </plist>');
  if (tokens.slice(i).some((t) => t.trim() !== '')) throw new Error('content after </plist>');
  return root;
}
