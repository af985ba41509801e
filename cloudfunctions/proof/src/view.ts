import type { ProofView } from '@chengxin/shared/src/api'
import type { ProofDoc } from '@chengxin/shared/src/server'

const iso = (d: Date | string | null) => (d ? new Date(d).toISOString() : null)

/** A proof as the household or its cadre reads it; the photo link only where the caller may see it. */
export function proofView(doc: ProofDoc, photoUrls: Record<string, string> = {}): ProofView {
  return {
    id: doc._id,
    householdLabel: doc.householdLabel,
    groupName: doc.groupName,
    memberId: doc.memberId,
    memberName: doc.memberName,
    city: doc.city,
    clinicName: doc.clinicName,
    checkupDay: doc.checkupDay,
    status: doc.status,
    reason: doc.reason,
    previousProofId: doc.previousProofId,
    submittedAt: iso(doc.submittedAt)!,
    decidedAt: iso(doc.decidedAt),
    decidedByName: doc.decidedBy,
    photoUrl: (doc.fileId && photoUrls[doc.fileId]) || null,
    photoDeletedAt: iso(doc.photoDeletedAt),
  }
}
