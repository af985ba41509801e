import type { ProofSubmitInput } from '@chengxin/shared/src/api'
import { businessDay, checkupDayProblem, isOwnProofPhoto } from '@chengxin/shared/src/domain'
import type { ActionContext, HouseholdDoc, MemberDoc, ProofDoc } from '@chengxin/shared/src/server'
import { accountOf, assert, defineAction, householdOf, isDuplicateKey, listOf } from '@chengxin/shared/src/server'
import { photoFolderKey } from './photo-folder'
import { photoUrls, startMediaCheck } from './photos'
import { proofView } from './view'

/**
 * A household member working away submits a proof of a check-up done where they work, for
 * themselves or a working-away relative. Its id is the member's next sequence number, so two
 * submissions racing for one member collide on `_id`: one pending proof per member, no
 * read-then-write window. Four round trips with the change's claim and record (five on the rare collision).
 */
export const submit = defineAction<'proof.submit'>()({
  preload: (input) => ({
    household: { from: 'households', ofCaller: { _id: 'householdId' } },
    latest: { from: 'proofs', match: { memberId: input.memberId }, sort: { seq: -1 }, limit: 1 },
    ...(input.previousProofId ? { previous: { from: 'proofs', match: { _id: input.previousProofId } } } : {}),
  }),

  async run(ctx, input) {
    const mine = householdOf(ctx.caller)
    const household: HouseholdDoc | undefined = ctx.preloaded.household[0]
    assert(household && household._id === mine.householdId, 'NOT_FOUND')
    const member = household.members.find((m) => m.id === input.memberId)
    assert(member, 'NOT_FOUND')
    const latest: ProofDoc | undefined = ctx.preloaded.latest[0]
    const doc = ownProof(ctx, latest, household) ?? (await create(ctx, input, household, member, latest))

    ctx.note({
      target: { collection: 'proofs', id: doc._id, villageId: doc.villageId, householdId: doc.householdId },
      summary: `${doc.previousProofId ? '重新提交' : '提交'}${doc.memberName}的异地检查证明（${doc.clinicName}，${doc.checkupDay}）`,
    })
    return { proof: proofView(doc) }
  },
})

/** A retry whose first reply was lost finds the proof it stored. */
function ownProof(ctx: ActionContext, latest: ProofDoc | undefined, household: HouseholdDoc): ProofDoc | null {
  return latest && latest.householdId === household._id && latest.requestId === ctx.requestId ? latest : null
}

async function create(ctx: ActionContext<{ previous?: ProofDoc[] }>, input: ProofSubmitInput, household: HouseholdDoc, member: MemberDoc, latest: ProofDoc | undefined): Promise<ProofDoc> {
  assert(!household.archived, 'HOUSEHOLD_ARCHIVED')
  assert(member.workingAway, 'NOT_WORKING_AWAY')
  const now = new Date()
  const dayProblem = checkupDayProblem(input.checkupDay, businessDay(now))
  assert(!dayProblem, 'INVALID_INPUT', { checkupDay: dayProblem! })
  // Only a photo from the caller's own upload folder: nobody can attach another person's file.
  assert(isOwnProofPhoto(input.fileId, photoFolderKey(ctx.caller.openid)), 'PHOTO_INVALID')
  assert(latest?.status !== 'pending', 'PROOF_PENDING')
  const previousProofId = input.previousProofId ?? null
  if (previousProofId) {
    const previous: ProofDoc | undefined = ctx.preloaded.previous?.[0]
    assert(previous && previous.memberId === member.id && previous.householdId === household._id, 'NOT_FOUND')
    assert(previous.status === 'rejected', 'PROOF_STATE')
  }

  // The temporary link proves the file exists and is what the content check reads.
  const url = (await photoUrls([input.fileId]))[input.fileId]
  assert(url, 'PHOTO_INVALID')
  const traceId = await startMediaCheck(url, ctx.caller.openid)

  const account = accountOf(ctx.caller)
  const seq = (latest?.seq ?? 0) + 1
  const doc: ProofDoc = {
    _id: `${member.id}:p${seq}`, seq, householdId: household._id, householdLabel: household.label,
    villageId: household.villageId, groupId: household.groupId, groupName: account.groupName ?? '',
    memberId: member.id, memberName: member.name, city: member.workingAway.city,
    clinicName: input.clinicName, checkupDay: input.checkupDay, fileId: input.fileId, mediaCheckTraceId: traceId,
    status: 'pending', reason: null, previousProofId, submittedAt: now, decidedAt: null, decidedBy: null,
    photoDeletedAt: null, requestId: ctx.requestId, decisionRequestId: null,
  }
  try {
    await ctx.db.collection('proofs').add({ data: doc })
  } catch (e) {
    if (!isDuplicateKey(e)) throw e
    // Another submission for this member took the number first; if it is this very request
    // (sent twice at once), answer with it.
    const twin = listOf<ProofDoc>(await ctx.db.collection('proofs').where({ _id: doc._id }).limit(1).get())[0]
    assert(twin && ownProof(ctx, twin, household), 'PROOF_PENDING')
    return twin
  }
  return doc
}
