import { randomUUID } from 'crypto'
import { ACTIONS } from '@chengxin/shared/src/api'
import { CHAIN_START, checkChain, ledgerContentHash, ledgerEntryHash } from '@chengxin/shared/src/domain'
import { CHANGE_ROUND_TRIP_BUDGET, ROUND_TRIP_BUDGET, snapshot, useEmulator } from '../../test/support/actions'

const t = useEmulator()
const F1 = 'o-panel-member' // finance member, head of h-shizi-002
const F2 = 'o-finance-member' // the second finance member of 十字村
const HEAD = 'o-resident-head' // head of h-shizi-001
const NEIGHBOUR = 'o-resident-neighbour'
const CADRE = 'o-cadre-shizi'
const TOWN = 'o-township-officer'
const BAIZI = 'o-resident-baizi'
const HH = 'h-shizi-001'
const SEEDED = 5 // approved entries in 十字村's demo ledger

const call = (openid: string, action: string, input: object = {}) => t.call(openid, 'ledger', action, input)
const change = (openid: string, action: string, input: object, requestId?: string) => t.change(openid, 'ledger', action, input, requestId)
const fee = (over: object = {}) => ({ kind: 'village-fee', householdId: HH, amountFen: 30000, itemId: 'v2', purpose: '村里未按期兑现奖励，按承诺付违约金', ...over })
const record = (openid = F2, input: object = fee(), requestId?: string) => change(openid, 'ledger.record', input, requestId)
const approve = (entryId: string, openid = F1, requestId?: string) => change(openid, 'ledger.approve', { entryId }, requestId)
const reject = (entryId: string, reason = '金额与会议记录不符', openid = F1) => change(openid, 'ledger.reject', { entryId, reason })
const chain = () => t.find('ledger_chain', { villageId: 'v-shizi' }).sort((a, b) => a.seq - b.seq)
const entry = (id: string) => t.findOne('ledger_entries', { _id: id })
const audits = (action: string) => t.find('audit', { action })
const balance = async () => (await call(F1, 'ledger.list')).data.balanceFen as number

function overwrite(collection: string, id: string, patch: Record<string, unknown>) {
  const db = t.emu.wire.db.collection(collection)
  const doc = db.findOne({ _id: id })!
  db.remove({ _id: id })
  db.insertOne({ ...doc, ...patch })
}

async function approved(input: object = fee()) {
  const id = (await record(F2, input)).data.entry.id
  const res = await approve(id)
  expect(res.ok).toBe(true)
  return id
}

async function verifyAll(openid = NEIGHBOUR, villageId?: string) {
  let after: object | undefined
  for (;;) {
    const res = await call(openid, 'ledger.verify', { ...(villageId ? { villageId } : {}), ...(after ? { after } : {}) })
    expect(res.roundTrips).toBeLessThanOrEqual(ROUND_TRIP_BUDGET)
    if (res.data.done) return res.data
    after = res.data.through
  }
}

describe('ledger actions', () => {
  it('are exactly these: nothing edits or removes an entry', () => {
    expect(Object.keys(ACTIONS).filter((a) => a.startsWith('ledger.')).sort()).toEqual(
      ['ledger.approve', 'ledger.export', 'ledger.households', 'ledger.list', 'ledger.publish', 'ledger.record', 'ledger.reject', 'ledger.summary', 'ledger.verify'])
  })
})

