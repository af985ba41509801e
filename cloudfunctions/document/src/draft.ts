import type { ActionContext, VillageDocumentDoc } from '@chengxin/shared/src/server'
import { accountOf, assert, isDuplicateKey, updatedCount, defineAction } from '@chengxin/shared/src/server'
import { DOCUMENT_KIND_LABELS, type DocumentDraftInput } from '@chengxin/shared/src/api'

/**
 * A cadre writes the next version of one kind of document. A village has at most one open
 * version per kind, so the draft is found by kind: rewritten while it is a draft, created
 * as the next version when the latest one is settled, refused while one is on notice.
 * The next version's `_id` is its number, so two cadres creating it at once collide on
 * `_id` and only one is stored.
 */
export const draft = defineAction<'document.draft'>()({
  preload: (input) => ({
    latest: { from: 'village_documents', match: { kind: input.kind }, ofCaller: { villageId: 'villageId' }, sort: { version: -1 }, limit: 1 },
  }),

  async run(ctx, input) {
    const latest = ctx.preloaded.latest.at(0)
    const doc = latest?.status === 'draft' ? await rewrite(ctx, latest, input) : await create(ctx, latest, input)
    ctx.note({
      target: { collection: 'village_documents', id: doc._id, villageId: doc.villageId, householdId: null },
      summary: `起草${DOCUMENT_KIND_LABELS[doc.kind]}第${doc.version}版《${doc.title}》（${doc.body.length}字）`,
    })
    return { documentId: doc._id, version: doc.version, status: 'draft' as const }
  },
})

async function rewrite(ctx: ActionContext, latest: VillageDocumentDoc, input: DocumentDraftInput): Promise<VillageDocumentDoc> {
  const changes = { title: input.title, body: input.body, updatedAt: new Date() }
  const res = await ctx.db.collection('village_documents').where({ _id: latest._id, status: 'draft' }).update({ data: changes })
  assert(updatedCount(res) === 1, 'DOCUMENT_STATE') // published meanwhile
  return { ...latest, ...changes }
}

async function create(ctx: ActionContext, latest: VillageDocumentDoc | undefined, input: DocumentDraftInput): Promise<VillageDocumentDoc> {
  assert(latest?.status !== 'notice', 'DOCUMENT_STATE')
  const account = accountOf(ctx.caller)
  assert(account.villageId, 'NOT_IN_VILLAGE')
  const version = (latest?.version ?? 0) + 1
  const now = new Date()
  const doc: VillageDocumentDoc = {
    _id: `${account.villageId}:${input.kind}:v${version}`,
    villageId: account.villageId,
    villageName: account.villageName ?? '',
    kind: input.kind,
    version,
    title: input.title,
    body: input.body,
    status: 'draft',
    notice: null,
    vote: null,
    adoptedAt: null,
    supersededAt: null,
    createdAt: now,
    updatedAt: now,
  }
  try {
    await ctx.db.collection('village_documents').add({ data: doc })
  } catch (e) {
    assert(!isDuplicateKey(e), 'DOCUMENT_STATE') // another cadre created this version first
    throw e
  }
  return doc
}
