import fc from 'fast-check'
import { utf8Bytes } from './utf8'

describe('utf8Bytes', () => {
  it('encodes exactly as TextEncoder does, lone surrogates included', () => {
    const encoder = new TextEncoder()
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 64 }), (text) => {
        expect(Array.from(utf8Bytes(text))).toEqual(Array.from(encoder.encode(text)))
      }),
      { numRuns: 2000 },
    )
  })

  it('replaces lone surrogates as TextEncoder does', () => {
    const encoder = new TextEncoder()
    for (const text of ['\ud800', 'a\udfff', '\udc00\ud800', '\ud83d']) {
      expect(Array.from(utf8Bytes(text))).toEqual(Array.from(encoder.encode(text)))
    }
  })

  it('encodes the Chinese of a commitment and an emoji', () => {
    expect(Array.from(utf8Bytes('诚信😀a'))).toEqual([0xe8, 0xaf, 0x9a, 0xe4, 0xbf, 0xa1, 0xf0, 0x9f, 0x98, 0x80, 0x61])
  })
})
