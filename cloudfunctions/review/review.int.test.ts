import { randomUUID } from 'crypto'
import { ACTIONS } from '@chengxin/shared/src/api'
import { businessQuarter } from '@chengxin/shared/src/domain'
import { CHANGE_ROUND_TRIP_BUDGET, ROUND_TRIP_BUDGET, snapshot, useEmulator } from '../../test/support/actions'

const t = useEmulator()
const CADRE = 'o-cadre-shizi'
const P = 'o-panel-member' // review + supervision + finance, head of h-shizi-002
const MEMBERS = [P, 'o-review-2', 'o-review-3', 'o-review-4', 'o-review-5']
const FINANCE_ONLY = 'o-finance-member'
const HEAD = 'o-resident-head' // head of h-shizi-001
const SPOUSE = 'o-resident-spouse'
const BAIZI_HEAD = 'o-resident-baizi'
const BAIZI_CADRE = 'o-cadre-baizi'
const TOWN = 'o-township-officer'
const QUARTER = businessQuarter(new Date())
const ROUND = `v-shizi:${QUARTER}`
/** P declares this household (a relative) in the full round. */
const RELATIVE = 'h-shizi-021'
/** The household R2 scores with an outlier and R3 nominates. */
const TARGET = 'h-shizi-006'

const call = (openid: string, action: string, input: object = {}) => t.call(openid, 'review', action, input)
const change = (openid: string, action: string, input: object, requestId?: string) => t.change(openid, 'review', action, input, requestId)
const all = (ids: string[], v: number) => Object.fromEntries(ids.map((id) => [id, v]))
const H_ITEMS = ['h1', 'h2', 'h3', 'h4', 'h5']
const V_ITEMS = ['v1', 'v2', 'v3', 'v4', 'v5', 'v6']
const GROUPS = ['v-shizi-g1', 'v-shizi-g2', 'v-shizi-g3', 'v-shizi-g4', 'v-shizi-g5']
const shiziHouseholds = () => t.find('households', { villageId: 'v-shizi', archived: false }).map((h) => h._id as string)

function ok(res: { ok: boolean; error?: unknown }) {
  if (!res.ok) throw new Error(`expected ok, got ${JSON.stringify(res.error)}`)
}

async function openRound(input: object = {}) {
  const res = await change(CADRE, 'review.open', { quarter: QUARTER, ...input })
  ok(res)
  return res
}

async function declareAll(relatives: Record<string, string[]> = { [P]: [RELATIVE] }) {
  for (const m of MEMBERS) ok(await change(m, 'review.declareConflict', { roundId: ROUND, householdIds: relatives[m] ?? [] }))
}

async function confirmAll(members = MEMBERS) {
  for (const m of members) for (const g of GROUPS) ok(await change(m, 'review.confirmGroup', { roundId: ROUND, groupId: g }))
}

async function closeAll(batch = 20) {
  const calls = []
  for (let i = 0; i < 20; i++) {
    const res = await change(CADRE, 'review.close', { roundId: ROUND, batch })
    ok(res)
    calls.push(res)
    if (res.data.done) return calls
  }
  throw new Error('close never finished')
}

/** A whole round: five members, P conflicted on RELATIVE; R2 gives TARGET an outlier; two households rate. */
async function fullRound() {
  await openRound()
  await declareAll()
  ok(await change('o-review-2', 'review.score', { roundId: ROUND, householdId: TARGET, mark: 'discuss', scores: all(H_ITEMS, 0) }))
  ok(await change('o-review-3', 'review.score', { roundId: ROUND, householdId: TARGET, mark: 'nominate', scores: all(H_ITEMS, 4) }))
  for (const m of MEMBERS) ok(await change(m, 'review.score', { roundId: ROUND, scores: all(V_ITEMS, 3) }))
  ok(await change(HEAD, 'village.rate', { roundId: ROUND, scores: all(V_ITEMS, 2), comment: '希望公开栏按时更新' }))
  ok(await change('o-resident-neighbour', 'village.rate', { roundId: ROUND, scores: all(V_ITEMS, 4) }))
  await confirmAll()
}

