// Blind-signed filing tokens for anonymous complaints (issue 8 item 3; docs/complaints.md).
// RSA full-domain-hash blind signatures (Chaum; the RSABSSA of RFC 9474 with FDH in place of
// PSS): the household's phone picks a random message, blinds it, the server signs the blinded
// value without seeing the message, the phone unblinds. Spending {message, signature} later
// proves "a household was issued this" and nothing about which.
//
// Pure BigInt and @noble/hashes (no WebCrypto): the weapp has neither `crypto.subtle` nor
// Node's crypto, and the client does the blinding. The server signs with Node's own RSA.
import { sha256 } from '@noble/hashes/sha256'
import { bytesToHex, concatBytes, hexToBytes } from '@noble/hashes/utils'
import { utf8Bytes } from './utf8'

export interface PublicTokenKey {
  /** Modulus, lowercase hex. */
  n: string
  e: number
}

const DOMAIN = utf8Bytes('chengxin/complaint-token/v1')
// BigInt() rather than literals: the client's TypeScript and Babel targets predate ES2020 syntax.
const ZERO = BigInt(0)
const ONE = BigInt(1)
const TWO = BigInt(2)

const toBig = (hex: string) => BigInt(`0x${hex || '0'}`)
const toHex = (n: bigint) => n.toString(16)
const byteLength = (n: bigint) => Math.ceil(n.toString(16).length / 2)

export function modPow(base: bigint, exp: bigint, mod: bigint): bigint {
  let result = ONE
  let b = ((base % mod) + mod) % mod
  let e = exp
  while (e > ZERO) {
    if (e & ONE) result = (result * b) % mod
    b = (b * b) % mod
    e >>= ONE
  }
  return result
}

export function modInverse(a: bigint, m: bigint): bigint {
  let [oldR, r] = [((a % m) + m) % m, m]
  let [oldS, s] = [ONE, ZERO]
  while (r !== ZERO) {
    const q = oldR / r
    ;[oldR, r] = [r, oldR - q * r]
    ;[oldS, s] = [s, oldS - q * s]
  }
  if (oldR !== ONE) throw new Error('not invertible')
  return ((oldS % m) + m) % m
}

/**
 * The full-domain hash of a token's message: MGF1-SHA-256 of (domain ‖ message) stretched to
 * the modulus' length, reduced mod n. A signature covers this, so nobody can make a valid
 * token from signatures without the server (RSA's multiplicativity does not survive the hash).
 */
export function tokenDigest(messageHex: string, key: PublicTokenKey): bigint {
  const n = toBig(key.n)
  const seed = concatBytes(DOMAIN, hexToBytes(messageHex))
  const blocks: Uint8Array[] = []
  const need = byteLength(n)
  for (let counter = 0; blocks.length * 32 < need; counter++) {
    const c = new Uint8Array([counter >>> 24, (counter >>> 16) & 255, (counter >>> 8) & 255, counter & 255])
    blocks.push(sha256(concatBytes(seed, c)))
  }
  return toBig(bytesToHex(concatBytes(...blocks).slice(0, need))) % n
}

/**
 * The client's half, step 1: blinds the message with a random factor r (≥ 32 random bytes
 * from the platform: the mini-program's getRandomValues). Keep r on the device until the answer comes.
 * Returns null when r is unusable (not invertible mod n: draw another).
 */
export function blindToken(messageHex: string, randomHex: string, key: PublicTokenKey): { blinded: string; r: string } | null {
  const n = toBig(key.n)
  const r = toBig(randomHex) % n
  if (r < TWO) return null
  try {
    modInverse(r, n)
  } catch {
    return null
  }
  const blinded = (tokenDigest(messageHex, key) * modPow(r, BigInt(key.e), n)) % n
  return { blinded: toHex(blinded), r: toHex(r) }
}

/** The client's half, step 2: the token's signature from the server's blind signature. */
export function unblindToken(blindSignatureHex: string, rHex: string, key: PublicTokenKey): string {
  const n = toBig(key.n)
  return toHex((toBig(blindSignatureHex) * modInverse(toBig(rHex), n)) % n)
}

/** Whether `signature` is the key's signature of the message (server on spending; client before keeping it). */
export function verifyToken(messageHex: string, signatureHex: string, key: PublicTokenKey): boolean {
  const n = toBig(key.n)
  const s = toBig(signatureHex)
  if (s <= ZERO || s >= n) return false
  return modPow(s, BigInt(key.e), n) === tokenDigest(messageHex, key)
}

/** A blinded value the server will sign: a residue in [2, n). */
export function isBlindedValue(hex: string, key: PublicTokenKey): boolean {
  const v = toBig(hex)
  return v >= TWO && v < toBig(key.n)
}

/** How spent tokens are recorded: a hash of the message, so the spent list holds nothing else. */
export function spentTokenId(messageHex: string): string {
  return bytesToHex(sha256(concatBytes(utf8Bytes('chengxin/spent-token/v1:'), hexToBytes(messageHex)))).slice(0, 40)
}

/** A key's id as shown to clients: they can compare it across households and weeks (one key per week for everyone). */
export function tokenKeyId(key: PublicTokenKey): string {
  return bytesToHex(sha256(utf8Bytes(`${key.n}:${key.e}`))).slice(0, 16)
}
