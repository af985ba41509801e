import { noticeOpen } from '@chengxin/shared/src/domain'
import type { DocumentCommentDoc } from '@chengxin/shared/src/server'
import { accountOf, assert, isDuplicateKey, defineAction } from '@chengxin/shared/src/server'

/**
 * A resident of the village comments on a version while it is on notice. The comment's
 * `_id` is the requestId, so a retry after a lost reply cannot store it twice.
 */
export const comment = defineAction<'document.comment'>()({
  preload: (input) => ({ doc: { from: 'village_documents', match: { _id: input.documentId } } }),

  async run(ctx, input) {
    const doc = ctx.preloaded.doc.at(0)
    const account = accountOf(ctx.caller)
    assert(doc && doc.status !== 'draft', 'NOT_FOUND')
    assert(account.villageId === doc.villageId, 'NOT_IN_VILLAGE')
    const now = new Date()
    assert(doc.status === 'notice' && doc.notice && noticeOpen(doc.notice.endsAt, now), 'NOTICE_CLOSED')

    const stored: DocumentCommentDoc = {
      _id: ctx.requestId, documentId: doc._id, villageId: doc.villageId,
      openid: ctx.caller.openid, name: account.name ?? '村民', text: input.text, at: now,
    }
    try {
      await ctx.db.collection('document_comments').add({ data: stored })
    } catch (e) {
      if (!isDuplicateKey(e)) throw e
    }
    ctx.note({
      target: { collection: 'document_comments', id: stored._id, villageId: doc.villageId, householdId: account.householdId },
      summary: `对《${doc.title}》第${doc.version}版提出意见（${input.text.length}字）`,
    })
    return { commentId: stored._id, documentId: doc._id, at: now.toISOString() }
  },
})
