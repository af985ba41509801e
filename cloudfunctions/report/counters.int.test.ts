import { randomUUID } from 'crypto'
import { businessDay, businessQuarter, countVillage, rulesOf, sumFigures, VERIFY_DAY_BUCKETS, type CountInput } from '@chengxin/shared/src/domain'
import { useEmulator } from '../../test/support/actions'

// The counters against a full recount: after a storm of mixed changes through the real
// actions, the counters timer's update path (villages changed since its last run) must leave
// every village's and township's counter equal to a count of every raw record, read here
// straight from the emulator's collections with no index, filter or projection.
const t = useEmulator()
const CADRE = 'o-cadre-shizi'
const HEAD = 'o-resident-head'
const F1 = 'o-panel-member'
const F2 = 'o-finance-member'
const TOWN = 'o-township-officer'

const day = (d: unknown) => (d ? businessDay(new Date(d as string)) : null)
const change = async (openid: string, fn: string, action: string, input: object) => {
  const res = await t.change(openid, fn, action, input, randomUUID())
  expect({ action, ok: res.ok, error: res.error?.code }).toEqual({ action, ok: true, error: undefined })
  return res.data
}

/** Every raw record of a village, as countVillage takes it. */
function rawInput(villageId: string, now: Date): CountInput {
  const village = t.findOne('villages', { _id: villageId })
  const all = (c: string) => t.find(c).filter((d) => d.villageId === villageId)
  const rounds = all('review_rounds').filter((r) => r.status === 'published' || r.status === 'final').sort((a, b) => (a.quarter < b.quarter ? 1 : -1))
  const round = rounds[0]
  const quarters = new Map<string, { quarter: string; inFen: number; outFen: number; count: number }>()
  for (const e of all('ledger_chain')) {
    const q = quarters.get(e.quarter) ?? quarters.set(e.quarter, { quarter: e.quarter, inFen: 0, outFen: 0, count: 0 }).get(e.quarter)!
    q.count++
    if (e.signedFen > 0) q.inFen += e.signedFen
    else q.outFen -= e.signedFen
  }
  return {
    today: businessDay(now), quarter: businessQuarter(now), rules: rulesOf(village.checkupRules), village: { _id: villageId, groups: village.groups },
    households: all('households').map((h) => ({ _id: h._id, groupId: h.groupId, managementType: h.managementType, managementSinceDay: day(h.managementSince), archived: !!h.archived })),
    commitments: all('commitments'),
    enrolments: all('enrolments'),
    bookings: all('bookings'),
    proofs: all('proofs').map((p) => ({ ...p, submittedDay: day(p.submittedAt), decidedDay: day(p.decidedAt) })),
    complaints: all('complaints').map((c) => ({ ...c, firstAnswerDay: c.firstAnswerDay ?? null, firstAnswerWithin: c.firstAnswerWithin ?? null })),
    review: round ? { quarter: round.quarter, roundId: round._id, results: t.find('review_results').filter((r) => r.roundId === round._id).map((r) => ({ householdId: r.householdId, outcome: r.current.outcome })) } : null,
    ledger: { quarters: [...quarters.values()], pending: all('ledger_entries').filter((e) => e.status === 'pending').length },
  }
}

async function storm() {
  const [mine] = t.find('commitments', { householdId: 'h-shizi-001' }).filter((c) => c.status === 'awaiting-household')
  await change(HEAD, 'commitment', 'commitment.sign', { commitmentId: mine._id, contentHash: mine.contentHash })
  for (const [cadre, village] of [[CADRE, 'v-shizi'], ['o-cadre-baizi', 'v-baizi']]) {
    const [waiting] = t.find('commitments', { villageId: village, status: 'awaiting-village' })
    await change(cadre, 'commitment', 'commitment.countersign', { commitmentId: waiting._id, contentHash: waiting.contentHash })
  }
  const [application] = t.find('enrolments', { villageId: 'v-shizi', status: 'pending' })
  await change(CADRE, 'enrolment', 'enrolment.decide', { enrolmentId: application._id, outcome: 'approved', category: 'committed' })
  const [proof] = t.find('proofs', { villageId: 'v-shizi', status: 'pending' })
  await change(CADRE, 'proof', 'proof.decide', { proofId: proof._id, outcome: 'verified' })
  const [today] = t.find('bookings', { villageId: 'v-shizi', status: 'booked', day: businessDay(new Date()) })
  if (today) await change(CADRE, 'booking', 'attendance.mark', { bookingId: today._id, outcome: 'attended' })
  await change(CADRE, 'household', 'household.create', { groupId: 'v-shizi-g1', label: '张新户', members: [{ name: '张新', relation: '户主', isHead: true }] })
  await change(HEAD, 'complaint', 'complaint.file', { anonymous: false, category: 'service', text: '村部办事窗口经常没有人', photos: [], about: null })
  const entry = await change(F2, 'ledger', 'ledger.record', { kind: 'income', amountFen: 100000, purpose: '镇里拨付工作经费' })
  await change(F1, 'ledger', 'ledger.approve', { entryId: entry.entry.id })
  await change(F2, 'ledger', 'ledger.record', { kind: 'spending', amountFen: 5000, purpose: '打印公示材料' })
  return ['v-baizi', 'v-shizi']
}

