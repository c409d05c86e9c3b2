// Draws Glose's toolbar icon (a "G" ring with a highlighter bar) as PNGs, with no dependency:
// run once with `node scripts/make-icons.mjs`; the PNGs are committed in src/assets/icons/.
import { deflateSync } from 'node:zlib';
import { writeFileSync } from 'node:fs';

function crc32(buf) {
  let c, crc = 0xffffffff;
  for (let n = 0; n < buf.length; n++) {
    c = (crc ^ buf[n]) & 0xff;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crc = (crc >>> 8) ^ c;
  }
  return (crc ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
function png(size, pixel) {
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = pixel((x + 0.5) / size, (y + 0.5) / size);
      const o = y * (size * 4 + 1) + 1 + x * 4;
      raw[o] = r; raw[o + 1] = g; raw[o + 2] = b; raw[o + 3] = a;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0); ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; ihdr[9] = 6; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0;
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}
const teal = [17, 94, 89], amber = [245, 180, 40], white = [255, 255, 255];
function pixel(x, y) {
  const dx = x - 0.5, dy = y - 0.5;
  const r = Math.hypot(dx, dy);
  if (r > 0.48) return [0, 0, 0, 0];
  const angle = Math.atan2(dy, dx);
  // The G: a ring open on the upper right, with its bar.
  const onRing = r > 0.22 && r < 0.33 && !(angle < 0 && angle > -Math.PI / 3.2);
  const onBar = y > 0.47 && y < 0.57 && x > 0.5 && x < 0.8;
  if (onRing || onBar) return [...white, 255];
  // The highlighter stroke under the G.
  if (y > 0.78 && y < 0.86 && x > 0.25 && x < 0.75) return [...amber, 255];
  return [...teal, 255];
}
for (const size of [16, 32, 48, 128]) writeFileSync(new URL(`../src/assets/icons/glose-${size}.png`, import.meta.url), png(size, pixel));
