import { PAGES } from '@chengxin/shared/src/api/pages'
import { businessDay, businessQuarter, CHAIN_START, householdTag, LEDGER_KIND_LABELS, nextLink, fenText, type ChainPoint } from '@chengxin/shared/src/domain'
import type { ActionContext, LedgerChainDoc, LedgerEntryDoc } from '@chengxin/shared/src/server'
import { assert, defineAction, isDuplicateKey, listOf, preloadOf, updatedCount } from '@chengxin/shared/src/server'
import { actorOf, chainId, entryView, financeMember, readerOf } from './finance'

/** A reversal's id is `<original>.r<n>`: the original it reverses, loaded beside it. */
const originalOf = (entryId: string) => /^(.+)\.r\d+$/.exec(entryId)?.[1] ?? null

const preloadEntry = (input: { entryId: string }) => {
  const original = originalOf(input.entryId)
  return preloadOf({
    entry: { from: 'ledger_entries', match: { _id: input.entryId } },
    head: { from: 'ledger_chain', ofCaller: { villageId: 'villageId' }, sort: { seq: -1 }, limit: 1 },
    link: { from: 'ledger_chain', match: { entryId: input.entryId } },
    ...(original ? { reversedBy: { from: 'ledger_chain', match: { reversesEntryId: original } } } : {}),
  })
}

/** The checks of the second person: a finance member of the village, not the recorder, not of the household concerned. */
function decidable(ctx: ActionContext<{ entry: LedgerEntryDoc[] }>): { entry: LedgerEntryDoc; account: ReturnType<typeof financeMember>; retry: boolean } {
  const account = financeMember(ctx.caller)
  const entry: LedgerEntryDoc | undefined = ctx.preloaded.entry[0]
  assert(entry, 'NOT_FOUND')
  assert(entry.villageId === account.villageId, 'NOT_IN_VILLAGE')
  if (entry.decisionRequestId === ctx.requestId) return { entry, account, retry: true }
  assert(entry.recordedBy.openid !== ctx.caller.openid, 'LEDGER_SAME_PERSON')
  assert(!entry.householdId || entry.householdId !== account.householdId, 'LEDGER_OWN_HOUSEHOLD')
  assert(entry.status === 'pending', 'LEDGER_STATE')
  return { entry, account, retry: false }
}

/** Decides from 'pending' only: of two members (or an approval and a rejection) racing, one wins. */
async function decideOnce(ctx: ActionContext, entry: LedgerEntryDoc, fields: Partial<LedgerEntryDoc>): Promise<LedgerEntryDoc> {
  const res = await ctx.db.collection('ledger_entries').where({ _id: entry._id, status: 'pending' }).update({ data: fields })
  assert(updatedCount(res) === 1, 'LEDGER_STATE')
  return { ...entry, ...fields }
}

/**
 * The second member approves: the entry is claimed from 'pending', then linked at the chain's
 * next position. A position is a document id, so two approvals racing for it cannot both
 * insert: the loser reads the new head and takes the next one (one more round trip per lost
 * race). Five round trips uncontended: context, claim, decision, link, record. A retry whose
 * first run died between decision and link finishes the link.
 */
export const approve = defineAction<'ledger.approve'>()({
  preload: preloadEntry,

  async run(ctx) {
    const { entry: found, account, retry } = decidable(ctx)
    let entry = found
    if (!retry) {
      if (entry.reversesEntryId) assert(!(ctx.preloaded.reversedBy ?? []).length, 'LEDGER_REVERSED')
      entry = await decideOnce(ctx, entry, { status: 'approved', decidedBy: actorOf(ctx, account), decidedAt: new Date(), decisionRequestId: ctx.requestId })
    }
    const link = ctx.preloaded.link[0] ?? (await chain(ctx, entry, ctx.preloaded.head[0]))

    const what = `${LEDGER_KIND_LABELS[entry.kind]} ${fenText(entry.amountFen)}元`
    ctx.note({
      target: { collection: 'ledger_chain', id: link._id, villageId: entry.villageId, householdId: entry.householdId },
      summary: `审核通过账目第${link.seq}笔：${what}，${entry.purpose}`,
    })
    if (entry.householdId) {
      ctx.notify({ to: { householdId: entry.householdId }, template: 'ledger-entry', title: '有一笔涉及您家的账目已入账', body: `${what}：${entry.purpose}`, page: PAGES.ledger() })
    }
    return { entry: entryView(entry, readerOf(ctx.caller), link) }
  },
})