describe('review actions', () => {
  it('are exactly the fourteen of issue 9', () => {
    expect(Object.keys(ACTIONS).filter((a) => (ACTIONS as any)[a].fn === 'review').sort()).toEqual([
      'review.appeal', 'review.close', 'review.confirmGroup', 'review.decideAppeal', 'review.declareConflict', 'review.history', 'review.mine',
      'review.open', 'review.publish', 'review.queue', 'review.results', 'review.rubric', 'review.score', 'village.rate'].sort())
  })
})

describe('review.open', () => {
  it('opens one round per village and quarter with a rubric of both lists, and tells the review group and every household', async () => {
    const res = await openRound({ settings: { quorum: 3 }, edits: [{ id: 'v1', descriptors: ['没公开', '很少公开', '偶尔公开', '按季公开', '及时全面公开'] }] })
    expect(res.roundTrips).toBeLessThanOrEqual(CHANGE_ROUND_TRIP_BUDGET)
    const round = res.data.round
    expect(round).toMatchObject({ id: ROUND, status: 'open', statusLabel: '评议中', settings: { quorum: 3, noticeDays: 7, appealDays: 7 }, canManage: true })
    expect(round.rubric.householdItems.map((i: any) => i.id)).toEqual(H_ITEMS)
    expect(round.rubric.villageItems.map((i: any) => i.id)).toEqual(V_ITEMS)
    expect(round.rubric.villageItems[0].descriptors[4]).toBe('及时全面公开')
    expect(t.findOne('review_rounds', { _id: ROUND })).toMatchObject({ status: 'open', villageId: 'v-shizi' })
    const [audit] = t.find('audit', { action: 'review.open' })
    const to = audit.outbox.map((o: any) => o.to)
    for (const m of MEMBERS) expect(to).toContainEqual({ openid: m })
    expect(to).not.toContainEqual({ openid: FINANCE_ONLY })
    expect(audit.outbox).toContainEqual(expect.objectContaining({ to: { villageId: 'v-shizi', role: 'resident' }, template: 'review-rating-invite' }))
  })

  it('answers a retry with the same round, refuses a second round of the quarter', async () => {
    const id = randomUUID()
    const first = await change(CADRE, 'review.open', { quarter: QUARTER }, id)
    const again = await change(CADRE, 'review.open', { quarter: QUARTER }, id)
    expect(again).toMatchObject({ ok: true, data: first.data })
    expect((await change(CADRE, 'review.open', { quarter: QUARTER })).error?.code).toBe('REVIEW_EXISTS')
    expect(t.find('review_rounds', { villageId: 'v-shizi', quarter: QUARTER })).toHaveLength(1)
  })

  it('refuses other roles, bad input and quarters long gone, storing nothing', async () => {
    const before = snapshot(t.emu)
    expect((await change(HEAD, 'review.open', { quarter: QUARTER })).error?.code).toBe('FORBIDDEN_ROLE')
    expect((await change(P, 'review.open', { quarter: QUARTER })).error?.code).toBe('FORBIDDEN_ROLE')
    expect((await change(CADRE, 'review.open', { quarter: '2026-4' })).error?.code).toBe('INVALID_INPUT')
    expect((await change(CADRE, 'review.open', { quarter: QUARTER, settings: { quorum: 0 } })).error?.code).toBe('INVALID_INPUT')
    expect((await change(CADRE, 'review.open', { quarter: '2020Q1' })).error?.code).toBe('REVIEW_QUARTER')
    expect((await change(CADRE, 'review.open', { quarter: QUARTER, edits: [{ id: 'zz', text: '不存在' }] })).error?.code).toBe('REVIEW_ITEMS')
    expect(snapshot(t.emu)).toBe(before)
  })
})

describe('review.rubric', () => {
  it('shows the rounds and rubric to the village, a proposal to the cadre, another village nothing', async () => {
    await openRound()
    const res = await call(HEAD, 'review.rubric')
    expect(res.roundTrips).toBeLessThanOrEqual(ROUND_TRIP_BUDGET)
    expect(res.data.round).toMatchObject({ id: ROUND, canScore: false, canManage: false })
    expect(res.data.rounds.map((r: any) => r.status)).toEqual(['open', 'final'])
    expect(res.data.proposal).toBeNull()
    expect((await call(CADRE, 'review.rubric')).data.proposal.householdItems).toHaveLength(5)
    expect((await call(P, 'review.rubric', { roundId: ROUND })).data.round.canScore).toBe(true)
    expect((await call(BAIZI_HEAD, 'review.rubric', { roundId: ROUND })).error?.code).toBe('NOT_IN_VILLAGE')
    expect((await call(TOWN, 'review.rubric', { villageId: 'v-shizi' })).data.round.id).toBe(ROUND)
    expect((await call(HEAD, 'review.rubric', { roundId: 'bad id!' })).error?.code).toBe('INVALID_INPUT')
  })
})

