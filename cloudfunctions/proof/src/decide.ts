import { PAGES } from '@chengxin/shared/src/api/pages'
import type { ProofDoc } from '@chengxin/shared/src/server'
import { accountOf, assert, assertSameVillage, updatedCount, defineAction } from '@chengxin/shared/src/server'
import { proofView } from './view'

/**
 * A cadre of the household's village verifies a pending proof or rejects it with a reason.
 * The update only applies to a proof still pending, so two cadres racing cannot both decide;
 * it carries this requestId, so a retry after a lost reply recognises its own decision.
 */
export const decide = defineAction<'proof.decide'>()({
  preload: (input) => ({ proof: { from: 'proofs', match: { _id: input.proofId } } }),

  async run(ctx, input) {
    const proof = ctx.preloaded.proof.at(0)
    assert(proof, 'NOT_FOUND')
    assertSameVillage(ctx.caller, proof.villageId)
    const account = accountOf(ctx.caller)
    // No one decides a proof of their own household.
    assert(account.householdId !== proof.householdId, 'FORBIDDEN_ROLE')

    const verified = input.outcome === 'verified'
    let after = proof
    if (proof.decisionRequestId !== ctx.requestId) {
      assert(proof.status === 'pending', 'PROOF_STATE')
      const fields: Partial<ProofDoc> = {
        status: input.outcome, reason: verified ? null : input.reason, decidedAt: new Date(),
        decidedBy: account.name ?? '村专干', decisionRequestId: ctx.requestId,
      }
      const res = await ctx.db.collection('proofs').where({ _id: proof._id, status: 'pending' }).update({ data: fields })
      assert(updatedCount(res) === 1, 'PROOF_STATE')
      after = { ...proof, ...fields }
    }

    const what = `${after.memberName}在${after.clinicName}（${after.checkupDay}）的检查证明`
    ctx.note({
      target: { collection: 'proofs', id: proof._id, villageId: proof.villageId, householdId: proof.householdId },
      summary: verified ? `审核通过${what}` : `驳回${what}：${after.reason}`,
    })
    ctx.notify({
      to: { householdId: proof.householdId },
      template: 'proof-decided',
      title: verified ? '异地检查证明已通过' : '异地检查证明未通过',
      body: verified ? `${what}已审核通过` : `${what}未通过，理由：${after.reason}。可重新上传`,
      page: PAGES.proofs(),
    })
    return { proof: proofView(after) }
  },
})
