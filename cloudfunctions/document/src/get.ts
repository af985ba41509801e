import type { DocumentGetOutput } from '@chengxin/shared/src/api'
import { documentDiff, noticeOpen } from '@chengxin/shared/src/domain'
import type { ActionContext, DocumentCommentDoc, VillageDocumentDoc } from '@chengxin/shared/src/server'
import { accountOf, assert, listOf, defineAction } from '@chengxin/shared/src/server'
import { versionScope } from './readers'
import { summaryOf } from './view'

const COMMENT_PAGE = 50
type Comments = DocumentGetOutput['comments']

/**
 * One version with its text and what changed since the version adopted before it: a
 * resident reading a version on notice sees exactly what the assembly will vote on.
 */
export const get = defineAction<'document.get'>()({
  preload: (input) => ({ doc: { from: 'village_documents', match: { _id: input.documentId } } }),

  async run(ctx, input) {
    const doc = ctx.preloaded.doc.at(0)
    assert(doc, 'NOT_FOUND')
    const scope = versionScope(ctx.caller, doc)
    const { db, _, caller } = ctx
    const own = accountOf(caller).villageId === doc.villageId
    const who: Comments['scope'] = scope.manages ? 'all' : own && caller.roles.includes('resident') ? 'own' : 'none'

    const [previousRes, comments] = await Promise.all([
      db.collection('village_documents')
        .where({ villageId: doc.villageId, kind: doc.kind, version: _.lt(doc.version), status: _.in(['adopted', 'superseded']) })
        .orderBy('version', 'desc').limit(1).field({ version: true, body: true, adoptedAt: true }).get(),
      doc.status === 'draft' ? { scope: who, items: [], total: 0 } : commentsOf(ctx, doc, who, input.commentOffset),
    ])
    const previous = listOf<VillageDocumentDoc>(previousRes)[0]
    return {
      document: { ...summaryOf(doc), villageName: doc.villageName, body: doc.body },
      previous: previous
        ? { id: previous._id, version: previous.version, adoptedAt: previous.adoptedAt ? new Date(previous.adoptedAt).toISOString() : null }
        : null,
      changes: documentDiff(previous?.body ?? null, doc.body),
      comments,
      canComment: own && caller.roles.includes('resident') && doc.status === 'notice' && noticeOpen(doc.notice!.endsAt, new Date()),
    }
  },
})

/** The village's cadres read every comment (a page at a time); a resident only their own. */
async function commentsOf(ctx: ActionContext, doc: VillageDocumentDoc, who: Comments['scope'], offset: number): Promise<Comments> {
  if (who === 'none') return { scope: who, items: [], total: 0 }
  const filter = who === 'all' ? { documentId: doc._id } : { documentId: doc._id, openid: ctx.caller.openid }
  const query = ctx.db.collection('document_comments').where(filter)
  const [page, count] = await Promise.all([
    query.orderBy('at', 'desc').skip(offset).limit(COMMENT_PAGE).get(),
    query.count(),
  ])
  const items = listOf<DocumentCommentDoc>(page).map((c) => ({
    id: c._id, name: c.name, text: c.text, at: new Date(c.at).toISOString(), mine: c.openid === ctx.caller.openid,
  }))
  return { scope: who, items, total: (count as { total: number }).total }
}