describe('review.declareConflict', () => {
  it('records relatives (own household blocked anyway), keeps every declaration, and is required before scoring', async () => {
    await openRound()
    expect((await change(P, 'review.score', { roundId: ROUND, householdId: TARGET, mark: 'discuss' })).error?.code).toBe('REVIEW_DECLARE_FIRST')
    const id = randomUUID()
    const res = await change(P, 'review.declareConflict', { roundId: ROUND, householdIds: [RELATIVE] }, id)
    expect(res.roundTrips).toBeLessThanOrEqual(CHANGE_ROUND_TRIP_BUDGET)
    expect(res.data.mine.conflicts.map((c: any) => [c.householdId, c.kind])).toEqual([['h-shizi-002', 'own'], [RELATIVE, 'relative']])
    expect(await change(P, 'review.declareConflict', { roundId: ROUND, householdIds: [RELATIVE] }, id)).toMatchObject({ ok: true, data: res.data })
    ok(await change(P, 'review.declareConflict', { roundId: ROUND, householdIds: [] }))
    const stored = t.findOne('review_members', { roundId: ROUND, openid: P })
    expect(stored.declarations.map((d: any) => d.householdIds)).toEqual([[RELATIVE], []])
  })

  it('records a recusal when a member declares a household they already scored', async () => {
    await openRound()
    ok(await change('o-review-2', 'review.declareConflict', { roundId: ROUND, householdIds: [] }))
    ok(await change('o-review-2', 'review.score', { roundId: ROUND, householdId: TARGET, mark: 'discuss', scores: all(H_ITEMS, 1) }))
    const res = await change('o-review-2', 'review.declareConflict', { roundId: ROUND, householdIds: [TARGET] })
    expect(res.data.mine.recusals.map((r: any) => r.householdId)).toEqual([TARGET])
    expect((await change('o-review-2', 'review.score', { roundId: ROUND, householdId: TARGET, scores: all(H_ITEMS, 1) })).error?.code).toBe('REVIEW_CONFLICT')
  })

  it('refuses non-members, other villages and bad input', async () => {
    await openRound()
    expect((await change(FINANCE_ONLY, 'review.declareConflict', { roundId: ROUND, householdIds: [] })).error?.code).toBe('NOT_REVIEW_MEMBER')
    expect((await change(HEAD, 'review.declareConflict', { roundId: ROUND, householdIds: [] })).error?.code).toBe('FORBIDDEN_ROLE')
    expect((await change(P, 'review.declareConflict', { roundId: ROUND, householdIds: ['h-baizi-001'] })).error?.code).toBe('NOT_IN_VILLAGE')
    expect((await change(P, 'review.declareConflict', { roundId: 'v-baizi:2026Q4', householdIds: [] })).error?.code).toBe('NOT_IN_VILLAGE')
    expect((await change(P, 'review.declareConflict', { roundId: ROUND, householdIds: [RELATIVE, RELATIVE] })).error?.code).toBe('INVALID_INPUT')
    expect((await change(P, 'review.declareConflict', { roundId: ROUND, householdIds: ['h-nowhere'] })).error?.code).toBe('NOT_FOUND')
  })
})

