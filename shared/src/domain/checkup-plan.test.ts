import { DEFAULT_CHECKUP_RULES, periodBounds, planPeriod, plannedInYear, progress } from './checkup-plan'

describe('plan periods', () => {
  it('cuts the year into quarters, thirds, halves or one period', () => {
    expect(planPeriod('2026-11-24', 4)).toBe('2026P4')
    expect(planPeriod('2026-03-31', 4)).toBe('2026P1')
    expect(planPeriod('2026-04-30', 3)).toBe('2026P1')
    expect(planPeriod('2026-05-01', 3)).toBe('2026P2')
    expect(planPeriod('2026-07-01', 2)).toBe('2026P2')
    expect(planPeriod('2026-12-31', 1)).toBe('2026P1')
  })

  it('gives the first and last day of a period', () => {
    expect(periodBounds('2026P4', 4)).toEqual({ first: '2026-10-01', last: '2026-12-31' })
    expect(periodBounds('2026P2', 3)).toEqual({ first: '2026-05-01', last: '2026-08-31' })
    expect(periodBounds('2028P1', 4)).toEqual({ first: '2028-01-01', last: '2028-03-31' })
  })
})

describe('planned check-ups in a year', () => {
  it('follows the management type in force all year', () => {
    expect(plannedInYear(2026, [{ type: 'contract', from: '2020-01-01' }])).toBe(4)
    expect(plannedInYear(2026, [{ type: 'recognised', from: '2025-06-01' }])).toBe(1)
  })

  it('counts each type in proportion to its days when it changes mid-year, rounded up', () => {
    // contract (4) until 2 July, committed (2) after: 182/365*4 + 183/365*2 = 2.997… → 3
    expect(plannedInYear(2026, [{ type: 'contract', from: '2020-01-01' }, { type: 'committed', from: '2026-07-02' }])).toBe(3)
    // recognised (1) from 1 October: 273/365*4 + 92/365*1 = 3.24… → 4
    expect(plannedInYear(2026, [{ type: 'contract', from: '2020-01-01' }, { type: 'recognised', from: '2026-10-01' }])).toBe(4)
  })

  it('ignores changes after the year', () => {
    expect(plannedInYear(2026, [{ type: 'contract', from: '2020-01-01' }, { type: 'recognised', from: '2027-01-01' }])).toBe(4)
  })

  it('uses the village rules when given', () => {
    const rules = { ...DEFAULT_CHECKUP_RULES, perYear: { ...DEFAULT_CHECKUP_RULES.perYear, contract: 3 } }
    expect(plannedInYear(2026, [{ type: 'contract', from: '2020-01-01' }], rules)).toBe(3)
  })

  it('never reports a negative number still due', () => {
    expect(progress(2, 2, 1)).toEqual({ planned: 2, done: 2, booked: 1, due: 0 })
    expect(progress(4, 1, 1).due).toBe(2)
  })
})
