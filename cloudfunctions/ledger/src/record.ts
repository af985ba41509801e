import { randomBytes } from 'crypto'
import { PAGES } from '@chengxin/shared/src/api/pages'
import type { LedgerRecordInput } from '@chengxin/shared/src/api'
import { isOwnProofPhoto, LEDGER_KIND_LABELS, signedFen, fenText } from '@chengxin/shared/src/domain'
import type { AccountDoc, ActionContext, CommitmentTemplateDoc, HouseholdDoc, LedgerChainDoc, LedgerEntryDoc } from '@chengxin/shared/src/server'
import { assert, defineAction, isDuplicateKey, listOf } from '@chengxin/shared/src/server'
import { photoFolderKey } from '../../proof/src/photo-folder'
import { actorOf, financeMember, readerOf, entryView } from './finance'

/** What ledger.record preloads (the household and the reversed entry only when the input names them). */
type RecordContext = ActionContext<{ template: CommitmentTemplateDoc[]; household?: HouseholdDoc[]; original?: LedgerChainDoc[]; reversals?: LedgerEntryDoc[] }>

type Content = Omit<LedgerEntryDoc, '_id' | 'villageId' | 'townshipId' | 'nonce' | 'status' | 'recordedBy' | 'recordedAt' | 'requestId' | 'decidedBy' | 'decidedAt' | 'rejectReason' | 'decisionRequestId'>

/**
 * A finance member records an entry, pending until a second member approves it. Its id comes
 * from the requestId (a reversal's from its original), so the insert itself recognises a
 * retry, and two reversals of one entry collide. Four round trips: context, claim, insert, record.
 */
export const record = defineAction<'ledger.record'>()({
  preload: (input) => ({
    template: { from: 'commitment_templates', ofCaller: { villageId: 'villageId' }, sort: { version: -1 }, limit: 1 },
    financeMembers: { from: 'accounts', match: { roles: 'panel', panelGroups: 'finance' }, ofCaller: { villageId: 'villageId' }, limit: 30 },
    ...('householdId' in input ? { household: { from: 'households', match: { _id: input.householdId } } } : {}),
    ...(input.kind === 'reversal'
      ? {
          original: { from: 'ledger_chain', match: { entryId: input.reversesEntryId } },
          reversals: { from: 'ledger_entries', match: { reversesEntryId: input.reversesEntryId }, limit: 50 },
        }
      : {}),
  }),

  async run(ctx, input) {
    const account = financeMember(ctx.caller)
    const { id, content, mine } = input.kind === 'reversal' ? reversal(ctx, account, input) : fresh(ctx, account, input)
    const doc = mine ?? (await insert(ctx, account, id, content))

    const what = `${LEDGER_KIND_LABELS[doc.kind]} ${fenText(doc.amountFen)}元`
    ctx.note({
      target: { collection: 'ledger_entries', id: doc._id, villageId: doc.villageId, householdId: doc.householdId },
      summary: `登记账目（待审核）：${what}，${doc.purpose}`,
    })
    for (const m of ctx.preloaded.financeMembers) {
      if (m._id === ctx.caller.openid) continue
      ctx.notify({ to: { openid: m._id }, template: 'ledger-pending', title: '有一笔账目待审核', body: `${doc.recordedBy.name}登记：${what}`, page: PAGES.financeLedger() })
    }
    return { entry: entryView(doc, readerOf(ctx.caller)) }
  },
})

type Fresh = Exclude<LedgerRecordInput, { kind: 'reversal' }>

function fresh(ctx: RecordContext, account: AccountDoc & { villageId: string }, input: Fresh) {
  let household: HouseholdDoc | null = null
  if ('householdId' in input) {
    household = ctx.preloaded.household?.[0] ?? null
    assert(household, 'NOT_FOUND')
    assert(household.villageId === account.villageId, 'NOT_IN_VILLAGE')
  }
  let itemText: string | null = null
  if (input.itemId) {
    const template: CommitmentTemplateDoc | undefined = ctx.preloaded.template[0]
    const item = [...(template?.villageItems ?? []), ...(template?.householdItems ?? [])].find((i) => i.id === input.itemId)
    assert(item, 'LEDGER_ITEM_UNKNOWN')
    itemText = item.text
  }
  const receipt = 'receiptFileId' in input ? input.receiptFileId ?? null : null
  // Only a photo from the member's own upload folder: nobody attaches another person's file.
  assert(!receipt || isOwnProofPhoto(receipt, photoFolderKey(ctx.caller.openid)), 'PHOTO_INVALID')
  const content: Content = {
    kind: input.kind, amountFen: input.amountFen, signedFen: signedFen(input.kind, input.amountFen),
    householdId: household?._id ?? null, householdLabel: household?.label ?? null, itemId: input.itemId ?? null, itemText,
    source: input.source ?? null, purpose: input.purpose, receiptFileId: receipt, reversesEntryId: null, reversesSeq: null, reason: null,
  }
  return { id: `le-${ctx.requestId}`, content, mine: null }
}

function reversal(ctx: RecordContext, account: AccountDoc & { villageId: string }, input: Extract<LedgerRecordInput, { kind: 'reversal' }>) {
  const original: LedgerChainDoc | undefined = ctx.preloaded.original?.[0]
  assert(original, 'NOT_FOUND')
  assert(original.villageId === account.villageId, 'NOT_IN_VILLAGE')
  assert(original.kind !== 'reversal', 'LEDGER_NOT_REVERSIBLE')
  const reversals = ctx.preloaded.reversals ?? []
  const mine = reversals.find((r) => r.requestId === ctx.requestId) ?? null
  assert(mine || reversals.every((r) => r.status === 'rejected'), 'LEDGER_REVERSED')
  const content: Content = {
    kind: 'reversal', amountFen: original.amountFen, signedFen: -original.signedFen,
    householdId: original.householdId, householdLabel: original.householdLabel, itemId: original.itemId, itemText: original.itemText,
    source: null, purpose: `冲正第${original.seq}笔：${original.purpose}`, receiptFileId: null,
    reversesEntryId: original.entryId, reversesSeq: original.seq, reason: input.reason,
  }
  // The n-th attempt at reversing it: two members racing for the same n collide on the id.
  return { id: `${original.entryId}.r${reversals.length + 1}`, content, mine }
}

async function insert(ctx: ActionContext, account: AccountDoc & { villageId: string }, id: string, content: Content): Promise<LedgerEntryDoc> {
  const doc: LedgerEntryDoc = {
    _id: id, villageId: account.villageId, townshipId: account.townshipId ?? '', ...content,
    nonce: randomBytes(16).toString('hex'), status: 'pending', recordedBy: actorOf(ctx, account), recordedAt: new Date(),
    requestId: ctx.requestId, decidedBy: null, decidedAt: null, rejectReason: null, decisionRequestId: null,
  }
  try {
    await ctx.db.collection('ledger_entries').add({ data: doc })
    return doc
  } catch (e) {
    if (!isDuplicateKey(e)) throw e
    // Its own entry (a retry whose first run died after the insert), or a racing reversal.
    const [stored] = listOf<LedgerEntryDoc>(await ctx.db.collection('ledger_entries').where({ _id: id }).limit(1).get())
    assert(stored?.requestId === ctx.requestId, 'LEDGER_REVERSED')
    return stored
  }
}
