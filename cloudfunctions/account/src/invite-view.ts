import type { InviteView } from '@chengxin/shared/src/api'
import type { InviteDoc } from '@chengxin/shared/src/server'

export function inviteView(doc: InviteDoc, qrUrl: string | null): InviteView {
  return {
    code: doc._id, kind: doc.kind, role: doc.role, villageId: doc.villageId, villageName: doc.villageName,
    householdId: doc.householdId, householdLabel: doc.householdLabel, memberName: doc.memberName,
    expiresAt: new Date(doc.expiresAt).toISOString(), createdAt: new Date(doc.createdAt).toISOString(), qrUrl,
  }
}
