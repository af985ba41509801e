// Sends a filled complaint form. Named: one complaint.file. Anonymous: one stored filing token is
// spent; a retry of the same change (same requestId) spends the same token, so it is never lost.
import { ERROR_MESSAGES, type Result } from '@chengxin/shared/src/api/errors'
import { call, type ComplaintCategory, type ComplaintView, type FilingToken } from '../../../components/complaint/api'
import { dropToken, ensureTokens, storedTokens } from './filing-tokens'

export interface FileDraft {
  category: ComplaintCategory
  text: string
  photos: string[]
  anonymous: boolean
  about: { personRef: string } | { name: string } | null
}

const tokenFor = new Map<string, FilingToken>()

export async function submitComplaint(d: FileDraft, requestId: string): Promise<Result<{ complaint: ComplaintView; receipt: string | null }>> {
  const common = { category: d.category, text: d.text, photos: d.photos, about: d.about }
  if (!d.anonymous) return call('complaint.file', { anonymous: false, ...common }, { requestId })
  let token = tokenFor.get(requestId) ?? storedTokens()[0]
  if (!token) {
    const got = await ensureTokens()
    if (!got.ok) return got
    token = storedTokens()[0]
    if (!token) return { ok: false, error: { code: 'TOKENS_USED_UP', message: ERROR_MESSAGES.TOKENS_USED_UP } }
  }
  tokenFor.set(requestId, token)
  const r = await call('complaint.file', { anonymous: true, ...common, token }, { requestId })
  // Spent (or refused for good): never offer it again. Unknown outcome (INTERNAL): keep it for the retry.
  if (r.ok || r.error.code === 'TOKEN_SPENT' || r.error.code === 'TOKEN_INVALID') { dropToken(token); tokenFor.delete(requestId) }
  return r
}
