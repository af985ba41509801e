import { contentHash } from '@chengxin/shared/src/domain'
import type { AccountDoc, CommitmentDoc, CommitmentTemplateDoc, HouseholdDoc } from '@chengxin/shared/src/server'
import { isDuplicateKey, preloadOf, type Database } from '@chengxin/shared/src/server'

/** Loads the village's newest template and the household with the caller (one round trip, see context.ts). */
export const CURRENT_TEMPLATE = preloadOf({
  template: { from: 'commitment_templates', ofCaller: { villageId: 'villageId' }, sort: { version: -1 } },
  household: { from: 'households', ofCaller: { _id: 'householdId' } },
})

/**
 * A household's instance of a template version, created when the household first opens
 * it: publishing a version then costs one write however many households the village has.
 */
export async function issueInstance(db: Database, account: AccountDoc, hh: HouseholdDoc, t: CommitmentTemplateDoc): Promise<CommitmentDoc> {
  const now = new Date()
  const doc: CommitmentDoc = {
    _id: `${hh._id}:v${t.version}`, householdId: hh._id, villageId: t.villageId,
    groupId: hh.groupId, villageName: account.villageName ?? '', householdLabel: account.householdLabel ?? '',
    groupName: account.groupName ?? '', templateId: t._id, templateVersion: t.version, title: t.title,
    villageItems: t.villageItems, householdItems: t.householdItems, contentHash: '', status: 'awaiting-household',
    householdSignature: null, villageSignature: null, createdAt: now, updatedAt: now,
  }
  doc.contentHash = contentHash(doc)
  try {
    // An insert, never a set: it must not overwrite an instance someone just signed.
    await db.collection('commitments').add({ data: doc })
  } catch (e) {
    // Another member of the household opened it at the same moment: same text, same id.
    if (!isDuplicateKey(e)) throw e
  }
  return doc
}
