import { DOCUMENT_KIND_LABELS } from '@chengxin/shared/src/api'
import { nextDocumentStatus, noticeEndsAt, noticeLastDay } from '@chengxin/shared/src/domain'
import { assert, assertSameVillage, updatedCount, defineAction } from '@chengxin/shared/src/server'
import { documentPage } from './view'

/** A cadre puts the village's draft on public notice and tells the village's residents. */
export const publish = defineAction<'document.publish'>()({
  preload: (input) => ({ doc: { from: 'village_documents', match: { _id: input.documentId } } }),

  async run(ctx, input) {
    const doc = ctx.preloaded.doc.at(0)
    assert(doc, 'NOT_FOUND')
    assertSameVillage(ctx.caller, doc.villageId)

    // A retry whose first reply was lost finds the notice it started.
    let notice = doc.notice?.requestId === ctx.requestId ? doc.notice : null
    if (!notice) {
      assert(nextDocumentStatus(doc.status, 'publish'), 'DOCUMENT_STATE')
      const now = new Date()
      notice = { days: input.noticeDays, startsAt: now, endsAt: noticeEndsAt(now, input.noticeDays), requestId: ctx.requestId }
      const res = await ctx.db.collection('village_documents')
        .where({ _id: doc._id, status: 'draft' })
        .update({ data: { status: 'notice', notice, updatedAt: now } })
      assert(updatedCount(res) === 1, 'DOCUMENT_STATE')
    }

    const kind = DOCUMENT_KIND_LABELS[doc.kind]
    const lastDay = noticeLastDay(notice)
    ctx.note({
      target: { collection: 'village_documents', id: doc._id, villageId: doc.villageId, householdId: null },
      summary: `公示${kind}第${doc.version}版《${doc.title}》${notice.days}天，至${lastDay}`,
    })
    ctx.notify({
      to: { villageId: doc.villageId, role: 'resident' },
      template: 'document-notice',
      title: `${kind}公示`,
      body: `${doc.villageName}${kind}（第${doc.version}版）正在公示，至${lastDay}止，欢迎查看并提出意见`,
      page: documentPage(doc._id),
    })
    const iso = (d: Date | string) => new Date(d).toISOString()
    return {
      documentId: doc._id, version: doc.version, status: 'notice' as const,
      notice: { days: notice.days, startsAt: iso(notice.startsAt), endsAt: iso(notice.endsAt) },
    }
  },
})
