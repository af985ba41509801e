// A few approved entries in 十字村's ledger (a township grant, breach fees both ways, a reward,
// spending) and one waiting for the second finance member, so `npm start` shows a ledger.
import { CHAIN_START, householdTag, nextLink, signedFen, type ChainPoint, type LedgerKind } from '@chengxin/shared/src/domain/ledger-chain'
import { businessDay, businessQuarter } from '@chengxin/shared/src/domain/dates'
import type { AccountDoc, HouseholdDoc, LedgerChainDoc, LedgerEntryDoc, VillageDoc } from '@chengxin/shared/src/server/documents'
import { HOUSEHOLD_ITEMS, VILLAGE_ITEMS } from './template'

const DAY = 86_400_000
type Kind = Exclude<LedgerKind, 'reversal'>

interface Plan { kind: Kind; fen: number; hh?: HouseholdDoc; item?: { id: string; text: string }; purpose: string; daysAgo: number }

export function demoLedger(villages: VillageDoc[], households: HouseholdDoc[], accounts: AccountDoc[], now: Date) {
  const shizi = villages[0]
  const finance = accounts.filter((a) => a.villageId === shizi._id && (a.panelGroups ?? []).includes('finance'))
  const [first, second] = finance
  const inVillage = households.filter((h) => h.villageId === shizi._id)
  if (!first || !second || inVillage.length < 15) return { ledger_entries: [], ledger_chain: [] }
  const plans: Plan[] = [
    { kind: 'income', fen: 500000, purpose: '镇里拨付双诚信双承诺工作经费', daysAgo: 120 },
    { kind: 'household-fee', fen: 20000, hh: inVillage[9], item: HOUSEHOLD_ITEMS[2], purpose: '办酒席超出村规民约规定桌数，按承诺书交违约金', daysAgo: 100 },
    { kind: 'village-fee', fen: 30000, hh: inVillage[11], item: VILLAGE_ITEMS[1], purpose: '村里未按期兑现诚信示范户奖励，按承诺书付违约金', daysAgo: 40 },
    { kind: 'reward', fen: 50000, hh: inVillage[14], item: HOUSEHOLD_ITEMS[3], purpose: '评为诚信示范户，发放奖励', daysAgo: 30 },
    { kind: 'spending', fen: 12800, item: VILLAGE_ITEMS[0], purpose: '制作村务公开栏', daysAgo: 20 },
  ]
  const actor = (a: AccountDoc) => ({ openid: a._id, name: a.name ?? '', householdId: a.householdId })
  const entries: LedgerEntryDoc[] = []
  const chain: LedgerChainDoc[] = []
  let head: ChainPoint = CHAIN_START
  plans.forEach((p, i) => {
    const [recorder, approver] = i % 2 ? [second, first] : [first, second]
    const recordedAt = new Date(now.getTime() - p.daysAgo * DAY)
    const approvedAt = new Date(recordedAt.getTime() + DAY)
    const nonce = `${String(i + 1).padStart(2, '0')}`.repeat(16)
    const entry: LedgerEntryDoc = {
      _id: `le-seed-${i + 1}`, villageId: shizi._id, townshipId: shizi.townshipId, kind: p.kind, amountFen: p.fen, signedFen: signedFen(p.kind, p.fen),
      householdId: p.hh?._id ?? null, householdLabel: p.hh?.label ?? null, itemId: p.item?.id ?? null, itemText: p.item?.text ?? null, source: null,
      purpose: p.purpose, receiptFileId: null, reversesEntryId: null, reversesSeq: null, reason: null, nonce, status: 'approved',
      recordedBy: actor(recorder), recordedAt, requestId: `seed-ledger-${i + 1}`, decidedBy: actor(approver), decidedAt: approvedAt,
      rejectReason: null, decisionRequestId: `seed-ledger-${i + 1}-approve`,
    }
    entries.push(entry)
    const link = nextLink(head, {
      villageId: shizi._id, day: businessDay(approvedAt), kind: p.kind, amountFen: p.fen, signedFen: entry.signedFen,
      household: p.hh ? householdTag(p.hh._id, nonce) : null, itemId: entry.itemId, source: null, purpose: p.purpose, reversesSeq: null,
      reason: null, recordedBy: recorder.name ?? '', approvedBy: approver.name ?? '',
    })
    chain.push({
      _id: `${shizi._id}#${String(link.seq).padStart(7, '0')}`, ...link, entryId: entry._id, townshipId: shizi.townshipId, quarter: businessQuarter(approvedAt),
      householdId: entry.householdId, householdLabel: entry.householdLabel, nonce, itemText: entry.itemText, receiptFileId: null,
      reversesEntryId: null, recordedAt, approvedAt, requestId: entry.decisionRequestId!,
    })
    head = { seq: link.seq, hash: link.hash, balanceFen: link.balanceFen }
  })
  // Waiting for the panel member (o-panel-member) to approve: recorded by the other finance member.
  entries.push({
    _id: 'le-seed-pending', villageId: shizi._id, townshipId: shizi.townshipId, kind: 'household-fee', amountFen: 10000, signedFen: 10000,
    householdId: inVillage[12]._id, householdLabel: inVillage[12].label, itemId: HOUSEHOLD_ITEMS[3].id, itemText: HOUSEHOLD_ITEMS[3].text, source: null,
    purpose: '损坏村里路灯未按承诺修复，交违约金', receiptFileId: null, reversesEntryId: null, reversesSeq: null, reason: null, nonce: 'ab'.repeat(16),
    status: 'pending', recordedBy: actor(second), recordedAt: new Date(now.getTime() - 2 * DAY), requestId: 'seed-ledger-pending',
    decidedBy: null, decidedAt: null, rejectReason: null, decisionRequestId: null,
  })
  return { ledger_entries: entries, ledger_chain: chain }
}
