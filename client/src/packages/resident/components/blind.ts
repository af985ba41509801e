// The phone's half of the blind signature (shared/src/domain/blind-token.ts): a random message
// per token, blinded with the week's key before it leaves the phone; the server's signature is
// unblinded and checked here, so a token is kept only if it will be accepted.
import { blindToken, unblindToken, verifyToken } from '@chengxin/shared/src/domain/blind-token'
import type { FilingToken, TokenKey } from '../../../components/complaint/api'
import { randomHex } from '../../../services/random'

export interface PendingToken { blinded: string; finish: (signature: string | undefined) => FilingToken | null }

async function blindOne(key: TokenKey): Promise<PendingToken> {
  const message = await randomHex(32)
  for (;;) {
    // r as long as the modulus; blindToken refuses the rare factor that is not invertible.
    const b = blindToken(message, await randomHex(Math.ceil(key.n.length / 2)), key)
    if (!b) continue
    return {
      blinded: b.blinded,
      finish: (signature) => {
        if (!signature) return null
        const s = unblindToken(signature, b.r, key)
        return verifyToken(message, s, key) ? { period: key.period, message, signature: s } : null
      },
    }
  }
}

export async function blindTokens(key: TokenKey, count: number): Promise<PendingToken[]> {
  const out: PendingToken[] = []
  for (let i = 0; i < count; i++) out.push(await blindOne(key))
  return out
}
