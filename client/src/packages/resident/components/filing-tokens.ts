// Filing tokens for anonymous complaints, kept on this phone. The household obtains them blind
// (complaint.tokens signs values it cannot see; the blinding and unblinding happen here with the
// shared domain code), so spending one in complaint.file tells the server nothing about who spent it.
// They are fetched ahead, when the form opens, so obtaining and spending do not line up in time.
import Taro from '@tarojs/taro'
import type { Result } from '@chengxin/shared/src/api/errors'
import { call, type FilingToken } from '../../../components/complaint/api'
import { blindTokens } from './blind'

export const TOKENS_KEY = 'chengxin.complaintTokens'

export function storedTokens(): FilingToken[] {
  try {
    const v = Taro.getStorageSync(TOKENS_KEY)
    return Array.isArray(v) ? (v as FilingToken[]).filter((t) => t && typeof t.message === 'string') : []
  } catch {
    return []
  }
}

const store = (all: FilingToken[]) => Taro.setStorageSync(TOKENS_KEY, all)

/** Drops a token once complaint.file accepted it (or refused it as spent or invalid). */
export function dropToken(t: FilingToken): void {
  store(storedTokens().filter((x) => x.message !== t.message))
}

/** Keeps tokens of this week and last (the server accepts a key the week after its own). */
function fresh(all: FilingToken[], period: string): FilingToken[] {
  return all.filter((t) => t.period >= previousWeek(period))
}

export function previousWeek(period: string): string {
  const [y, w] = period.split('W').map(Number)
  return w > 1 ? `${y}W${String(w - 1).padStart(2, '0')}` : `${y - 1}W52`
}

/**
 * Makes sure the phone holds at least one token: asks for this week's key, blinds as many
 * random values as the household may still get (at most 3), has them signed, unblinds and stores.
 */
export async function ensureTokens(): Promise<Result<{ count: number; remaining: number }>> {
  const have = storedTokens()
  const key = await call('complaint.tokens', {})
  if (!key.ok) return key
  const kept = fresh(have, key.data.key.period)
  if (kept.length !== have.length) store(kept)
  if (kept.length > 0 || key.data.remaining === 0) return { ok: true, data: { count: kept.length, remaining: key.data.remaining } }
  const pending = await blindTokens(key.data.key, Math.min(key.data.remaining, 3))
  const signed = await call('complaint.tokens', { keyId: key.data.key.keyId, blinded: pending.map((p) => p.blinded) })
  if (!signed.ok) return signed
  const made = pending.map((p, i) => p.finish(signed.data.signatures[i])).filter((t): t is FilingToken => !!t)
  store([...kept, ...made])
  return { ok: true, data: { count: kept.length + made.length, remaining: signed.data.remaining } }
}