describe('ledger.record', () => {
  it('stores a pending entry that counts in no total, and tells the other finance members', async () => {
    const before = await balance()
    const res = await record()
    expect(res.ok).toBe(true)
    expect(res.roundTrips).toBeLessThanOrEqual(CHANGE_ROUND_TRIP_BUDGET)
    expect(res.data.entry).toMatchObject({ status: 'pending', kind: 'village-fee', amountFen: 30000, signedFen: -30000, seq: null, balanceFen: null, itemText: '按标准及时兑现奖励优惠待遇，不克扣、不拖延', canDecide: false })
    expect(entry(res.data.entry.id)).toMatchObject({ villageId: 'v-shizi', householdId: HH, status: 'pending', recordedBy: { openid: F2 } })
    expect(chain()).toHaveLength(SEEDED)
    expect(await balance()).toBe(before)
    const [audit] = audits('ledger.record')
    expect(audit.outbox).toEqual([expect.objectContaining({ to: { openid: F1 }, template: 'ledger-pending' })])
  })

  it('records income and spending with no household, and a source it follows', async () => {
    const income = await record(F1, { kind: 'income', amountFen: 100000, purpose: '镇里拨付工作经费', source: { type: 'review', id: 'v-shizi:2026Q3' } })
    expect(income.data.entry).toMatchObject({ household: null, signedFen: 100000, source: { type: 'review', id: 'v-shizi:2026Q3' } })
    const spending = await record(F1, { kind: 'spending', amountFen: 5000, purpose: '打印公示材料' })
    expect(spending.data.entry).toMatchObject({ signedFen: -5000, hasReceipt: false })
  })

  it('keeps a receipt photo from the member\'s own folder, shown by a temporary link to the finance group and cadres only', async () => {
    const path = (await t.call(F1, 'proof', 'proof.uploadPath', {})).data.cloudPath
    const fileId = t.emu.wire.storage.put(path, Buffer.from([0xff, 0xd8, 0xff, 0xe0, 7]), 'image/jpeg').fileID
    const res = await record(F1, { kind: 'spending', amountFen: 5000, purpose: '打印公示材料', receiptFileId: fileId })
    expect(res.data.entry).toMatchObject({ hasReceipt: true })
    expect(entry(res.data.entry.id).receiptFileId).toBe(fileId)
    const pending = (await call(F2, 'ledger.list', { view: 'pending' })).data.items.find((e: { id: string }) => e.id === res.data.entry.id)
    expect(pending.receiptUrl).toEqual(expect.any(String))
    await approve(res.data.entry.id, F2)
    const shown = async (openid: string) => (await call(openid, 'ledger.list')).data.items.find((e: { id: string }) => e.id === res.data.entry.id)
    expect((await shown(F1)).receiptUrl).toEqual(expect.any(String))
    expect((await shown(CADRE)).receiptUrl).toEqual(expect.any(String))
    expect(await shown(NEIGHBOUR)).toMatchObject({ hasReceipt: true, receiptUrl: null })
  })

  it('refuses residents, cadres, the township, panel members outside the finance group and unbound callers, storing nothing', async () => {
    const before = snapshot(t.emu)
    expect((await record(HEAD)).error?.code).toBe('FORBIDDEN_ROLE')
    expect((await record(CADRE)).error?.code).toBe('FORBIDDEN_ROLE')
    expect((await record(TOWN)).error?.code).toBe('FORBIDDEN_ROLE')
    expect((await record('o-nobody')).error?.code).toBe('NOT_SIGNED_IN')
    expect(snapshot(t.emu)).toBe(before)
    overwrite('accounts', F1, { panelGroups: ['review'] })
    expect((await record(F1)).error?.code).toBe('NOT_FINANCE_MEMBER')
  })

  it("refuses another village's household, an unknown one and an item not in the village's commitment", async () => {
    const before = snapshot(t.emu)
    expect((await record(F2, fee({ householdId: 'h-baizi-001' }))).error?.code).toBe('NOT_IN_VILLAGE')
    expect((await record(F2, fee({ householdId: 'h-nowhere' }))).error?.code).toBe('NOT_FOUND')
    expect((await record(F2, fee({ itemId: 'v99' }))).error?.code).toBe('LEDGER_ITEM_UNKNOWN')
    expect(snapshot(t.emu)).toBe(before)
  })

  it('refuses bad input with field messages and stores nothing', async () => {
    const before = snapshot(t.emu)
    expect((await record(F2, fee({ amountFen: 0 }))).error?.fields?.amountFen).toBe('金额应大于0')
    expect((await record(F2, fee({ amountFen: 12.5 }))).error?.fields?.amountFen).toBe('金额以分为单位，应为整数')
    expect((await record(F2, fee({ purpose: '  ' }))).error?.fields?.purpose).toBe('请填写事由')
    expect((await record(F2, fee({ itemId: undefined }))).error?.code).toBe('INVALID_INPUT')
    expect((await record(F2, fee({ status: 'approved' }))).error?.code).toBe('INVALID_INPUT')
    expect((await record(F2, { kind: 'edit', entryId: 'le-seed-1' })).error?.code).toBe('INVALID_INPUT')
    expect((await record(F2, { kind: 'spending', amountFen: 100, purpose: '买纸', receiptFileId: 'cloud://env/proofs/someone-else/x.jpg' })).error?.code).toBe('PHOTO_INVALID')
    expect(snapshot(t.emu)).toBe(before)
  })

  it('answers a retry with the first response and stores once, even after the record was lost', async () => {
    const requestId = randomUUID()
    const first = await record(F2, fee(), requestId)
    expect(await record(F2, fee(), requestId)).toMatchObject({ ok: true, data: first.data })
    t.emu.wire.db.collection('audit').remove({ _id: requestId })
    const again = await record(F2, fee(), requestId)
    expect(again.data.entry.id).toBe(first.data.entry.id)
    expect(again.roundTrips).toBeLessThanOrEqual(CHANGE_ROUND_TRIP_BUDGET)
    expect(t.find('ledger_entries', { status: 'pending', householdId: HH })).toHaveLength(1)
  })
})

