import type { LedgerChainDoc, LedgerEntryDoc } from '@chengxin/shared/src/server'
import { accountOf, assert, listOf, defineAction } from '@chengxin/shared/src/server'
import { photoUrls } from '../../proof/src/photos'
import { entryView, linkView, readerOf, seesReceipts, type Reader } from './finance'

/** Temporary links to a page's receipt photos, only for readers who may see them (no database round trip). */
const receiptUrls = (docs: Array<{ receiptFileId: string | null }>, reader: Reader) =>
  seesReceipts(reader) ? photoUrls(docs.map((d) => d.receiptFileId)) : Promise.resolve({})

/**
 * A page of the caller's village ledger. Residents read approved entries only, other
 * households as 某户; the finance group also reads its queue. Three round trips.
 */
export const list = defineAction<'ledger.list'>()({
  preload: () => ({
    head: { from: 'ledger_chain', ofCaller: { villageId: 'villageId' }, sort: { seq: -1 }, limit: 1 },
    village: { from: 'villages', ofCaller: { _id: 'villageId' } },
    // Consent is few households of one village; loading them with the context costs no round trip.
    named: { from: 'households', match: { 'ledgerNamed.named': true }, ofCaller: { villageId: 'villageId' }, limit: 1000 },
  }),

  async run({ db, caller, preloaded }, input) {
    const account = accountOf(caller)
    const villageId = account.villageId
    assert(villageId, 'NOT_IN_VILLAGE')
    const named = new Set((preloaded.named).map((h) => h._id))
    const reader = { ...readerOf(caller), named }
    const head = preloaded.head.at(0)
    const base = { villageName: preloaded.village[0]?.name ?? account.villageName ?? '', balanceFen: head?.balanceFen ?? 0, finance: reader.finance, ownNamed: !!reader.householdId && named.has(reader.householdId) }
    const page = { offset: input.offset, limit: input.limit }

    if (input.view === 'pending' || input.view === 'rejected') {
      assert(reader.finance, 'NOT_FINANCE_MEMBER')
      const query = db.collection('ledger_entries').where({ villageId, status: input.view })
      const [res, count] = await Promise.all([query.orderBy('recordedAt', 'desc').skip(input.offset).limit(input.limit).get(), query.count()])
      const docs = listOf<LedgerEntryDoc>(res)
      const urls = await receiptUrls(docs, reader)
      return { ...base, ...page, items: docs.map((e) => entryView(e, reader, null, urls)), total: (count as { total: number }).total }
    }

    if (input.view === 'mine') assert(reader.householdId, 'NOT_FOUND')
    const filter = {
      villageId,
      ...(input.view === 'mine' ? { householdId: reader.householdId } : {}),
      ...(input.quarter ? { quarter: input.quarter } : {}),
    }
    const query = db.collection('ledger_chain').where(filter)
    const [res, count] = await Promise.all([query.orderBy('seq', 'desc').skip(input.offset).limit(input.limit).get(), query.count()])
    const links = listOf<LedgerChainDoc>(res)
    const urls = await receiptUrls(links, reader)
    return { ...base, ...page, items: links.map((l) => linkView(l, reader, urls)), total: (count as { total: number }).total }
  },
})