/** A slot for every village of the township, booked from two villages. */
async function sharedSlot(): Promise<string> {
  const day = new Date(Date.now() + 5 * 86400000).toISOString().slice(0, 10)
  const opened = await change(TOWN, 'checkup', 'slot.open', { kind: 'single', siteId: 'site-town', day, start: '09:00', end: '11:00', capacity: 10 })
  const slotId = opened.slots[0].id
  const bookers: Array<[string, string]> = [[HEAD, 'h-shizi-001'], ['o-resident-baizi', 'h-baizi-001']]
  for (const [who, household] of bookers) {
    const members = t.findOne('households', { _id: household }).members.map((m: { id: string }) => m.id)
    for (const memberId of members) if ((await t.change(who, 'booking', 'booking.create', { slotId, memberId })).ok) break
  }
  expect(t.find('bookings', { slotId, status: 'booked' }).map((b) => b.villageId).sort()).toEqual(['v-baizi', 'v-shizi'])
  return slotId
}

describe('counters', () => {
  it('agree with a full recount from the raw collections after a storm of changes', async () => {
    const before = new Map(t.find('report_counters', { kind: 'village' }).map((c) => [c._id, c.countedAt]))
    const quarterNow = businessQuarter(new Date())
    const shiziBefore = t.findOne('report_counters', { _id: `v-shizi:${quarterNow}` }).figures
    const touched = await storm()
    const run = (await t.emu.runner.fireTimer('report', 'counters')) as { result: any }
    expect(run.result).toMatchObject({ full: false, done: true })
    expect(run.result.counted).toBe(touched.length) // the villages the storm touched, and only those

    const now = new Date()
    const quarter = businessQuarter(now)
    const villages = t.find('villages')
    for (const v of villages) {
      const stored = t.findOne('report_counters', { _id: `${v._id}:${quarter}` })
      const expected = countVillage(rawInput(v._id, now))
      expect({ village: v._id, figures: stored.figures, groups: stored.groups, verifyDays: stored.verifyDays })
        .toEqual({ village: v._id, figures: expected.figures, groups: expected.groups, verifyDays: expected.verifyDays })
    }
    const shizi = t.findOne('report_counters', { _id: `v-shizi:${quarter}` }).figures
    expect(shizi.signing.complete).toBe(shiziBefore.signing.complete + 1)
    expect(shizi.signing.due).toBe(shiziBefore.signing.due + 1)
    expect(shizi.enrolment.committed).toBe(shiziBefore.enrolment.committed + 1)
    expect(shizi.ledger).toMatchObject({ incomeFen: shiziBefore.ledger.incomeFen + 100000, pending: shiziBefore.ledger.pending + 1 })
    expect(shizi.proofs.verified).toBe(shiziBefore.proofs.verified + 1)
    // Untouched villages kept their count; touched ones were counted again.
    for (const v of villages.filter((v) => !touched.includes(v._id))) {
      expect(t.findOne('report_counters', { _id: `${v._id}:${quarter}` }).countedAt).toEqual(before.get(`${v._id}:${quarter}`))
    }
    expect(t.findOne('report_counters', { _id: `v-shizi:${quarter}` }).countedAt).not.toEqual(before.get(`v-shizi:${quarter}`))

    const parts = villages.map((v) => countVillage(rawInput(v._id, now)))
    const days = parts.reduce((a, p) => a.map((n, i) => n + p.verifyDays[i]), new Array(VERIFY_DAY_BUCKETS).fill(0))
    const township = t.findOne('report_counters', { _id: `t:t-shizi:${quarter}` })
    expect(township.figures).toEqual(sumFigures(parts.map((p) => p.figures), now.getFullYear(), days))
  })

  it('recount the villages of a township-wide slot\'s bookings when it is closed (its log names no village)', async () => {
    const slotId = await sharedSlot()
    await t.emu.runner.fireTimer('report', 'counters')
    const quarter = businessQuarter(new Date())
    const booked = (village: string) => t.findOne('report_counters', { _id: `${village}:${quarter}` }).figures.checkups.booked
    const before = { shizi: booked('v-shizi'), baizi: booked('v-baizi') }
    await change(TOWN, 'checkup', 'slot.close', { slotId, reason: '医生临时外出' })
    const run = (await t.emu.runner.fireTimer('report', 'counters')) as { result: any }
    expect(run.result).toMatchObject({ full: false, counted: 2 })
    expect({ shizi: booked('v-shizi'), baizi: booked('v-baizi') }).toEqual({ shizi: before.shizi - 1, baizi: before.baizi - 1 })
    const now = new Date()
    for (const v of ['v-shizi', 'v-baizi']) expect(t.findOne('report_counters', { _id: `${v}:${quarter}` }).figures).toEqual(countVillage(rawInput(v, now)).figures)
  })

  it('recount every village in the daily full pass, and the figures do not move', async () => {
    const quarter = businessQuarter(new Date())
    const seeded = t.find('report_counters', { kind: 'village', quarter }).map((c) => [c._id, c.figures])
    t.emu.wire.db.collection('report_state').remove({ _id: 'counters' })
    const run = (await t.emu.runner.fireTimer('report', 'counters')) as { result: any }
    expect(run.result).toMatchObject({ full: true, done: true, counted: 7 })
    expect(t.find('report_counters', { kind: 'village', quarter }).map((c) => [c._id, c.figures])).toEqual(seeded)
    expect(t.findOne('report_state', { _id: 'counters' })).toMatchObject({ fullDay: businessDay(new Date()), fullCursor: null, quarter })
  })
})