describe('review.score and review.confirmGroup', () => {
  it('stores the member\'s own entry in at most four round trips, retry-safe, and refuses their own household and relatives', async () => {
    await openRound()
    await declareAll()
    const id = randomUUID()
    const res = await change('o-review-2', 'review.score', { roundId: ROUND, householdId: TARGET, mark: 'discuss', scores: all(H_ITEMS, 1) }, id)
    expect(res.roundTrips).toBeLessThanOrEqual(4)
    expect(res.data).toMatchObject({ householdId: TARGET, mark: 'discuss', scores: all(H_ITEMS, 1) })
    expect(await change('o-review-2', 'review.score', { roundId: ROUND, householdId: TARGET, mark: 'discuss', scores: all(H_ITEMS, 1) }, id)).toMatchObject({ ok: true, data: res.data })
    expect(t.find('review_scores', { roundId: ROUND, householdId: TARGET })).toHaveLength(1)
    expect((await change(P, 'review.score', { roundId: ROUND, householdId: 'h-shizi-002', mark: 'nominate' })).error?.code).toBe('REVIEW_CONFLICT')
    expect((await change(P, 'review.score', { roundId: ROUND, householdId: RELATIVE, mark: 'discuss' })).error?.code).toBe('REVIEW_CONFLICT')
    expect((await change(P, 'review.score', { roundId: ROUND, householdId: TARGET, scores: { h1: 3 } })).error?.code).toBe('REVIEW_ITEMS')
    expect((await change(P, 'review.score', { roundId: ROUND, householdId: TARGET, scores: all(H_ITEMS, 5) })).error?.code).toBe('INVALID_INPUT')
    expect((await change(P, 'review.score', { roundId: ROUND, householdId: 'h-baizi-001', mark: 'discuss' })).error?.code).toBe('NOT_IN_VILLAGE')
    expect((await change(FINANCE_ONLY, 'review.score', { roundId: ROUND, householdId: TARGET, mark: 'discuss' })).error?.code).toBe('NOT_REVIEW_MEMBER')
    expect((await change(CADRE, 'review.score', { roundId: ROUND, householdId: TARGET, mark: 'discuss' })).error?.code).toBe('FORBIDDEN_ROLE')
  })

  it('confirming a group needs every marked household scored, in at most four round trips', async () => {
    await openRound()
    await declareAll()
    const group = t.findOne('households', { _id: TARGET }).groupId
    ok(await change('o-review-3', 'review.score', { roundId: ROUND, householdId: TARGET, mark: 'nominate' }))
    expect((await change('o-review-3', 'review.confirmGroup', { roundId: ROUND, groupId: group })).error?.code).toBe('REVIEW_UNSCORED')
    ok(await change('o-review-3', 'review.score', { roundId: ROUND, householdId: TARGET, mark: 'nominate', scores: all(H_ITEMS, 4) }))
    const res = await change('o-review-3', 'review.confirmGroup', { roundId: ROUND, groupId: group })
    expect(res.roundTrips).toBeLessThanOrEqual(4)
    expect(res.data).toMatchObject({ groupId: group, confirmed: true })
    expect((await change('o-review-3', 'review.confirmGroup', { roundId: ROUND, groupId: 'v-baizi-g1' })).error?.code).toBe('NOT_FOUND')
    const queue = await call('o-review-3', 'review.queue', { view: 'groups', roundId: ROUND })
    expect(queue.data.groups.find((g: any) => g.groupId === group)).toMatchObject({ marked: 1, scored: 1, confirmed: true })
  })
})

describe('review.queue', () => {
  it('lists a group\'s households with the caller\'s own marks only, leaving conflicts out', async () => {
    await openRound()
    await declareAll()
    const group = t.findOne('households', { _id: TARGET }).groupId
    ok(await change('o-review-2', 'review.score', { roundId: ROUND, householdId: TARGET, mark: 'discuss', scores: all(H_ITEMS, 0) }))
    const mine = await call('o-review-2', 'review.queue', { view: 'group', roundId: ROUND, groupId: group, limit: 50 })
    expect(mine.roundTrips).toBeLessThanOrEqual(ROUND_TRIP_BUDGET)
    expect(mine.data.items.find((h: any) => h.householdId === TARGET)).toMatchObject({ mark: 'discuss', scores: all(H_ITEMS, 0) })
    const other = await call('o-review-3', 'review.queue', { view: 'group', roundId: ROUND, groupId: group, limit: 50 })
    expect(other.data.items.find((h: any) => h.householdId === TARGET)).toMatchObject({ mark: null, scores: null })
    const relGroup = t.findOne('households', { _id: RELATIVE }).groupId
    const p = await call(P, 'review.queue', { view: 'group', roundId: ROUND, groupId: relGroup, limit: 50 })
    expect(p.data.items.map((h: any) => h.householdId)).not.toContain(RELATIVE)
    const groups = await call(P, 'review.queue', { view: 'groups', roundId: ROUND })
    expect(groups.roundTrips).toBeLessThanOrEqual(ROUND_TRIP_BUDGET)
    expect(groups.data.groups.reduce((n: number, g: any) => n + g.households, 0)).toBe(shiziHouseholds().length - 2)
    const conflicts = await call(P, 'review.queue', { view: 'conflicts', roundId: ROUND })
    expect(conflicts.data.members.find((m: any) => m.conflicts.some((c: any) => c.householdId === RELATIVE))).toBeTruthy()
    expect((await call('o-review-2', 'review.queue', { view: 'conflicts', roundId: ROUND })).error?.code).toBe('NOT_SUPERVISION_MEMBER')
    expect((await call(HEAD, 'review.queue', { view: 'groups', roundId: ROUND })).error?.code).toBe('FORBIDDEN_ROLE')
    expect((await call(BAIZI_CADRE, 'review.queue', { view: 'conflicts', roundId: ROUND })).error?.code).toBe('NOT_IN_VILLAGE')
  })
})