const pointOf = (head: LedgerChainDoc | undefined): ChainPoint => (head ? { seq: head.seq, hash: head.hash, balanceFen: head.balanceFen } : CHAIN_START)

async function chain(ctx: ActionContext, entry: LedgerEntryDoc, head: LedgerChainDoc | undefined): Promise<LedgerChainDoc> {
  const approvedAt = new Date(entry.decidedAt!)
  const content = {
    villageId: entry.villageId, day: businessDay(approvedAt), kind: entry.kind, amountFen: entry.amountFen, signedFen: entry.signedFen,
    household: entry.householdId ? householdTag(entry.householdId, entry.nonce) : null, itemId: entry.itemId,
    source: entry.source ? `${entry.source.type}:${entry.source.id}` : null, purpose: entry.purpose, reversesSeq: entry.reversesSeq,
    reason: entry.reason, recordedBy: entry.recordedBy.name, approvedBy: entry.decidedBy!.name,
  }
  let point = pointOf(head)
  for (let attempt = 0; attempt < 20; attempt++) {
    const link = nextLink(point, content)
    const doc: LedgerChainDoc = {
      _id: chainId(entry.villageId, link.seq), ...link, entryId: entry._id, townshipId: entry.townshipId, quarter: businessQuarter(approvedAt),
      householdId: entry.householdId, householdLabel: entry.householdLabel, nonce: entry.nonce, itemText: entry.itemText,
      receiptFileId: entry.receiptFileId, reversesEntryId: entry.reversesEntryId, recordedAt: entry.recordedAt, approvedAt, requestId: ctx.requestId,
    }
    try {
      await ctx.db.collection('ledger_chain').add({ data: doc })
      return doc
    } catch (e) {
      if (!isDuplicateKey(e)) throw e
    }
    // Another approval took this position: continue from the new head.
    const [newest] = listOf<LedgerChainDoc>(await ctx.db.collection('ledger_chain').where({ villageId: entry.villageId }).orderBy('seq', 'desc').limit(1).get())
    point = pointOf(newest)
  }
  throw new Error('ledger chain: no free position after 20 attempts')
}

/** The second member sends it back with a reason; it counts nowhere and stays listed for the group. */
export const reject = defineAction<'ledger.reject'>()({
  preload: (input) => ({ entry: { from: 'ledger_entries', match: { _id: input.entryId } } }),

  async run(ctx, input) {
    const { entry: found, account, retry } = decidable(ctx)
    const entry = retry
      ? found
      : await decideOnce(ctx, found, { status: 'rejected', decidedBy: actorOf(ctx, account), decidedAt: new Date(), rejectReason: input.reason, decisionRequestId: ctx.requestId })
    ctx.note({
      target: { collection: 'ledger_entries', id: entry._id, villageId: entry.villageId, householdId: entry.householdId },
      summary: `退回账目：${LEDGER_KIND_LABELS[entry.kind]} ${fenText(entry.amountFen)}元，理由：${entry.rejectReason}`,
    })
    ctx.notify({ to: { openid: entry.recordedBy.openid }, template: 'ledger-pending', title: '您登记的账目被退回', body: `理由：${entry.rejectReason}`, page: PAGES.financeLedger() })
    return { entry: entryView(entry, readerOf(ctx.caller)) }
  },
})