describe('ledger.approve', () => {
  it('links the entry at the next position of the chain and tells the household', async () => {
    const id = (await record()).data.entry.id
    const head = chain()[SEEDED - 1]
    const res = await approve(id)
    expect(res.roundTrips).toBeLessThanOrEqual(CHANGE_ROUND_TRIP_BUDGET)
    expect(res.data.entry).toMatchObject({ status: 'approved', seq: SEEDED + 1, balanceFen: head.balanceFen - 30000, decidedBy: expect.any(String) })
    const link = chain()[SEEDED]
    expect(link).toMatchObject({ _id: 'v-shizi#0000006', entryId: id, seq: SEEDED + 1, prevHash: head.hash, householdId: HH })
    expect(link.hash).toBe(ledgerEntryHash(head.hash, ledgerContentHash(link)))
    expect(link.household).not.toContain(HH)
    expect(entry(id)).toMatchObject({ status: 'approved', decidedBy: { openid: F1 } })
    expect(audits('ledger.approve')[0].outbox).toEqual([expect.objectContaining({ to: { householdId: HH }, template: 'ledger-entry' })])
  })

  it('refuses the member who recorded it, a member of the household concerned, and decides once', async () => {
    const id = (await record(F2)).data.entry.id
    const before = snapshot(t.emu)
    expect((await approve(id, F2)).error?.code).toBe('LEDGER_SAME_PERSON')
    expect(snapshot(t.emu)).toBe(before)
    const own = (await record(F2, fee({ householdId: 'h-shizi-002' }))).data.entry.id
    expect((await approve(own, F1)).error?.code).toBe('LEDGER_OWN_HOUSEHOLD')
    expect((await reject(own, '不对', F1)).error?.code).toBe('LEDGER_OWN_HOUSEHOLD')
    await approve(id)
    expect((await approve(id)).error?.code).toBe('LEDGER_STATE')
    expect((await reject(id)).error?.code).toBe('LEDGER_STATE')
  })

  it("refuses residents, cadres, the township, another village's entry and an unknown one", async () => {
    const id = (await record()).data.entry.id
    expect((await approve(id, HEAD)).error?.code).toBe('FORBIDDEN_ROLE')
    expect((await approve(id, CADRE)).error?.code).toBe('FORBIDDEN_ROLE')
    expect((await approve(id, TOWN)).error?.code).toBe('FORBIDDEN_ROLE')
    expect((await approve('le-nothing')).error?.code).toBe('NOT_FOUND')
    overwrite('accounts', F1, { villageId: 'v-baizi', householdId: 'h-baizi-002' })
    expect((await approve(id)).error?.code).toBe('NOT_IN_VILLAGE')
    expect(entry(id).status).toBe('pending')
    expect(chain()).toHaveLength(SEEDED)
  })

  it('answers a retry once, and finishes the link when the first run died after deciding', async () => {
    const id = (await record()).data.entry.id
    const requestId = randomUUID()
    const first = await approve(id, F1, requestId)
    expect(await approve(id, F1, requestId)).toMatchObject({ ok: true, data: first.data })
    expect(chain()).toHaveLength(SEEDED + 1)
    // As if the function died between the decision and the link.
    t.emu.wire.db.collection('ledger_chain').remove({ entryId: id })
    t.emu.wire.db.collection('audit').remove({ _id: requestId })
    const retry = await approve(id, F1, requestId)
    expect(retry.data.entry).toMatchObject({ status: 'approved', seq: SEEDED + 1 })
    expect(retry.roundTrips).toBeLessThanOrEqual(CHANGE_ROUND_TRIP_BUDGET)
    expect(chain()).toHaveLength(SEEDED + 1)
    expect((await verifyAll()).ok).toBe(true)
  })

  it('cannot fork the chain when approvals race for its next position', async () => {
    // A third finance member records, so both others can approve at once.
    t.emu.wire.db.collection('accounts').insertOne({ ...t.findOne('accounts', { _id: F2 }), _id: 'o-finance-3', name: '第三人', householdId: 'h-shizi-020' })
    const ids = []
    for (let i = 0; i < 6; i++) ids.push((await record('o-finance-3', fee({ amountFen: 1000 + i }))).data.entry.id)
    const results = await Promise.all(ids.map((id, i) => approve(id, i % 2 ? F1 : F2)))
    expect(results.every((r) => r.ok)).toBe(true)
    const links = chain()
    expect(links.map((l) => l.seq)).toEqual(Array.from({ length: SEEDED + 6 }, (_, i) => i + 1))
    expect(new Set(links.map((l) => l.entryId)).size).toBe(links.length)
    expect(checkChain(links.map((l) => ({ ...l, id: l.entryId })), CHAIN_START).ok).toBe(true)
  }, 30_000)

  it('lets one of an approval and a rejection racing win', async () => {
    const id = (await record()).data.entry.id
    const [a, b] = await Promise.all([approve(id), reject(id)])
    expect([a.ok, b.ok].filter(Boolean)).toHaveLength(1)
    expect([a, b].find((r) => !r.ok)?.error?.code).toBe('LEDGER_STATE')
    expect(chain()).toHaveLength(entry(id).status === 'approved' ? SEEDED + 1 : SEEDED)
  })
})

