import type { Caller, VillageDocumentDoc } from '@chengxin/shared/src/server'
import { accountOf, assert } from '@chengxin/shared/src/server'

/** Statuses a reader who does not manage the village may open: drafts stay with the cadres. */
export const PUBLIC_STATUSES = ['notice', 'adopted', 'superseded', 'rejected'] as const

export interface ReaderScope {
  villageId: string
  /** A cadre of this village: sees drafts and every comment. */
  manages: boolean
}

/**
 * Whose documents the caller reads: the township names any village (read-only); everyone
 * else reads their own village, and naming another is refused.
 */
export function readerScope(caller: Caller, villageId: string | undefined): ReaderScope {
  const own = accountOf(caller).villageId
  if (caller.roles.includes('township') && villageId && villageId !== own) return { villageId, manages: false }
  assert(own || villageId, 'INVALID_INPUT', { villageId: '请选择要查看的村' })
  assert(own && (villageId ?? own) === own, 'NOT_IN_VILLAGE')
  return { villageId: own, manages: caller.roles.includes('cadre') }
}

/** The scope for one stored version, refusing drafts to anyone who does not manage the village. */
export function versionScope(caller: Caller, doc: VillageDocumentDoc): ReaderScope {
  const scope = readerScope(caller, doc.villageId)
  assert(scope.manages || doc.status !== 'draft', 'NOT_FOUND')
  return scope
}
