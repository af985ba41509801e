import { createHmac, randomInt } from 'crypto'
import { INVITE_ALPHABET } from '@chengxin/shared/src/api'
import { idHashKey } from '@chengxin/shared/src/server'

const LENGTH = 8
// Bytes at or above this would favour the first letters of the alphabet: skip them.
const FAIR = 256 - (256 % INVITE_ALPHABET.length)

/**
 * The code a request's invite gets first: unpredictable to anyone without the server key,
 * yet the same on a retry of that request, so the retry finds its own invite instead of
 * making a second one.
 */
export function requestCode(requestId: string): string {
  let code = ''
  for (let round = 0; code.length < LENGTH; round++) {
    const bytes = createHmac('sha256', idHashKey()).update(`invite:${requestId}:${round}`).digest()
    for (const b of bytes) if (b < FAIR && code.length < LENGTH) code += INVITE_ALPHABET[b % INVITE_ALPHABET.length]
  }
  return code
}

/** A fresh crypto-random code, for the rare time the first one is taken. */
export function randomCode(): string {
  return Array.from({ length: LENGTH }, () => INVITE_ALPHABET[randomInt(INVITE_ALPHABET.length)]).join('')
}
