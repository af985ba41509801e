// Cryptographically secure random bytes on every platform: crypto.getRandomValues where the
// runtime has it (H5, tests), wx.getRandomValues in the mini-program (async-only). No
// Math.random fallback: the blinding factor of a filing token must be unguessable.
import Taro from '@tarojs/taro'

export async function randomHex(bytes: number): Promise<string> {
  const b = new Uint8Array(bytes)
  const c = (globalThis as { crypto?: { getRandomValues?: (a: Uint8Array) => Uint8Array } }).crypto
  if (c && typeof c.getRandomValues === 'function') {
    c.getRandomValues(b)
  } else {
    const res = await Taro.getRandomValues({ length: bytes })
    b.set(new Uint8Array(res.randomValues))
  }
  return Array.from(b, (x) => (x + 0x100).toString(16).slice(1)).join('')
}