describe('ledger.reject', () => {
  it('sends the entry back with a reason; it counts nowhere and the recorder is told', async () => {
    const before = await balance()
    const id = (await record()).data.entry.id
    const res = await reject(id, '金额与会议记录不符')
    expect(res.roundTrips).toBeLessThanOrEqual(CHANGE_ROUND_TRIP_BUDGET)
    expect(res.data.entry).toMatchObject({ status: 'rejected', rejectReason: '金额与会议记录不符' })
    expect(await balance()).toBe(before)
    expect(chain()).toHaveLength(SEEDED)
    expect(audits('ledger.reject')[0].outbox[0]).toMatchObject({ to: { openid: F2 } })
    const rejected = await call(F1, 'ledger.list', { view: 'rejected' })
    expect(rejected.data.items.map((e: { id: string }) => e.id)).toContain(id)
  })

  it('refuses a blank reason, the recorder and a resident, storing nothing', async () => {
    const id = (await record()).data.entry.id
    const before = snapshot(t.emu)
    expect((await reject(id, ' ')).error?.fields?.reason).toBe('请填写理由')
    expect((await reject(id, '不对', F2)).error?.code).toBe('LEDGER_SAME_PERSON')
    expect((await reject(id, '不对', HEAD)).error?.code).toBe('FORBIDDEN_ROLE')
    expect(snapshot(t.emu)).toBe(before)
  })

  it('answers a retry with the first response', async () => {
    const id = (await record()).data.entry.id
    const requestId = randomUUID()
    const first = await change(F1, 'ledger.reject', { entryId: id, reason: '重复登记' }, requestId)
    expect(await change(F1, 'ledger.reject', { entryId: id, reason: '重复登记' }, requestId)).toMatchObject({ ok: true, data: first.data })
    expect(audits('ledger.reject')).toHaveLength(1)
  })
})

