#!/usr/bin/env node
// Generates the four tab-bar icons (grey and selected red) as tiny 48x48 PNGs, so the main
// package carries no design assets. Run: node scripts/make-tab-icons.js
const fs = require('fs')
const path = require('path')
const zlib = require('zlib')

const S = 48
const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})
const crc32 = (buf) => { let c = 0xffffffff; for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8); return (c ^ 0xffffffff) >>> 0 }
function chunk(type, data) {
  const len = Buffer.alloc(4); len.writeUInt32BE(data.length)
  const td = Buffer.concat([Buffer.from(type), data])
  const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(td))
  return Buffer.concat([len, td, crc])
}
function png(mask, [r, g, b]) {
  const raw = Buffer.alloc(S * (S * 4 + 1))
  for (let y = 0; y < S; y++) {
    raw[y * (S * 4 + 1)] = 0
    for (let x = 0; x < S; x++) {
      const o = y * (S * 4 + 1) + 1 + x * 4
      raw[o] = r; raw[o + 1] = g; raw[o + 2] = b; raw[o + 3] = mask(x + 0.5, y + 0.5) ? 255 : 0
    }
  }
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(S, 0); ihdr.writeUInt32BE(S, 4); ihdr[8] = 8; ihdr[9] = 6
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', zlib.deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))])
}
const rect = (x, y, x0, y0, x1, y1) => x >= x0 && x <= x1 && y >= y0 && y <= y1
const ring = (x, y, cx, cy, r0, r1) => { const d = Math.hypot(x - cx, y - cy); return d >= r0 && d <= r1 }
const outline = (x, y, x0, y0, x1, y1, w) => rect(x, y, x0, y0, x1, y1) && !rect(x, y, x0 + w, y0 + w, x1 - w, y1 - w)
const icons = {
  // house: roof triangle + body outline
  home: (x, y) => (y >= 6 && y <= 24 && Math.abs(x - 24) <= (y - 6) * 1.1 && Math.abs(x - 24) >= (y - 6) * 1.1 - 5) || outline(x, y, 11, 22, 37, 42, 4) || rect(x, y, 20, 30, 28, 42),
  // document with lines
  commitment: (x, y) => outline(x, y, 10, 5, 38, 43, 4) || rect(x, y, 16, 14, 32, 17) || rect(x, y, 16, 22, 32, 25) || rect(x, y, 16, 30, 26, 33),
  // calendar
  booking: (x, y) => outline(x, y, 7, 10, 41, 42, 4) || rect(x, y, 7, 10, 41, 19) || rect(x, y, 14, 5, 18, 13) || rect(x, y, 30, 5, 34, 13) || rect(x, y, 14, 25, 20, 31) || rect(x, y, 27, 25, 33, 31),
  // person
  mine: (x, y) => ring(x, y, 24, 15, 0, 9) || (y >= 27 && y <= 43 && ring(x, y, 24, 45, 0, 18)),
}
const out = path.join(__dirname, '../src/assets')
fs.mkdirSync(out, { recursive: true })
for (const [name, mask] of Object.entries(icons)) {
  fs.writeFileSync(path.join(out, `tab-${name}.png`), png(mask, [0x88, 0x88, 0x88]))
  fs.writeFileSync(path.join(out, `tab-${name}-on.png`), png(mask, [0xb4, 0x26, 0x1f]))
}
console.log('wrote', Object.keys(icons).length * 2, 'icons to', out)
