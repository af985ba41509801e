import { createHmac } from 'crypto'
import { INVITE_ALPHABET } from '@chengxin/shared/src/api'
import { idHashKey } from '@chengxin/shared/src/server'

const LENGTH = 8
// Bytes at or above this would favour the first letters of the alphabet: skip them.
const FAIR = 256 - (256 % INVITE_ALPHABET.length)

/**
 * The check-in code of the booking a request writes: unguessable without the server key
 * (a code alone must not let anyone check a stranger in), yet the same on a retry of that
 * request. Cadres look it up only within their own village, so a rare clash between
 * villages is harmless.
 */
export function bookingCode(requestId: string): string {
  let code = ''
  for (let round = 0; code.length < LENGTH; round++) {
    const bytes = createHmac('sha256', idHashKey()).update(`booking:${requestId}:${round}`).digest()
    for (const b of bytes) if (b < FAIR && code.length < LENGTH) code += INVITE_ALPHABET[b % INVITE_ALPHABET.length]
  }
  return code
}
