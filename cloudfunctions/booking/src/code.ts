import { keyedCode } from '@chengxin/shared/src/server'

/**
 * The check-in code of the booking a request writes: unguessable without the server key
 * (a code alone must not let anyone check a stranger in), yet the same on a retry of that
 * request. Cadres look it up only within their own village, so a rare clash between
 * villages is harmless.
 */
export const bookingCode = (requestId: string): string => keyedCode('booking', requestId)
