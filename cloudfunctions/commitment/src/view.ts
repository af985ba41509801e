import type { CommitmentView, Signature } from '@chengxin/shared/src/api'
import type { CommitmentDoc, SignatureDoc } from '@chengxin/shared/src/server'

const iso = (d: Date | string) => new Date(d).toISOString()

function signatureView(s: SignatureDoc | null): Signature | null {
  return s && { name: s.name, role: s.role, at: iso(s.at), templateVersion: s.templateVersion, contentHash: s.contentHash }
}

/** What a reader of the commitment sees: both lists and both signatures, no openids. */
export function commitmentView(doc: CommitmentDoc): CommitmentView {
  return {
    id: doc._id,
    villageName: doc.villageName,
    householdLabel: doc.householdLabel,
    groupName: doc.groupName,
    title: doc.title,
    templateVersion: doc.templateVersion,
    villageItems: doc.villageItems,
    householdItems: doc.householdItems,
    contentHash: doc.contentHash,
    status: doc.status,
    householdSignature: signatureView(doc.householdSignature),
    villageSignature: signatureView(doc.villageSignature),
  }
}

export { signatureView }
