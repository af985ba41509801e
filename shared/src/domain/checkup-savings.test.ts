import { DEFAULT_SAVINGS_ASSUMPTIONS, householdsSource, perHouseholdRoundFen, savings, yuan } from './checkup-savings'

describe('savings', () => {
  it('shares a village round of 3,000 yuan out over the programme\'s average village', () => {
    expect(DEFAULT_SAVINGS_ASSUMPTIONS.householdsPerVillage).toBe(1221)
    expect(perHouseholdRoundFen(DEFAULT_SAVINGS_ASSUMPTIONS)).toBe(246)
  })

  it('adds trips avoided by proofs and household-rounds avoided by integrity categories', () => {
    const out = savings({ perVillageRoundFen: 300_000, householdsPerVillage: 1000, perTripFen: 20_000 }, { tripsAvoided: 3, roundsAvoided: 10 })
    expect(out).toEqual({ tripsAvoided: 3, roundsAvoided: 10, tripsFen: 60_000, roundsFen: 3_000, totalFen: 63_000 })
  })

  it('writes fen as yuan', () => {
    expect(yuan(300_000)).toBe('3000元')
    expect(yuan(246)).toBe('2.46元')
  })
})

describe('yuan', () => {
  it('drops trailing zeros', () => {
    expect(yuan(1230)).toBe('12.3元')
    expect(yuan(0)).toBe('0元')
  })
})

describe('where the households-per-village default comes from', () => {
  it('says the default is the programme average, and a changed figure the township’s own', () => {
    expect(householdsSource(DEFAULT_SAVINGS_ASSUMPTIONS.householdsPerVillage)).toContain('17,090 户 ÷ 14 个村')
    expect(householdsSource(28)).toBe('镇里设定的口径')
  })
})
