import { createHmac } from 'crypto'
import { INVITE_ALPHABET } from '../api/account/invite-redeem.schema'
import { maskIdNumber, normalizeIdNumber } from '../domain/id-number'

/**
 * DEV ONLY. The emulator's key, so local data hashes the same across restarts. A deployed
 * function must have CHENGXIN_ID_HASH_KEY set in its environment variables: without it the
 * hash would be guessable from the ~10^11 possible ID numbers, so outside the emulator a
 * missing key is an error rather than a silent fallback.
 */
export const DEV_ID_HASH_KEY = 'chengxin-emulator-dev-only-id-hash-key'

function runsInEmulator(): boolean {
  // The emulator points the SDK at itself on the loopback address (see emulator/src/runner).
  return /\/\/(127\.0\.0\.1|localhost)[:/]/.test(process.env.TCB_CONTEXT_CNFG ?? '')
}

export function idHashKey(): string {
  const key = process.env.CHENGXIN_ID_HASH_KEY
  if (key) return key
  if (runsInEmulator()) return DEV_ID_HASH_KEY
  throw new Error('CHENGXIN_ID_HASH_KEY is not set')
}

/** HMAC-SHA256 of the normalised number: finds the same person again without keeping the number. */
export function idHashOf(idNumber: string): string {
  return createHmac('sha256', idHashKey()).update(normalizeIdNumber(idNumber)).digest('hex')
}

/** The only form of an ID number that is ever stored: masked plus keyed hash. */
export function storedIdNumber(idNumber: string | null): { idMasked: string | null; idHash: string | null } {
  return idNumber ? { idMasked: maskIdNumber(idNumber), idHash: idHashOf(idNumber) } : { idMasked: null, idHash: null }
}

// Bytes at or above this would favour the first letters of the alphabet: skip them.
const FAIR = 256 - (256 % INVITE_ALPHABET.length)

/**
 * An 8-letter code from INVITE_ALPHABET that a request writes (an invite, a booking's check-in
 * code): unguessable without the server key, yet the same on a retry of that request, so the
 * retry finds what it wrote instead of writing a second one. `purpose` keeps the kinds apart.
 */
export function keyedCode(purpose: string, requestId: string, length = 8): string {
  let code = ''
  for (let round = 0; code.length < length; round++) {
    const bytes = createHmac('sha256', idHashKey()).update(`${purpose}:${requestId}:${round}`).digest()
    for (const b of bytes) if (b < FAIR && code.length < length) code += INVITE_ALPHABET[b % INVITE_ALPHABET.length]
  }
  return code
}