describe('corrections', () => {
  it('a reversing entry points at the original, says why, and restores the balance', async () => {
    const before = await balance()
    const original = await approved()
    expect(await balance()).toBe(before - 30000)
    const rev = await record(F2, { kind: 'reversal', reversesEntryId: original, reason: '金额登记错了，应为200元' })
    expect(rev.data.entry).toMatchObject({ kind: 'reversal', signedFen: 30000, reversesEntryId: original, reversesSeq: SEEDED + 1, reason: '金额登记错了，应为200元' })
    await approve(rev.data.entry.id)
    expect(await balance()).toBe(before)
    const [link] = t.find('ledger_chain', { reversesEntryId: original })
    expect(link).toMatchObject({ seq: SEEDED + 2, reversesSeq: SEEDED + 1 })
    expect((await verifyAll()).ok).toBe(true)
  })

  it('reverses an entry once, never a reversal, and only an approved entry', async () => {
    const original = await approved()
    const rev = (await record(F2, { kind: 'reversal', reversesEntryId: original, reason: '登记错了' })).data.entry.id
    expect((await record(F1, { kind: 'reversal', reversesEntryId: original, reason: '登记错了' })).error?.code).toBe('LEDGER_REVERSED')
    await approve(rev)
    expect((await record(F2, { kind: 'reversal', reversesEntryId: rev, reason: '再冲' })).error?.code).toBe('LEDGER_NOT_REVERSIBLE')
    const pending = (await record(F2)).data.entry.id
    expect((await record(F2, { kind: 'reversal', reversesEntryId: pending, reason: '未入账' })).error?.code).toBe('NOT_FOUND')
  })

  it('lets a reversal be recorded again after one was rejected', async () => {
    const original = await approved()
    const first = (await record(F2, { kind: 'reversal', reversesEntryId: original, reason: '登记错了' })).data.entry.id
    await reject(first, '并没有错')
    const second = await record(F2, { kind: 'reversal', reversesEntryId: original, reason: '核对后确实错了' })
    expect(second.data.entry.id).toBe(`${original}.r2`)
  })

  it('no action changes or removes an approved entry', async () => {
    const id = await approved()
    const frozen = JSON.stringify([entry(id), t.find('ledger_chain', { entryId: id })])
    await approve(id)
    await reject(id)
    await approve(id, F2)
    await record(F2, { kind: 'reversal', reversesEntryId: id, reason: '更正' })
    await change(F1, 'ledger.publish', { quarter: chain()[SEEDED].quarter })
    expect(JSON.stringify([entry(id), t.find('ledger_chain', { entryId: id })])).toBe(frozen)
  })
})

describe('ledger.verify', () => {
  it('recomputes the whole chain for any resident of the village, and the township', async () => {
    await approved()
    expect(await verifyAll()).toMatchObject({ ok: true, done: true, checked: SEEDED + 1, broken: null })
    expect((await verifyAll(TOWN, 'v-shizi')).ok).toBe(true)
  })

  it('names the entry altered directly in the database', async () => {
    const link = chain()[2]
    overwrite('ledger_chain', link._id, { amountFen: 1 })
    expect(await verifyAll()).toMatchObject({ ok: false, checked: 2, broken: { seq: 3, entryId: link.entryId, why: 'content', label: '内容被改动过' } })
  })

  it('catches a household swapped, an entry removed, and entries lost after a publication', async () => {
    const [, second] = chain()
    overwrite('ledger_chain', second._id, { householdId: 'h-shizi-003' })
    expect((await verifyAll()).broken).toMatchObject({ seq: 2, why: 'content' })
    await t.emu.reseed()
    t.emu.wire.db.collection('ledger_chain').remove({ _id: chain()[1]._id })
    expect((await verifyAll()).broken).toMatchObject({ seq: 3, why: 'gap' })
    await t.emu.reseed()
    await change(F1, 'ledger.publish', { quarter: chain()[SEEDED - 1].quarter })
    t.emu.wire.db.collection('ledger_chain').remove({ _id: chain()[SEEDED - 1]._id })
    expect((await verifyAll()).broken).toMatchObject({ seq: SEEDED, why: 'gap' })
  })

  it("refuses another village's residents and checks in pages from where the last call stopped", async () => {
    expect((await call(BAIZI, 'ledger.verify', { villageId: 'v-shizi' })).error?.code).toBe('NOT_IN_VILLAGE')
    expect((await call(TOWN, 'ledger.verify', {})).error?.code).toBe('INVALID_INPUT')
    const all = await call(NEIGHBOUR, 'ledger.verify')
    const head = chain()[2]
    const rest = await call(NEIGHBOUR, 'ledger.verify', { after: { seq: 3, hash: head.hash, balanceFen: head.balanceFen } })
    expect(rest.data).toMatchObject({ ok: true, checked: SEEDED - 3, through: all.data.through })
  })
})

