import { generateKeyPairSync, randomBytes } from 'crypto'
import { blindToken, isBlindedValue, modPow, spentTokenId, tokenDigest, tokenKeyId, unblindToken, verifyToken, type PublicTokenKey } from './blind-token'

const b64hex = (s: string) => Buffer.from(s, 'base64url').toString('hex')
// One key for the whole file: RSA key generation is the slow part.
const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
const jwk = privateKey.export({ format: 'jwk' }) as { n: string; e: string; d: string }
const key: PublicTokenKey = { n: BigInt(`0x${b64hex(jwk.n)}`).toString(16), e: Number(BigInt(`0x${b64hex(jwk.e)}`)) }
const d = BigInt(`0x${b64hex(jwk.d)}`)
const n = BigInt(`0x${key.n}`)
/** What the server does with a blinded value (there with Node's RSA; here in BigInt, the same number). */
const sign = (blindedHex: string) => modPow(BigInt(`0x${blindedHex}`), d, n).toString(16)
const random = () => randomBytes(256).toString('hex')
const message = () => randomBytes(32).toString('hex')

describe('blind filing tokens', () => {
  it('unblinds to a signature the public key verifies', () => {
    const m = message()
    const blind = blindToken(m, random(), key)!
    const signature = unblindToken(sign(blind.blinded), blind.r, key)
    expect(verifyToken(m, signature, key)).toBe(true)
  })

  it('hides the message from the signer: the blinded value is not the digest, and differs every time', () => {
    const m = message()
    const a = blindToken(m, random(), key)!
    const b = blindToken(m, random(), key)!
    expect(a.blinded).not.toBe(b.blinded)
    expect(BigInt(`0x${a.blinded}`)).not.toBe(tokenDigest(m, key))
    expect(isBlindedValue(a.blinded, key)).toBe(true)
  })

  it('refuses a signature of another message, an altered one and one out of range', () => {
    const m = message()
    const blind = blindToken(m, random(), key)!
    const signature = unblindToken(sign(blind.blinded), blind.r, key)
    expect(verifyToken(message(), signature, key)).toBe(false)
    expect(verifyToken(m, (BigInt(`0x${signature}`) + 1n).toString(16), key)).toBe(false)
    expect(verifyToken(m, key.n, key)).toBe(false)
    expect(verifyToken(m, '0', key)).toBe(false)
  })

  it('cannot be combined: the product of two signed tokens signs no third message', () => {
    const [m1, m2] = [message(), message()]
    const s1 = BigInt(`0x${unblindToken(sign(blindToken(m1, random(), key)!.blinded), blindToken(m1, random(), key)!.r, key)}`)
    const b2 = blindToken(m2, random(), key)!
    const s2 = BigInt(`0x${unblindToken(sign(b2.blinded), b2.r, key)}`)
    const product = ((s1 * s2) % n).toString(16)
    expect(verifyToken(message(), product, key)).toBe(false)
  })

  it('records a spent token by a hash that is stable and reveals nothing else', () => {
    const m = message()
    expect(spentTokenId(m)).toBe(spentTokenId(m))
    expect(spentTokenId(m)).not.toContain(m.slice(0, 16))
    expect(tokenKeyId(key)).toMatch(/^[0-9a-f]{16}$/)
  })

  it('rejects a blinding factor that is not invertible', () => {
    expect(blindToken(message(), '1', key)).toBeNull()
    expect(blindToken(message(), key.n, key)).toBeNull()
  })
})
