// Verifying a village ledger of 5,000 approved entries: the chain is built with the same domain
// functions the ledger function uses, inserted straight into the emulator, then ledger.verify
// is called page by page as the app does. Exported for `npm run bench`; runs on its own with
// `node --import tsx scripts/bench-ledger.ts` (functions built first).
import { randomBytes } from 'crypto'
import { startEmulator } from '../emulator-app/start'
import { CHAIN_START, householdTag, nextLink, type ChainPoint } from '../shared/src/domain/ledger-chain'

export interface LedgerBench { entries: number; calls: number; roundTrips: number[]; ms: number; ok: boolean; checked: number }

export async function benchLedger(entries = 5_000): Promise<LedgerBench> {
  const emu = await startEmulator({ strictIndexes: true, seed: {} })
  try {
    const db = emu.wire.db.collection('ledger_chain')
    db.remove({ villageId: 'v-shizi' })
    let head: ChainPoint = CHAIN_START
    const docs = []
    const start = new Date('2026-01-05T02:00:00Z').getTime()
    for (let i = 1; i <= entries; i++) {
      const at = new Date(start + i * 3600_000)
      const nonce = randomBytes(16).toString('hex')
      const householdId = `h-shizi-${String((i % 28) + 1).padStart(3, '0')}`
      const kind = i % 5 === 0 ? 'income' : 'household-fee'
      const link = nextLink(head, {
        villageId: 'v-shizi', day: at.toISOString().slice(0, 10), kind, amountFen: 1000 + i, signedFen: 1000 + i,
        household: kind === 'income' ? null : householdTag(householdId, nonce), itemId: kind === 'income' ? null : 'h2', source: null,
        purpose: `测试账目第${i}笔`, reversesSeq: null, reason: null, recordedBy: '甲', approvedBy: '乙',
      })
      docs.push({
        _id: `v-shizi#${String(link.seq).padStart(7, '0')}`, ...link, entryId: `le-bench-${i}`, townshipId: 't-shizi', quarter: '2026Q1',
        householdId: kind === 'income' ? null : householdId, householdLabel: null, nonce, itemText: null, receiptFileId: null,
        reversesEntryId: null, recordedAt: at, approvedAt: at, requestId: `bench-${i}`,
      })
      head = { seq: link.seq, hash: link.hash, balanceFen: link.balanceFen }
    }
    db.insertMany(docs)
    await emu.call('ledger', { action: 'ledger.summary', input: {} }, 'o-resident-neighbour') // the worker starts
    const started = Date.now()
    const roundTrips: number[] = []
    let after: unknown
    let checked = 0
    let ok = true
    for (;;) {
      const out = await emu.call('ledger', { action: 'ledger.verify', input: after ? { after } : {} }, 'o-resident-neighbour')
      if (!out.result?.ok) throw new Error(JSON.stringify(out.result ?? out.error))
      roundTrips.push(out.roundTrips)
      checked += out.result.data.checked
      ok = ok && out.result.data.ok
      if (out.result.data.done) break
      after = out.result.data.through
    }
    return { entries, calls: roundTrips.length, roundTrips, ms: Date.now() - started, ok, checked }
  } finally {
    await emu.stop()
  }
}

if (require.main === module) {
  benchLedger().then((r) => console.log(`ledger.verify of ${r.entries} entries: ${r.ms} ms in ${r.calls} calls (round trips ${r.roundTrips.join(', ')}), ${r.ok ? '账目完整' : 'BROKEN'}, ${r.checked} checked`))
}
