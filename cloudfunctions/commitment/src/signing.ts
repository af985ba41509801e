import type { CommitmentSignOutput } from '@chengxin/shared/src/api'
import { contentHash, nextState, type CommitmentEvent } from '@chengxin/shared/src/domain'
import type { ActionContext, CommitmentDoc, SignatureDoc } from '@chengxin/shared/src/server'
import { assert, updatedCount } from '@chengxin/shared/src/server'
import { signatureView } from './view'

type Side = { event: CommitmentEvent; field: 'householdSignature' | 'villageSignature' }
export const HOUSEHOLD: Side = { event: 'household-sign', field: 'householdSignature' }
export const VILLAGE: Side = { event: 'village-sign', field: 'villageSignature' }

const output = (doc: CommitmentDoc, status: string, s: SignatureDoc): CommitmentSignOutput => ({
  commitmentId: doc._id, status, signature: signatureView(s)!,
})

/**
 * Signs one side of a commitment: only the exact text the signer saw (its hash must match
 * the stored text's hash, recomputed here, so a tampered document cannot be signed), only
 * from the state the machine allows, written conditionally on that state so two signers
 * racing cannot both win.
 */
export async function signSide(
  ctx: ActionContext, doc: CommitmentDoc, seenHash: string, side: Side,
  signer: Omit<SignatureDoc, 'at' | 'templateVersion' | 'contentHash' | 'requestId'>,
): Promise<CommitmentSignOutput> {
  const own = doc[side.field]
  if (own?.requestId === ctx.requestId) return output(doc, doc.status, own) // a retry whose first reply was lost
  const next = nextState(doc.status, side.event)
  assert(next, 'COMMITMENT_STATE')
  assert(seenHash === doc.contentHash, 'CONTENT_CHANGED')
  assert(contentHash(doc) === doc.contentHash, 'CONTENT_MISMATCH') // the stored text was altered

  const now = new Date()
  const signature: SignatureDoc = {
    ...signer, at: now, templateVersion: doc.templateVersion, contentHash: doc.contentHash, requestId: ctx.requestId,
  }
  const res = await ctx.db.collection('commitments')
    .where({ _id: doc._id, status: doc.status, contentHash: seenHash })
    .update({ data: { status: next, [side.field]: signature, updatedAt: now } })
  assert(updatedCount(res) === 1, 'COMMITMENT_STATE')
  return output(doc, next, signature)
}
