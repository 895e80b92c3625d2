/**
 * The toolbar and store icons, drawn from code at build time so the
 * repository holds no binary files: a blue shield with a white check mark,
 * 4x4 supersampled, written as RGBA PNG (zlib from node:zlib, CRC-32 here).
 */
import { deflateSync } from 'node:zlib';

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const byte of buf) c = (CRC_TABLE[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

export function encodePng(width: number, height: number, rgba: Uint8Array): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0; // filter: none
    Buffer.from(rgba.buffer, rgba.byteOffset + y * width * 4, width * 4).copy(raw, y * (width * 4 + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Shield outline in unit coordinates: straight sides, then an elliptic taper to the point. */
function inShield(x: number, y: number, inset = 0): boolean {
  const top = 0.06 + inset;
  const bottom = 0.96 - inset * 1.6;
  const left = 0.12 + inset;
  const right = 0.88 - inset;
  const shoulder = 0.5;
  if (y < top || y > bottom) return false;
  if (y <= shoulder) return x >= left && x <= right;
  const t = (y - shoulder) / (bottom - shoulder);
  const half = ((right - left) / 2) * Math.sqrt(Math.max(0, 1 - t * t));
  return Math.abs(x - 0.5) <= half;
}

function distToSegment(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

function onCheck(x: number, y: number, width: number): boolean {
  return distToSegment(x, y, 0.3, 0.5, 0.45, 0.66) <= width || distToSegment(x, y, 0.45, 0.66, 0.72, 0.34) <= width;
}

type Rgb = readonly [number, number, number];
const EDGE: Rgb = [0x0a, 0x3a, 0x8c];
const FILL: Rgb = [0x0b, 0x57, 0xd0];
const MARK: Rgb = [0xff, 0xff, 0xff];

export function drawIcon(size: number): Buffer {
  const ss = 4;
  const rgba = new Uint8Array(size * size * 4);
  const stroke = size <= 16 ? 0.09 : 0.07;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < ss; sy++) {
        for (let sx = 0; sx < ss; sx++) {
          const x = (px + (sx + 0.5) / ss) / size;
          const y = (py + (sy + 0.5) / ss) / size;
          if (!inShield(x, y)) continue;
          const c = onCheck(x, y, stroke) ? MARK : inShield(x, y, 0.06) ? FILL : EDGE;
          r += c[0];
          g += c[1];
          b += c[2];
          a += 1;
        }
      }
      const i = (py * size + px) * 4;
      if (a > 0) {
        rgba[i] = Math.round(r / a);
        rgba[i + 1] = Math.round(g / a);
        rgba[i + 2] = Math.round(b / a);
      }
      rgba[i + 3] = Math.round((a / (ss * ss)) * 255);
    }
  }
  return encodePng(size, size, rgba);
}

export const ICON_SIZES = [16, 32, 48, 128] as const;
