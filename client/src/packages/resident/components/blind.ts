// The phone's half of the blind signature (shared/src/domain/blind-token.ts): a random message
// per token, blinded with the week's key before it leaves the phone; the server's signature is
// unblinded and checked here, so a token is kept only if it will be accepted.
import { blindToken, unblindToken, verifyToken } from '@chengxin/shared/src/domain/blind-token'
import type { FilingToken, TokenKey } from '../../../components/complaint/api'
import { randomHex } from '../../../services/random'

/**
 * A blinded value waiting for its signature. Plain data, kept on the phone until the answer
 * comes: a request whose answer is lost (the page closed, the network dropped) is sent again
 * with the same requestId and values, and the server answers the same signatures.
 */
export interface PendingToken { message: string; r: string; blinded: string }

async function blindOne(key: TokenKey): Promise<PendingToken> {
  const message = await randomHex(32)
  for (;;) {
    // r as long as the modulus; blindToken refuses the rare factor that is not invertible.
    const b = blindToken(message, await randomHex(Math.ceil(key.n.length / 2)), key)
    if (b) return { message, r: b.r, blinded: b.blinded }
  }
}

/** The token a blind signature makes, or null when the signature does not verify. */
export function finishToken(p: PendingToken, signature: string | undefined, key: TokenKey): FilingToken | null {
  if (!signature) return null
  const s = unblindToken(signature, p.r, key)
  return verifyToken(p.message, s, key) ? { period: key.period, message: p.message, signature: s } : null
}

export async function blindTokens(key: TokenKey, count: number): Promise<PendingToken[]> {
  const out: PendingToken[] = []
  for (let i = 0; i < count; i++) out.push(await blindOne(key))
  return out
}