describe('ledger.list', () => {
  it('shows the household its own entry by name and a neighbour 某户', async () => {
    await approved()
    const own = await call(HEAD, 'ledger.list', { limit: 10 })
    expect(own.roundTrips).toBeLessThanOrEqual(ROUND_TRIP_BUDGET)
    expect(own.data.items[0]).toMatchObject({ seq: SEEDED + 1, household: expect.stringMatching(/户$/), ownHousehold: true, canDecide: false })
    expect(own.data.items[0].household).not.toBe('某户')
    const other = await call(NEIGHBOUR, 'ledger.list', { limit: 10 })
    expect(other.data.items[0]).toMatchObject({ household: '某户', ownHousehold: false })
    expect(other.data.items.filter((e: { household: string | null }) => e.household && e.household !== '某户')).toEqual([])
    expect(other.data).toMatchObject({ villageName: '十字村', total: SEEDED + 1, finance: false })
    const mine = await call(HEAD, 'ledger.list', { view: 'mine' })
    expect(mine.data.items).toHaveLength(1)
  })

  it('lists no pending entry to residents, and the queue only to the finance group', async () => {
    const id = (await record()).data.entry.id
    expect((await call(NEIGHBOUR, 'ledger.list')).data.items.map((e: { id: string }) => e.id)).not.toContain(id)
    expect((await call(NEIGHBOUR, 'ledger.list', { view: 'pending' })).error?.code).toBe('NOT_FINANCE_MEMBER')
    const queue = await call(F1, 'ledger.list', { view: 'pending' })
    expect(queue.data.items.find((e: { id: string }) => e.id === id)).toMatchObject({ canDecide: true, household: expect.stringMatching(/户$/) })
    expect((await call(F2, 'ledger.list', { view: 'pending' })).data.items.find((e: { id: string }) => e.id === id).canDecide).toBe(false)
  })

  it('pages at most 50 entries and refuses the township', async () => {
    expect((await call(NEIGHBOUR, 'ledger.list', { limit: 51 })).error?.code).toBe('INVALID_INPUT')
    const page = await call(NEIGHBOUR, 'ledger.list', { limit: 2, offset: 2 })
    expect(page.data.items.map((e: { seq: number }) => e.seq)).toEqual([SEEDED - 2, SEEDED - 3])
    expect((await call(TOWN, 'ledger.list')).error?.code).toBe('FORBIDDEN_ROLE')
  })
})

describe('ledger.summary', () => {
  it('totals approved entries by quarter; pending and rejected ones count nowhere', async () => {
    const before = (await call(NEIGHBOUR, 'ledger.summary')).data.villages[0]
    await record()
    await reject((await record()).data.entry.id)
    const after = await call(NEIGHBOUR, 'ledger.summary')
    expect(after.roundTrips).toBeLessThanOrEqual(ROUND_TRIP_BUDGET)
    expect(after.data.villages[0]).toEqual(before)
    expect(before).toMatchObject({ villageName: '十字村', count: SEEDED, balanceFen: 500000 + 20000 - 30000 - 50000 - 12800 })
    await approved()
    expect((await call(NEIGHBOUR, 'ledger.summary')).data.villages[0].balanceFen).toBe(before.balanceFen - 30000)
  })

  it("gives the township every village's totals, and refuses another village to a resident", async () => {
    const res = await call(TOWN, 'ledger.summary')
    expect(res.roundTrips).toBeLessThanOrEqual(ROUND_TRIP_BUDGET)
    expect(res.data.villages).toHaveLength(7)
    expect(res.data.villages.find((v: { villageId: string }) => v.villageId === 'v-shizi')).toMatchObject({ count: SEEDED })
    expect((await call(BAIZI, 'ledger.summary', { villageId: 'v-shizi' })).error?.code).toBe('NOT_IN_VILLAGE')
    expect((await call(TOWN, 'ledger.summary', { villageId: 'v-nowhere' })).error?.code).toBe('NOT_FOUND')
  })
})

describe('ledger.publish', () => {
  it("puts a quarter's totals on notice, anchored to the chain, and tells every household", async () => {
    const quarter = chain()[SEEDED - 1].quarter
    const res = await change(F1, 'ledger.publish', { quarter })
    expect(res.roundTrips).toBeLessThanOrEqual(CHANGE_ROUND_TRIP_BUDGET)
    expect(res.data).toMatchObject({ quarter, version: 1, through: { seq: SEEDED, hash: chain()[SEEDED - 1].hash } })
    expect(audits('ledger.publish')[0].outbox[0]).toMatchObject({ to: { villageId: 'v-shizi', role: 'resident' }, template: 'ledger-published' })
    expect((await call(NEIGHBOUR, 'ledger.summary')).data.published[0]).toMatchObject({ quarter })
    expect((await change(CADRE, 'ledger.publish', { quarter })).data.version).toBe(2)
  })

  it('refuses residents, panel members outside the finance group, a future quarter and bad input', async () => {
    const before = snapshot(t.emu)
    expect((await change(HEAD, 'ledger.publish', { quarter: '2026Q1' })).error?.code).toBe('FORBIDDEN_ROLE')
    expect((await change(F1, 'ledger.publish', { quarter: '2999Q1' })).error?.code).toBe('LEDGER_QUARTER')
    expect((await change(F1, 'ledger.publish', { quarter: '2026Q5' })).error?.code).toBe('INVALID_INPUT')
    expect((await change(F1, 'ledger.publish', { quarter: '2026Q1', noticeDays: 1 })).error?.code).toBe('INVALID_INPUT')
    expect(snapshot(t.emu)).toBe(before)
    overwrite('accounts', F1, { panelGroups: ['review'] })
    expect((await change(F1, 'ledger.publish', { quarter: '2026Q1' })).error?.code).toBe('NOT_FINANCE_MEMBER')
  })

  it('answers a retry with the first publication', async () => {
    const requestId = randomUUID()
    const first = await change(F1, 'ledger.publish', { quarter: '2026Q1' }, requestId)
    t.emu.wire.db.collection('audit').remove({ _id: requestId })
    expect((await change(F1, 'ledger.publish', { quarter: '2026Q1' }, requestId)).data).toEqual(first.data)
    expect(t.find('ledger_notices', {})).toHaveLength(1)
  })
})

