import { CHAIN_START, canonicalLedgerText, checkChain, householdShown, householdTag, nextLink, quarterTotals, signedFen, fenText, type ChainLink, type LedgerContent } from './ledger-chain'

type Draft = Omit<LedgerContent, 'seq' | 'balanceFen'>
const draft = (kind: Draft['kind'], amountFen: number, signed = kind === 'reversal' ? -amountFen : signedFen(kind, amountFen)): Draft => ({
  villageId: 'v-shizi', day: '2026-11-24', kind, amountFen, signedFen: signed, household: null, itemId: null, source: null,
  purpose: '测试', reversesSeq: null, reason: null, recordedBy: '甲', approvedBy: '乙',
})

function chain(...drafts: Draft[]): ChainLink[] {
  const out: ChainLink[] = []
  let head = CHAIN_START
  for (const d of drafts) {
    const link = { ...nextLink(head, d), id: `e${out.length + 1}` }
    out.push(link)
    head = { seq: link.seq, hash: link.hash, balanceFen: link.balanceFen }
  }
  return out
}

describe('the ledger hash chain', () => {
  it('writes the canonical content as a JSON array in a fixed order', () => {
    const [e] = chain(draft('income', 50000))
    expect(canonicalLedgerText(e)).toBe('["chengxin-ledger/1",1,"v-shizi","2026-11-24","income",50000,50000,50000,null,null,null,"测试",null,null,"甲","乙"]')
    expect(e.prevHash).toBe('0'.repeat(64))
    expect(e.hash).toMatch(/^[0-9a-f]{64}$/)
  })

  it('accepts an untouched chain and carries the balance', () => {
    const entries = chain(draft('income', 50000), draft('village-fee', 2000), draft('household-fee', 500))
    expect(checkChain(entries)).toEqual({ ok: true, checked: 3, last: { seq: 3, hash: entries[2].hash, balanceFen: 48500 } })
  })

  it('names the entry whose content was altered, a missing entry and a broken link', () => {
    const entries = chain(draft('income', 50000), draft('spending', 2000), draft('reward', 500))
    expect(checkChain([entries[0], { ...entries[1], amountFen: 20 }, entries[2]])).toMatchObject({ ok: false, checked: 1, broken: { seq: 2, id: 'e2', why: 'content' } })
    expect(checkChain([entries[0], entries[2]])).toMatchObject({ ok: false, broken: { seq: 3, why: 'gap' } })
    expect(checkChain([entries[0], { ...entries[1], prevHash: entries[2].hash }])).toMatchObject({ ok: false, broken: { seq: 2, why: 'link' } })
  })

  it('checks a run that continues from a point already verified', () => {
    const entries = chain(draft('income', 100), draft('income', 200), draft('spending', 50))
    const first = checkChain(entries.slice(0, 2))
    expect(checkChain(entries.slice(2), first.last)).toMatchObject({ ok: true, checked: 1, last: { balanceFen: 250 } })
  })

  it('totals quarters from approved entries, and a reversal cancels its original', () => {
    const totals = quarterTotals([
      { quarter: '2026Q4', kind: 'household-fee', signedFen: 2000 },
      { quarter: '2026Q4', kind: 'village-fee', signedFen: -3000 },
      { quarter: '2026Q4', kind: 'reversal', signedFen: 3000 },
      { quarter: '2026Q3', kind: 'income', signedFen: 100000 },
    ])
    expect(totals.map((t) => t.quarter)).toEqual(['2026Q3', '2026Q4'])
    expect(totals[1]).toMatchObject({ inFen: 5000, outFen: 3000, netFen: 2000, count: 3 })
  })

  it('shows another household as 某户 unless it is the viewer’s own or it consented', () => {
    const entry = { householdId: 'h1', householdLabel: '张三户' }
    expect(householdShown(entry, { householdId: 'h2', seesNames: false })).toBe('某户')
    expect(householdShown(entry, { householdId: 'h1', seesNames: false })).toBe('张三户')
    expect(householdShown(entry, { householdId: 'h2', seesNames: false }, true)).toBe('张三户')
    expect(householdShown({ householdId: null, householdLabel: null }, { householdId: 'h2', seesNames: false })).toBeNull()
  })

  it('tags a household differently for every entry', () => {
    expect(householdTag('h1', 'a')).not.toBe(householdTag('h1', 'b'))
    expect(fenText(123456)).toBe('1234.56')
    expect(fenText(-5)).toBe('-0.05')
  })
})
