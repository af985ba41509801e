import { randomUUID } from 'crypto'
import { snapshot, useEmulator } from '../../test/support/actions'

const t = useEmulator()
// The bundle carries a spreadsheet library: start the function's worker once, outside any test's time.
beforeAll(() => t.call('o-resident-head', 'checkup', 'site.list', {}), 60_000)
const TOWN = 'o-township-officer'
const CADRE = 'o-cadre-shizi'
const HEAD = 'o-resident-head'
const YEAR = Number(new Date(Date.now() + 8 * 3600000).toISOString().slice(0, 4))

const call = (who: string, action: string, input: unknown) => t.call(who, 'checkup', action, input)

function setType(_id: string, managementType: string) {
  const c = t.emu.wire.db.collection('households')
  const doc = c.findOne({ _id })!
  c.remove({ _id })
  c.insertOne({ ...doc, managementType, managementSince: new Date(`${YEAR - 1}-06-01T00:00:00Z`) })
}

describe('savings.get', () => {
  it('adds trips avoided by verified proofs and rounds avoided by integrity categories, with the assumptions and formula', async () => {
    setType('h-shizi-010', 'recognised') // plans 1: 3 rounds avoided
    setType('h-baizi-010', 'committed') // plans 2: 2 rounds avoided
    t.emu.wire.db.collection('proofs').insertMany([
      { _id: 'p1', villageId: 'v-shizi', householdId: 'h-shizi-001', status: 'verified', checkupDay: `${YEAR}-03-01` },
      { _id: 'p2', villageId: 'v-shizi', householdId: 'h-shizi-001', status: 'pending', checkupDay: `${YEAR}-04-01` },
      { _id: 'p3', villageId: 'v-baizi', householdId: 'h-baizi-001', status: 'verified', checkupDay: `${YEAR - 1}-04-01` },
    ])
    const res = await call(TOWN, 'savings.get', {})
    expect(res.roundTrips).toBeLessThanOrEqual(3)
    expect(res.data).toMatchObject({
      year: YEAR, tripsAvoided: 1, roundsAvoided: 5, tripsFen: 20_000, roundsFen: 5 * 246, totalFen: 20_000 + 1230,
      assumptions: { perVillageRoundFen: 300_000, householdsPerVillage: 1221, perTripFen: 20_000, perHouseholdRoundFen: 246, updatedAt: null },
    })
    expect(res.data.villages.find((v: { id: string }) => v.id === 'v-shizi')).toMatchObject({ tripsAvoided: 1, roundsAvoided: 3 })
    expect(res.data.formula.rounds).toBe('减少检查 = Σ各户（标准应检次数 − 本户应检次数）5 户次 × 每户每轮 2.46元 = 12.3元')
  })

  it('refuses cadres and residents', async () => {
    expect((await call(CADRE, 'savings.get', {})).error?.code).toBe('FORBIDDEN_ROLE')
    expect((await call(HEAD, 'savings.get', {})).error?.code).toBe('FORBIDDEN_ROLE')
  })
})

describe('savings.assumptions.update', () => {
  const FIGURES = { perVillageRoundFen: 360_000, householdsPerVillage: 1200, perTripFen: 30_000 }

  it('stores the township\'s figures, which savings.get then uses', async () => {
    const res = await t.change(TOWN, 'checkup', 'savings.assumptions.update', FIGURES)
    expect(res.roundTrips).toBeLessThanOrEqual(4)
    expect(res.data.assumptions).toMatchObject({ ...FIGURES, perHouseholdRoundFen: 300, updatedBy: '周明（镇卫健办）' })
    expect(t.findOne('townships', { _id: 't-shizi' }).savingsAssumptions).toMatchObject(FIGURES)
    expect((await call(TOWN, 'savings.get', {})).data.assumptions).toMatchObject({ ...FIGURES, perHouseholdRoundFen: 300 })
    expect(t.find('audit', { action: 'savings.assumptions.update' })).toHaveLength(1)
  })

  it('refuses cadres, negative or missing figures, storing nothing; a retry answers the same', async () => {
    const before = snapshot(t.emu)
    expect((await t.change(CADRE, 'checkup', 'savings.assumptions.update', FIGURES)).error?.code).toBe('FORBIDDEN_ROLE')
    expect((await t.change(TOWN, 'checkup', 'savings.assumptions.update', { ...FIGURES, perTripFen: -1 })).error?.fields?.perTripFen).toBe('金额不能为负')
    expect((await t.change(TOWN, 'checkup', 'savings.assumptions.update', { perTripFen: 1 })).error?.code).toBe('INVALID_INPUT')
    expect(snapshot(t.emu)).toBe(before)
    const requestId = randomUUID()
    const a = await t.change(TOWN, 'checkup', 'savings.assumptions.update', FIGURES, requestId)
    expect((await t.change(TOWN, 'checkup', 'savings.assumptions.update', FIGURES, requestId)).data).toEqual(a.data)
    expect(t.find('audit', { action: 'savings.assumptions.update' })).toHaveLength(1)
  })
})
