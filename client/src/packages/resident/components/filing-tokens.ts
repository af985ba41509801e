// Filing tokens for anonymous complaints, kept on this phone. The household obtains them blind
// (complaint.tokens signs values it cannot see; the blinding and unblinding happen here with the
// shared domain code), so spending one in complaint.file tells the server nothing about who spent it.
// They are fetched ahead, when the form opens, so obtaining and spending do not line up in time.
import Taro from '@tarojs/taro'
import type { Result } from '@chengxin/shared/src/api/errors'
import { isRetryable } from '@chengxin/shared/src/api/errors'
import { call, type FilingToken, type TokenKey } from '../../../components/complaint/api'
import { uuidv4 } from '../../../services/uuid'
import { blindTokens, finishToken, type PendingToken } from './blind'

export const TOKENS_KEY = 'chengxin.complaintTokens'
/** A signing request sent but not yet answered: sent again, unchanged, until it is. */
export const TOKEN_REQUEST_KEY = 'chengxin.complaintTokenRequest'

interface TokenRequest { requestId: string; key: TokenKey; items: PendingToken[] }

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

function storedRequest(): TokenRequest | null {
  try {
    const v = Taro.getStorageSync(TOKEN_REQUEST_KEY) as TokenRequest | ''
    return v && typeof v.requestId === 'string' && Array.isArray(v.items) ? v : null
  } catch {
    return null
  }
}

/**
 * Sends a signing request and keeps what it made. The request is written to the phone first:
 * the server counts the household's tokens when it signs, so an answer lost on the way (a
 * closed page, a dropped network) would otherwise cost the household its week's tokens.
 * Sent again with the same requestId, the server answers the signatures it gave.
 */
async function sign(req: TokenRequest, kept: FilingToken[]): Promise<Result<{ count: number; remaining: number }>> {
  Taro.setStorageSync(TOKEN_REQUEST_KEY, req)
  const signed = await call('complaint.tokens', { keyId: req.key.keyId, blinded: req.items.map((p) => p.blinded) }, { requestId: req.requestId })
  if (!signed.ok) {
    // A network failure is INTERNAL: kept, to be sent again. A refusal will not change: dropped.
    if (!isRetryable(signed.error.code)) Taro.removeStorageSync(TOKEN_REQUEST_KEY)
    return signed
  }
  const made = req.items.map((p, i) => finishToken(p, signed.data.signatures[i], req.key)).filter((t): t is FilingToken => !!t)
  store([...kept, ...made])
  Taro.removeStorageSync(TOKEN_REQUEST_KEY)
  return { ok: true, data: { count: kept.length + made.length, remaining: signed.data.remaining } }
}

let inflight: Promise<Result<{ count: number; remaining: number }>> | null = null

/**
 * Makes sure the phone holds at least one token: finishes a request left unanswered, or asks
 * for this week's key, blinds as many random values as the household may still get (at most
 * 3), has them signed, unblinds and stores. One at a time per phone.
 */
export function ensureTokens(): Promise<Result<{ count: number; remaining: number }>> {
  inflight ??= obtain().finally(() => { inflight = null })
  return inflight
}

async function obtain(): Promise<Result<{ count: number; remaining: number }>> {
  const have = storedTokens()
  const unanswered = storedRequest()
  if (unanswered) return sign(unanswered, have)
  const key = await call('complaint.tokens', {})
  if (!key.ok) return key
  const kept = fresh(have, key.data.key.period)
  if (kept.length !== have.length) store(kept)
  if (kept.length > 0 || key.data.remaining === 0) return { ok: true, data: { count: kept.length, remaining: key.data.remaining } }
  const items = await blindTokens(key.data.key, Math.min(key.data.remaining, 3))
  return sign({ requestId: uuidv4(), key: key.data.key, items }, kept)
}