describe('village.rate', () => {
  it('one rating per household during the round, by head or member', async () => {
    await openRound()
    const id = randomUUID()
    const res = await change(SPOUSE, 'village.rate', { roundId: ROUND, scores: all(V_ITEMS, 3), comment: '总体不错' }, id)
    expect(res.roundTrips).toBeLessThanOrEqual(CHANGE_ROUND_TRIP_BUDGET)
    expect(await change(SPOUSE, 'village.rate', { roundId: ROUND, scores: all(V_ITEMS, 3), comment: '总体不错' }, id)).toMatchObject({ ok: true, data: res.data })
    expect((await change(HEAD, 'village.rate', { roundId: ROUND, scores: all(V_ITEMS, 1) })).error?.code).toBe('REVIEW_ALREADY_RATED')
    expect(t.find('review_ratings', { roundId: ROUND })).toHaveLength(1)
    expect((await change('o-resident-neighbour', 'village.rate', { roundId: ROUND, scores: { v1: 3 } })).error?.code).toBe('REVIEW_ITEMS')
    expect((await change(BAIZI_HEAD, 'village.rate', { roundId: ROUND, scores: all(V_ITEMS, 3) })).error?.code).toBe('NOT_IN_VILLAGE')
    expect((await change(CADRE, 'village.rate', { roundId: ROUND, scores: all(V_ITEMS, 3) })).error?.code).toBe('FORBIDDEN_ROLE')
    expect((await change(HEAD, 'village.rate', { roundId: ROUND, scores: all(V_ITEMS, 3), comment: 'x'.repeat(301) })).error?.code).toBe('INVALID_INPUT')
  })
})

