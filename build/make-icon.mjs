// Draws the app icon (build/icon.png, 1024×1024 RGBA) with nothing but node:zlib: a deep-blue rounded
// square with a white headset around a chat bubble. electron-builder turns it into .icns and .ico.
// Usage: node build/make-icon.mjs [output.png]
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const size = 1024;
const output = process.argv[2] ?? fileURLToPath(new URL('./icon.png', import.meta.url));

// Shapes are signed distance functions (negative inside, in pixels); coverage gives anti-aliased edges.
const coverage = (distance) => Math.min(1, Math.max(0, 0.5 - distance));
const clamp01 = (value) => Math.min(1, Math.max(0, value));

function roundedBox(x, y, centerX, centerY, halfWidth, halfHeight, radius) {
  const qx = Math.abs(x - centerX) - halfWidth + radius;
  const qy = Math.abs(y - centerY) - halfHeight + radius;
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - radius;
}

function circle(x, y, centerX, centerY, radius) {
  return Math.hypot(x - centerX, y - centerY) - radius;
}

/** A stroked arc with round caps, from angle `from` to `to` (radians, y pointing down, clockwise). */
function arc(x, y, centerX, centerY, radius, thickness, from, to) {
  const angle = Math.atan2(y - centerY, x - centerX);
  const normalised = (value) => (((value - from) % (2 * Math.PI)) + 2 * Math.PI) % (2 * Math.PI);
  if (normalised(angle) <= normalised(to)) {
    return Math.abs(Math.hypot(x - centerX, y - centerY) - radius) - thickness / 2;
  }
  const capDistance = (capAngle) =>
    Math.hypot(x - (centerX + radius * Math.cos(capAngle)), y - (centerY + radius * Math.sin(capAngle)));
  return Math.min(capDistance(from), capDistance(to)) - thickness / 2;
}

/** Distance to a triangle (the bubble's tail), by its three corners. */
function triangle(x, y, ax, ay, bx, by, cx, cy) {
  const edge = (px, py, qx, qy) => {
    const ex = qx - px;
    const ey = qy - py;
    const t = clamp01(((x - px) * ex + (y - py) * ey) / (ex * ex + ey * ey));
    return Math.hypot(x - px - ex * t, y - py - ey * t);
  };
  const side = (px, py, qx, qy) => (qx - px) * (y - py) - (qy - py) * (x - px);
  const s1 = side(ax, ay, bx, by);
  const s2 = side(bx, by, cx, cy);
  const s3 = side(cx, cy, ax, ay);
  const isInside = (s1 >= 0 && s2 >= 0 && s3 >= 0) || (s1 <= 0 && s2 <= 0 && s3 <= 0);
  const distance = Math.min(edge(ax, ay, bx, by), edge(bx, by, cx, cy), edge(cx, cy, ax, ay));
  return isInside ? -distance : distance;
}

const tile = { centerX: 512, centerY: 512, half: 412, radius: 190 };
const top = [46, 91, 235];
const bottom = [17, 36, 128];
const ink = [255, 255, 255];

function backgroundColour(y) {
  const t = clamp01((y - (tile.centerY - tile.half)) / (2 * tile.half));
  return top.map((channel, index) => channel + (bottom[index] - channel) * t);
}

function headset(x, y) {
  const band = arc(x, y, 512, 540, 262, 50, Math.PI * 1.06, Math.PI * 1.94);
  const leftCup = roundedBox(x, y, 262, 590, 58, 104, 46);
  const rightCup = roundedBox(x, y, 762, 590, 58, 104, 46);
  const boom = arc(x, y, 512, 560, 250, 34, Math.PI * 0.1, Math.PI * 0.4);
  const microphone = roundedBox(x, y, 566, 804, 58, 30, 30);
  return Math.min(band, leftCup, rightCup, boom, microphone);
}

function bubble(x, y) {
  const body = roundedBox(x, y, 512, 540, 150, 112, 56);
  const tail = triangle(x, y, 420, 620, 486, 640, 398, 712);
  return Math.min(body, tail);
}

function dots(x, y) {
  return Math.min(circle(x, y, 444, 540, 26), circle(x, y, 512, 540, 26), circle(x, y, 580, 540, 26));
}

function pixel(x, y) {
  const shape = roundedBox(x, y, tile.centerX, tile.centerY, tile.half, tile.half, tile.radius);
  const shadow = roundedBox(x, y, tile.centerX, tile.centerY + 14, tile.half, tile.half, tile.radius);
  const shadowAlpha = 0.22 * clamp01(1 - (shadow + 24) / 56);
  const tileAlpha = coverage(shape);
  let colour = backgroundColour(y);
  // A soft highlight along the top edge.
  const sheen = 0.1 * clamp01(1 - (y - (tile.centerY - tile.half)) / 320);
  colour = colour.map((channel) => channel + (255 - channel) * sheen);
  const glyph = coverage(Math.min(headset(x, y), bubble(x, y))) * (1 - coverage(dots(x, y)));
  colour = colour.map((channel, index) => channel + (ink[index] - channel) * glyph);
  const alpha = tileAlpha + shadowAlpha * (1 - tileAlpha);
  if (alpha === 0) {
    return [0, 0, 0, 0];
  }
  // The shadow is black; blend it under the tile.
  const premultiplied = colour.map((channel) => (channel * tileAlpha) / alpha);
  return [...premultiplied, alpha * 255];
}

function render() {
  const samples = [0.25, 0.75];
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y += 1) {
    const rowStart = y * (size * 4 + 1);
    rows[rowStart] = 0; // filter: none
    for (let x = 0; x < size; x += 1) {
      const sum = [0, 0, 0, 0];
      for (const sy of samples) {
        for (const sx of samples) {
          const [r, g, b, a] = pixel(x + sx, y + sy);
          sum[0] += r * a;
          sum[1] += g * a;
          sum[2] += b * a;
          sum[3] += a;
        }
      }
      const offset = rowStart + 1 + x * 4;
      const alpha = sum[3] / samples.length ** 2;
      for (let channel = 0; channel < 3; channel += 1) {
        rows[offset + channel] = sum[3] === 0 ? 0 : Math.round(sum[channel] / sum[3]);
      }
      rows[offset + 3] = Math.round(alpha);
    }
  }
  return rows;
}

const crcTable = Array.from({ length: 256 }, (_, index) => {
  let value = index;
  for (let bit = 0; bit < 8; bit += 1) {
    value = value & 1 ? 0xedb88320 ^ (value >>> 1) : value >>> 1;
  }
  return value >>> 0;
});

function crc32(buffer) {
  let crc = 0xffffffff;
  for (const byte of buffer) {
    crc = crcTable[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

const header = Buffer.alloc(13);
header.writeUInt32BE(size, 0);
header.writeUInt32BE(size, 4);
header[8] = 8; // bit depth
header[9] = 6; // colour type: RGBA
header[10] = 0; // compression
header[11] = 0; // filter
header[12] = 0; // no interlace

const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(render(), { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
writeFileSync(output, png);
process.stdout.write(`wrote ${output} (${png.length} bytes)\n`);
