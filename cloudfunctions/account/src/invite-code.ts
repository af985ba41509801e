import { randomInt } from 'crypto'
import { INVITE_ALPHABET } from '@chengxin/shared/src/api'
import { keyedCode } from '@chengxin/shared/src/server'

/**
 * The code a request's invite gets first: unpredictable to anyone without the server key,
 * yet the same on a retry of that request, so the retry finds its own invite instead of
 * making a second one.
 */
export const requestCode = (requestId: string): string => keyedCode('invite', requestId)

/** A fresh crypto-random code, for the rare time the first one is taken. */
export function randomCode(): string {
  return Array.from({ length: 8 }, () => INVITE_ALPHABET[randomInt(INVITE_ALPHABET.length)]).join('')
}