describe('ledger.export', () => {
  it('exports the public ledger anyone can recompute, and its quarterly summary', async () => {
    await approved()
    const res = await call(NEIGHBOUR, 'ledger.export')
    expect(res.roundTrips).toBeLessThanOrEqual(ROUND_TRIP_BUDGET)
    expect(res.data).toMatchObject({ rows: SEEDED + 1, fileName: expect.stringMatching(/^十字村账目公开-全部-\d{4}-\d\d-\d\d\.xlsx$/) })
    const bytes = Buffer.from(await (await fetch(res.data.url)).arrayBuffer())
    const ExcelJS = (await import('exceljs')).default
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(bytes as never)
    const sheet = book.getWorksheet('账目')!
    const headers = (sheet.getRow(2).values as string[]).slice(1)
    const col = (name: string) => headers.indexOf(name) + 1
    let prev = '0'.repeat(64)
    for (let r = 3; r <= sheet.rowCount; r++) {
      const row = sheet.getRow(r)
      const get = (name: string) => row.getCell(col(name)).value as string
      expect(['', '某户']).toContain(get('农户') ?? '')
      // What the README tells anyone to do with the file: hash the canonical text, then chain.
      const { createHash } = await import('crypto')
      const content = createHash('sha256').update(get('canonical'), 'utf8').digest('hex')
      expect(content).toBe(get('contentHash'))
      expect(get('prevHash')).toBe(prev)
      expect(createHash('sha256').update(prev + content).digest('hex')).toBe(get('hash'))
      prev = get('hash')
    }
    expect(sheet.rowCount).toBe(2 + SEEDED + 1)
    expect(book.getWorksheet('季度汇总')!.rowCount).toBeGreaterThan(1)
  }, 20_000)

  it("refuses another village's data", async () => {
    expect((await call(BAIZI, 'ledger.export', { villageId: 'v-shizi' })).error?.code).toBe('NOT_IN_VILLAGE')
    expect((await call(CADRE, 'ledger.export', { villageId: 'v-baizi' })).error?.code).toBe('NOT_IN_VILLAGE')
  })
})

describe('ledger.households', () => {
  const households = (openid: string, input: object = {}) => call(openid, 'ledger.households', input)

  it("lists the village's households to a finance member: id, label and group only", async () => {
    const roster = t.find('households', { villageId: 'v-shizi', archived: false })
    const res = await households(F1, { limit: 50 })
    expect(res.ok).toBe(true)
    expect(res.roundTrips).toBeLessThanOrEqual(ROUND_TRIP_BUDGET)
    expect(res.data.total).toBe(roster.length)
    for (const h of res.data.items) {
      expect(Object.keys(h).sort()).toEqual(['groupName', 'id', 'label'])
      expect(h.groupName).toMatch(/村民组$/)
    }
    expect(res.data.items.map((h: { id: string }) => h.id)).toContain(HH)
    expect(res.data.items.every((h: { id: string }) => roster.some((r) => r._id === h.id))).toBe(true)
  })

  it('finds a household by part of its label, and pages', async () => {
    const label = t.findOne('households', { _id: HH }).label as string
    const found = await households(F2, { search: label.slice(0, 2) })
    expect(found.data.items).toContainEqual(expect.objectContaining({ id: HH, label }))
    const second = await households(F2, { limit: 1, offset: 1 })
    expect(second.data.items).toHaveLength(1)
    expect(second.data.items[0].id).not.toBe((await households(F2, { limit: 1 })).data.items[0].id)
  })

  it('refuses residents, cadres, the township and panel members outside the finance group', async () => {
    expect((await households(HEAD)).error?.code).toBe('FORBIDDEN_ROLE')
    expect((await households(CADRE)).error?.code).toBe('FORBIDDEN_ROLE')
    expect((await households(TOWN)).error?.code).toBe('FORBIDDEN_ROLE')
    expect((await households('o-nobody')).error?.code).toBe('NOT_SIGNED_IN')
    overwrite('accounts', F1, { panelGroups: ['review'] })
    expect((await households(F1)).error?.code).toBe('NOT_FINANCE_MEMBER')
  })

  it("never lists another village's households: the village is the caller's, not the input's", async () => {
    expect((await households(F1, { villageId: 'v-baizi' })).error?.code).toBe('INVALID_INPUT')
    overwrite('accounts', F1, { villageId: 'v-baizi', householdId: 'h-baizi-002' })
    const res = await households(F1, { limit: 50 })
    expect(res.data.items.length).toBeGreaterThan(0)
    expect(res.data.items.every((h: { id: string }) => h.id.startsWith('h-baizi-'))).toBe(true)
  })

  it('refuses bad input with field messages', async () => {
    expect((await households(F1, { search: '  ' })).error?.fields?.search).toBe('请输入要查找的户名')
    expect((await households(F1, { limit: 500 })).error?.code).toBe('INVALID_INPUT')
    expect((await households(F1, { search: '.*' })).data.items).toEqual([])
  })
})

