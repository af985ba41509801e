// The daily timer: photos of decided proofs are deleted once the village's retention period
// (counted from the decision) is over; the record stays, with fileId null and photoDeletedAt.
import { DEFAULT_CHECKUP_RULES, photoCutoff } from '@chengxin/shared/src/domain'
import type { ProofDoc, VillageCheckupRules } from '@chengxin/shared/src/server'
import { database, listOf } from '@chengxin/shared/src/server'
import { deletePhotos } from './photos'

// deleteFile takes at most 50 files a call; a run stops after MAX_BATCHES and the next day
// continues, so one run stays well inside the function's timeout.
export const BATCH = 50
export const MAX_BATCHES = 20

type VillageRules = { _id: string; checkupRules?: VillageCheckupRules }

/** Villages grouped by their retention period: usually one group, so one query per batch. */
function byRetention(villages: VillageRules[]): Map<number, string[]> {
  const groups = new Map<number, string[]>()
  for (const v of villages) {
    const days = v.checkupRules?.proofPhotoRetentionDays ?? DEFAULT_CHECKUP_RULES.proofPhotoRetentionDays
    groups.set(days, [...(groups.get(days) ?? []), v._id])
  }
  return groups
}

export async function deleteExpiredPhotos(now = new Date()): Promise<{ deleted: number; failed: number }> {
  const db = database()
  const _ = db.command
  const villages = listOf<VillageRules>(await db.collection('villages').field({ _id: true, checkupRules: true }).limit(1000).get())
  let deleted = 0
  let failed = 0
  let batches = 0
  for (const [days, villageIds] of byRetention(villages)) {
    // Files that would not delete are skipped, not retried in a loop; tomorrow tries again.
    let skip = 0
    while (batches < MAX_BATCHES) {
      batches++
      const query = db.collection('proofs').where({ photoDeletedAt: null, decidedAt: _.lte(photoCutoff(now, days)), villageId: _.in(villageIds) })
      const docs = listOf<Pick<ProofDoc, '_id' | 'fileId'>>(await query.orderBy('decidedAt', 'asc').skip(skip).limit(BATCH).field({ _id: true, fileId: true }).get())
      if (docs.length === 0) break
      const files = docs.map((d) => d.fileId).filter((f): f is string => !!f)
      const gone = new Set(files.length ? await deletePhotos(files) : [])
      const done = docs.filter((d) => !d.fileId || gone.has(d.fileId)).map((d) => d._id)
      if (done.length) {
        await db.collection('proofs').where({ _id: _.in(done), photoDeletedAt: null }).update({ data: { fileId: null, photoDeletedAt: now } })
      }
      deleted += done.length
      failed += docs.length - done.length
      skip += docs.length - done.length
      if (docs.length < BATCH) break
    }
  }
  if (failed) console.error(`[proof] ${failed} photos could not be deleted; the next run tries again`)
  return { deleted, failed }
}
