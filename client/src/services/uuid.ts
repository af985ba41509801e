// UUID v4 without crypto.randomUUID (absent in the weapp runtime). Prefers a platform CSPRNG
// (wx.getRandomValues is async-only, so use crypto.getRandomValues where it exists) and falls
// back to Math.random: the id only has to be unique per change, not secret.
type Rng = (bytes: Uint8Array) => void

function defaultRng(): Rng {
  const c = (globalThis as { crypto?: { getRandomValues?: (a: Uint8Array) => Uint8Array } }).crypto
  if (c && typeof c.getRandomValues === 'function') return (b) => { c.getRandomValues!(b) }
  return (b) => {
    for (let i = 0; i < b.length; i++) b[i] = Math.floor(Math.random() * 256)
  }
}

export function uuidv4(rng: Rng = defaultRng()): string {
  const b = new Uint8Array(16)
  rng(b)
  b[6] = (b[6] & 0x0f) | 0x40 // version 4
  b[8] = (b[8] & 0x3f) | 0x80 // RFC 4122 variant
  const h = Array.from(b, (x) => (x + 0x100).toString(16).slice(1))
  return `${h.slice(0, 4).join('')}-${h.slice(4, 6).join('')}-${h.slice(6, 8).join('')}-${h.slice(8, 10).join('')}-${h.slice(10).join('')}`
}