describe('household.consent (named in the public ledger)', () => {
  const SPOUSE = 'o-resident-spouse' // a member of h-shizi-001, not its head
  const consent = (openid: string, input: object, requestId?: string) => t.change(openid, 'household', 'household.consent', input, requestId)
  const shownTo = async (openid: string, entryId: string) =>
    (await call(openid, 'ledger.list')).data.items.find((e: { id: string }) => e.id === entryId).household

  it("names the household to other residents only once its head agrees, and again 某户 once withdrawn", async () => {
    const id = await approved()
    const label = t.findOne('households', { _id: HH }).label
    expect(await shownTo(NEIGHBOUR, id)).toBe('某户')
    expect((await call(HEAD, 'ledger.list')).data.ownNamed).toBe(false)

    const res = await consent(HEAD, { ledgerNamed: true })
    expect(res.ok).toBe(true)
    expect(res.roundTrips).toBeLessThanOrEqual(CHANGE_ROUND_TRIP_BUDGET)
    expect(t.findOne('households', { _id: HH }).ledgerNamed).toMatchObject({ named: true, at: expect.any(Date), by: HEAD })
    expect(await shownTo(NEIGHBOUR, id)).toBe(label)
    expect((await call(HEAD, 'ledger.list')).data.ownNamed).toBe(true)
    expect(audits('household.consent')).toHaveLength(1)

    await consent(HEAD, { ledgerNamed: false })
    expect(await shownTo(NEIGHBOUR, id)).toBe('某户')
    expect(await shownTo(F1, id)).toBe(label)
  })

  it('answers a retry with the first response and writes once', async () => {
    const requestId = randomUUID()
    const first = await consent(HEAD, { ledgerNamed: true }, requestId)
    expect(await consent(HEAD, { ledgerNamed: true }, requestId)).toMatchObject({ ok: true, data: first.data })
    expect(audits('household.consent')).toHaveLength(1)
  })

  it('refuses members who are not the head, cadres and the township, and bad input, storing nothing', async () => {
    const before = snapshot(t.emu)
    expect((await consent(SPOUSE, { ledgerNamed: true })).error?.code).toBe('NOT_HOUSEHOLD_HEAD')
    expect((await consent(CADRE, { ledgerNamed: true })).error?.code).toBe('FORBIDDEN_ROLE')
    expect((await consent(TOWN, { ledgerNamed: true })).error?.code).toBe('FORBIDDEN_ROLE')
    expect((await consent(HEAD, {})).error?.fields?.ledgerNamed).toBe('请选择是否公开户名')
    expect((await consent(HEAD, { ledgerNamed: 'yes' })).error?.code).toBe('INVALID_INPUT')
    // The household is the caller's own: naming another is not even expressible.
    expect((await consent(HEAD, { ledgerNamed: true, householdId: 'h-shizi-002' })).error?.code).toBe('INVALID_INPUT')
    expect(snapshot(t.emu)).toBe(before)
    expect(t.findOne('households', { _id: HH }).ledgerNamed ?? null).toBeNull()
  })
})
