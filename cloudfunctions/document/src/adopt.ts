import { DOCUMENT_KIND_LABELS } from '@chengxin/shared/src/api'
import { meetingDateAllowed, noticeOpen, voteOutcome } from '@chengxin/shared/src/domain'
import type { VillageDocumentDoc } from '@chengxin/shared/src/server'
import { assert, assertSameVillage, updatedCount, defineAction } from '@chengxin/shared/src/server'
import { documentPage } from './view'

type Vote = NonNullable<VillageDocumentDoc['vote']>

/**
 * After the notice ends, a cadre records the assembly's vote. An adopted version becomes
 * current and the version it replaces is kept as superseded; a rejected one stays in the
 * history and the current version stays in force.
 */
export const adopt = defineAction<'document.adopt'>()({
  preload: (input) => ({ doc: { from: 'village_documents', match: { _id: input.documentId } } }),

  async run(ctx, input) {
    const doc = ctx.preloaded.doc.at(0)
    assert(doc, 'NOT_FOUND')
    assertSameVillage(ctx.caller, doc.villageId)
    const now = new Date()

    // A retry whose first reply was lost finds its vote recorded and only finishes the job.
    let vote = doc.vote?.requestId === ctx.requestId ? doc.vote : null
    if (!vote) {
      assert(doc.status === 'notice' && doc.notice, 'DOCUMENT_STATE')
      assert(!noticeOpen(doc.notice.endsAt, now), 'NOTICE_NOT_ENDED')
      assert(voteOutcome(input) === input.outcome, 'VOTE_MISMATCH')
      assert(meetingDateAllowed(input.meetingDate, new Date(doc.notice.startsAt), now), 'INVALID_INPUT', {
        meetingDate: '会议日期应在公示开始之后，且不晚于今天',
      })
      vote = {
        meetingDate: input.meetingDate, for: input.for, against: input.against, abstain: input.abstain,
        outcome: input.outcome, requestId: ctx.requestId,
      } satisfies Vote
      const adopted = vote.outcome === 'adopted'
      const res = await ctx.db.collection('village_documents')
        .where({ _id: doc._id, status: 'notice' })
        .update({ data: { status: vote.outcome, vote, adoptedAt: adopted ? now : null, updatedAt: now } })
      assert(updatedCount(res) === 1, 'DOCUMENT_STATE')
    }

    if (vote.outcome === 'adopted') {
      // Until this runs two versions are adopted; readers take the highest, so the village
      // never reads a wrong current version, and a retry finishes it.
      await ctx.db.collection('village_documents')
        .where({ villageId: doc.villageId, kind: doc.kind, status: 'adopted', version: ctx._.lt(doc.version) })
        .update({ data: { status: 'superseded', supersededAt: now, updatedAt: now } })
    }

    const kind = DOCUMENT_KIND_LABELS[doc.kind]
    const tally = `赞成${vote.for}票、反对${vote.against}票、弃权${vote.abstain}票`
    const adopted = vote.outcome === 'adopted'
    ctx.note({
      target: { collection: 'village_documents', id: doc._id, villageId: doc.villageId, householdId: null },
      summary: `${kind}第${doc.version}版经${vote.meetingDate}会议表决${adopted ? '通过' : '未通过'}（${tally}）`,
    })
    ctx.notify({
      to: { villageId: doc.villageId, role: 'resident' },
      template: 'document-decided',
      title: adopted ? `${kind}已通过` : `${kind}未获通过`,
      body: adopted
        ? `${doc.villageName}${kind}（第${doc.version}版）经村民会议表决通过（${tally}），即日起施行`
        : `${doc.villageName}${kind}（第${doc.version}版）未获村民会议通过（${tally}），现行版本继续有效`,
      page: documentPage(doc._id),
    })
    const { requestId: _, ...shown } = vote
    return { documentId: doc._id, version: doc.version, status: vote.outcome, vote: shown }
  },
})