describe('a whole round', () => {
  it('hides every score before close, closes in batches, publishes, and a changed appeal keeps the old version', async () => {
    await fullRound()
    // Before close: nobody sees any result or score.
    expect((await call(P, 'review.results', { view: 'households', roundId: ROUND })).error?.code).toBe('REVIEW_STATE')
    expect((await call(CADRE, 'review.results', { view: 'notice', roundId: ROUND })).error?.code).toBe('REVIEW_STATE')
    expect((await call(HEAD, 'review.mine', { roundId: ROUND })).data.result).toBeNull()
    const q = await call('o-review-3', 'review.queue', { view: 'group', roundId: ROUND, groupId: t.findOne('households', { _id: TARGET }).groupId, limit: 50 })
    expect(q.data.items.find((h: any) => h.householdId === TARGET).scores).toEqual(all(H_ITEMS, 4)) // their own only
    expect(JSON.stringify(q.data)).not.toContain('"h1":0')

    const calls = await closeAll(20)
    const n = shiziHouseholds().length
    expect(calls.length).toBe(1 + Math.ceil(n / 20) + 1)
    for (const c of calls) expect(c.roundTrips).toBeLessThanOrEqual(CHANGE_ROUND_TRIP_BUDGET)
    expect(calls.at(-1)!.data).toMatchObject({ done: true, processed: n, total: n })
    expect(t.find('review_results', { roundId: ROUND })).toHaveLength(n)
    // Scoring stops at close.
    expect((await change('o-review-2', 'review.score', { roundId: ROUND, householdId: TARGET, mark: null, scores: null })).error?.code).toBe('REVIEW_STATE')
    expect((await change(SPOUSE, 'village.rate', { roundId: ROUND, scores: all(V_ITEMS, 3) })).error?.code).toBe('REVIEW_STATE')

    // The outlier (0s) does not move the median: four 4s/3s around it.
    const target = t.findOne('review_results', { _id: `${ROUND}#${TARGET}` }).current
    expect(target.scorers).toBe(5)
    expect(target.medians.every((m: any) => m.median === 3)).toBe(true)
    expect(target.outcome).toBe('fulfilled')
    // Everyone confirmed: every household has all five (or four, where conflicted) scorers.
    expect(t.findOne('review_results', { _id: `${ROUND}#${RELATIVE}` }).current.scorers).toBe(4)
    expect(t.findOne('review_results', { _id: `${ROUND}#h-shizi-002` }).current.scorers).toBe(4)

    // Closed, not published: the panel sees results, households do not.
    const panel = await call('o-review-3', 'review.results', { view: 'households', roundId: ROUND, limit: 50 })
    expect(panel.roundTrips).toBeLessThanOrEqual(ROUND_TRIP_BUDGET)
    expect(panel.data.households.find((h: any) => h.householdId === TARGET).spread[0].scores).toEqual([0, 3, 3, 3, 4])
    expect((await call(HEAD, 'review.mine', { roundId: ROUND })).data.result).toBeNull()
    expect((await call(HEAD, 'review.results', { view: 'notice', roundId: ROUND })).error?.code).toBe('REVIEW_STATE')

    const pub = await change(CADRE, 'review.publish', { roundId: ROUND })
    expect(pub.roundTrips).toBeLessThanOrEqual(CHANGE_ROUND_TRIP_BUDGET)
    expect(pub.data.round).toMatchObject({ status: 'published' })
    expect(t.find('audit', { action: 'review.publish' })[0].outbox).toContainEqual(expect.objectContaining({ to: { villageId: 'v-shizi', role: 'resident' }, template: 'review-published' }))
    expect((await change(CADRE, 'review.publish', { roundId: ROUND })).error?.code).toBe('REVIEW_STATE')

    const mine = await call(HEAD, 'review.mine')
    expect(mine.roundTrips).toBeLessThanOrEqual(ROUND_TRIP_BUDGET)
    expect(mine.data.result).toMatchObject({ householdId: 'h-shizi-001', outcome: 'fulfilled', outcomeLabel: '诚信户', total: 15, maxTotal: 20, version: 1 })
    expect(JSON.stringify(mine.data)).not.toMatch(/spread|scorer"|o-review/)
    expect(mine.data.canAppeal).toBe(true)

    const notice = await call('o-resident-neighbour', 'review.results', { view: 'notice', roundId: ROUND })
    expect(notice.data.counts.fulfilled).toBe(n)
    expect(notice.data.named).toEqual([])
    expect(notice.data.village.items[0]).toMatchObject({ itemId: 'v1', residentMedian: 3, panelMedian: 3 })
    expect(notice.data.village.comments).toEqual(['希望公开栏按时更新'])

    // The spouse cannot appeal (head only); the head can, once.
    expect((await change(SPOUSE, 'review.appeal', { roundId: ROUND, reason: '我们按时参加了检查' })).error?.code).toBe('NOT_HOUSEHOLD_HEAD')
    const appeal = await change(HEAD, 'review.appeal', { roundId: ROUND, reason: '本户按时参加了全部检查，还参与了村里公益劳动' })
    expect(appeal.roundTrips).toBeLessThanOrEqual(CHANGE_ROUND_TRIP_BUDGET)
    expect(appeal.data.appeal).toMatchObject({ status: 'pending', fromOutcome: 'fulfilled' })
    expect((await change(HEAD, 'review.appeal', { roundId: ROUND, reason: '再申诉一次' })).error?.code).toBe('REVIEW_APPEAL_EXISTS')
    expect((await change(HEAD, 'review.appeal', { roundId: ROUND, reason: '' })).error?.code).toBe('INVALID_INPUT')

    const appeals = await call(P, 'review.results', { view: 'appeals', roundId: ROUND })
    expect(appeals.data.appeals).toEqual([expect.objectContaining({ householdId: 'h-shizi-001', canDecide: true })])
    expect((await call('o-review-2', 'review.results', { view: 'appeals', roundId: ROUND })).error?.code).toBe('NOT_SUPERVISION_MEMBER')
    expect((await change('o-review-2', 'review.decideAppeal', { appealId: appeal.data.appeal.id, decision: 'upheld', reason: '维持' })).error?.code).toBe('NOT_SUPERVISION_MEMBER')

    const id = randomUUID()
    const decided = await change(P, 'review.decideAppeal', { appealId: appeal.data.appeal.id, decision: 'changed', reason: '核实后本户参与公益劳动属实，改为示范户', outcome: 'exemplary' }, id)
    expect(decided.roundTrips).toBeLessThanOrEqual(CHANGE_ROUND_TRIP_BUDGET)
    expect(decided.data.result).toMatchObject({ outcome: 'exemplary', version: 2 })
    expect(await change(P, 'review.decideAppeal', { appealId: appeal.data.appeal.id, decision: 'changed', reason: '核实后本户参与公益劳动属实，改为示范户', outcome: 'exemplary' }, id)).toMatchObject({ ok: true, data: decided.data })
    expect((await change(P, 'review.decideAppeal', { appealId: appeal.data.appeal.id, decision: 'upheld', reason: '再处理' })).error?.code).toBe('REVIEW_APPEAL_DECIDED')
    const stored = t.findOne('review_results', { _id: `${ROUND}#h-shizi-001` })
    expect(stored.current).toMatchObject({ version: 2, outcome: 'exemplary' })
    expect(stored.versions).toEqual([expect.objectContaining({ version: 1, outcome: 'fulfilled', replacedBecause: '核实后本户参与公益劳动属实，改为示范户' })])
    expect(t.find('audit', { action: 'review.decideAppeal' })[0].outbox).toEqual([expect.objectContaining({ to: { householdId: 'h-shizi-001' }, template: 'appeal-decided' })])
    const after = await call(HEAD, 'review.mine')
    expect(after.data.result).toMatchObject({ outcome: 'exemplary', version: 2 })
    expect(after.data.versions).toEqual([expect.objectContaining({ version: 1, outcome: 'fulfilled' })])
    expect(after.data.appeal).toMatchObject({ status: 'changed', toOutcome: 'exemplary' })

    const history = await call(HEAD, 'review.history', { view: 'household' })
    expect(history.roundTrips).toBeLessThanOrEqual(ROUND_TRIP_BUDGET)
    expect(history.data.household[0]).toMatchObject({ roundId: ROUND, outcome: 'exemplary', version: 2 })
    expect(history.data.household).toHaveLength(2)
    const trend = await call(TOWN, 'review.history', { view: 'village', villageId: 'v-shizi' })
    expect(trend.data.village.map((r: any) => r.quarter)).toHaveLength(2)
    expect((await call(BAIZI_HEAD, 'review.results', { view: 'notice', roundId: ROUND })).error?.code).toBe('NOT_IN_VILLAGE')
  })

  it('names on the notice only the households that consented, in roster order', async () => {
    await fullRound()
    const consent = await t.change(HEAD, 'household', 'household.consent', { reviewNamed: true })
    expect(consent.data).toMatchObject({ reviewNamed: true, ledgerNamed: false })
    expect(t.findOne('households', { _id: 'h-shizi-001' }).reviewNamed).toMatchObject({ named: true, by: HEAD })
    await closeAll(50)
    ok(await change(CADRE, 'review.publish', { roundId: ROUND }))
    const notice = await call('o-resident-neighbour', 'review.results', { view: 'notice', roundId: ROUND })
    expect(notice.data.named).toEqual([expect.objectContaining({ householdLabel: t.findOne('households', { _id: 'h-shizi-001' }).label, outcome: 'fulfilled' })])
    expect((await call(HEAD, 'review.mine')).data.named).toBe(true)
  })

  it('a conflicted member gets nothing of that household\'s scores from any action, before or after close', async () => {
    await fullRound()
    ok(await t.change(HEAD, 'household', 'household.consent', { reviewNamed: true }))
    // The relative's household consented to be named: still never shown to the conflicted member.
    const db = t.emu.wire.db.collection('households')
    const rel = db.findOne({ _id: RELATIVE })!
    db.remove({ _id: RELATIVE })
    db.insertOne({ ...rel, reviewNamed: { named: true, at: new Date(), by: 'seed', requestId: 'seed' } })
    const hidden = [RELATIVE, 'h-shizi-002']
    const relLabel = t.findOne('households', { _id: RELATIVE }).label
    const reads = async () => {
      const out: any[] = []
      for (const g of GROUPS) out.push(await call(P, 'review.queue', { view: 'group', roundId: ROUND, groupId: g, limit: 50 }))
      out.push(await call(P, 'review.results', { view: 'households', roundId: ROUND, limit: 50 }))
      out.push(await call(P, 'review.results', { view: 'households', roundId: ROUND, limit: 50, outcome: 'fulfilled' }))
      out.push(await call(P, 'review.results', { view: 'notice', roundId: ROUND }))
      out.push(await call(P, 'review.results', { view: 'appeals', roundId: ROUND }))
      out.push(await call(P, 'review.history', { view: 'village' }))
      out.push(await call(P, 'review.rubric', { roundId: ROUND }))
      return out
    }
    const scoreless = (res: any) => {
      const text = JSON.stringify(res.data ?? {})
      for (const id of hidden) expect(text).not.toContain(`"householdId":"${id}"`)
      expect(text).not.toContain(relLabel)
    }
    for (const r of await reads()) scoreless(r)
    await closeAll(50)
    for (const r of await reads()) scoreless(r)
    ok(await change(CADRE, 'review.publish', { roundId: ROUND }))
    ok(await change(HEAD, 'review.appeal', { roundId: ROUND, reason: '请核实' }))
    const after = await reads()
    for (const r of after) scoreless(r)
    const households = after.find((r) => r.data?.households && r.data.total !== undefined)!
    expect(households.data.total).toBe(shiziHouseholds().length - hidden.length)
    const notice = after.find((r) => r.data?.counts)!
    expect(notice.data.counts.fulfilled).toBe(shiziHouseholds().length - hidden.length)
    // Everyone else sees all of them.
    const other = await call('o-review-3', 'review.results', { view: 'households', roundId: ROUND, limit: 50 })
    expect(other.data.total).toBe(shiziHouseholds().length - 1) // minus o-review-3's own
  })
})

describe('review.close and review.publish', () => {
  it('belong to the village\'s cadre, in order', async () => {
    await openRound()
    expect((await change(P, 'review.close', { roundId: ROUND })).error?.code).toBe('FORBIDDEN_ROLE')
    expect((await change(BAIZI_CADRE, 'review.close', { roundId: ROUND })).error?.code).toBe('NOT_IN_VILLAGE')
    expect((await change(CADRE, 'review.publish', { roundId: ROUND })).error?.code).toBe('REVIEW_STATE')
    expect((await change(CADRE, 'review.close', { roundId: ROUND, batch: 5 })).error?.code).toBe('INVALID_INPUT')
    expect((await change(CADRE, 'review.close', { roundId: 'v-shizi:2019Q1' })).error?.code).toBe('NOT_FOUND')
    const id = randomUUID()
    const first = await change(CADRE, 'review.close', { roundId: ROUND }, id)
    expect(first.data).toMatchObject({ done: false, processed: 0 })
    expect(await change(CADRE, 'review.close', { roundId: ROUND }, id)).toMatchObject({ ok: true, data: first.data })
    // Quorum: nobody confirmed anything, so every household is 未评 — never a default.
    await closeAll(200)
    const results = t.find('review_results', { roundId: ROUND })
    expect(results.every((r) => r.current.outcome === 'unrated' && r.current.total === null)).toBe(true)
  })
})

describe('the remind timer', () => {
  it('reminds the review group once a day while a round has been open two days or more', async () => {
    await openRound()
    const fire = async () => {
      const out = await t.emu.runner.fireTimer('review', 'remind')
      return (out as any).result ?? out
    }
    expect(await fire()).toMatchObject({ reminded: 0 })
    const db = t.emu.wire.db.collection('review_rounds')
    const round = db.findOne({ _id: ROUND })!
    db.remove({ _id: ROUND })
    db.insertOne({ ...round, openedAt: new Date(Date.now() - 3 * 86_400_000) })
    expect(await fire()).toMatchObject({ reminded: 1 })
    expect(await fire()).toMatchObject({ reminded: 0 })
    const [entry] = t.find('audit', { action: 'review.remind' })
    expect(entry.outbox.map((o: any) => o.to).sort((a: any, b: any) => a.openid.localeCompare(b.openid))).toEqual(MEMBERS.map((openid) => ({ openid })).sort((a, b) => a.openid.localeCompare(b.openid)))
    expect(entry.outbox[0]).toMatchObject({ template: 'review-reminder' })
  })
})
