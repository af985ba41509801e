import { DEFAULT_CHECKUP_RULES } from './checkup-plan'
import { managementHistory, rulesOf, standing, typeOn } from './checkup-standing'
import { periodBounds } from './checkup-plan'
import { periodMonths, periodName } from './plan-period-name'

const CONTRACT = managementHistory('contract', null)
const states = (s: ReturnType<typeof standing>) => s.periods.map((p) => `${p.period}:${p.state}`)

describe('village rules', () => {
  it('takes the defaults for every number a village did not set', () => {
    const rules = rulesOf({ perYear: { contract: 3 } as never, offerMinutes: 30 })
    expect(rules.perYear).toEqual({ ...DEFAULT_CHECKUP_RULES.perYear, contract: 3 })
    expect(rules.offerMinutes).toBe(30)
    expect(rules.workingAwayPerYear).toBe(2)
    expect(rulesOf(undefined)).toEqual(DEFAULT_CHECKUP_RULES)
  })
})

describe('management history', () => {
  it('was contract before the day the type changed', () => {
    const h = managementHistory('committed', '2026-07-02')
    expect(typeOn(h, '2026-07-01')).toBe('contract')
    expect(typeOn(h, '2026-07-02')).toBe('committed')
    expect(managementHistory('contract', '2026-05-01')).toEqual([{ type: 'contract', from: '1970-01-01' }])
  })
})

describe('standing against the plan', () => {
  it('counts done, booked and due, and marks each quarter', () => {
    const s = standing(2026, '2026-11-24', CONTRACT, DEFAULT_CHECKUP_RULES, { done: ['2026-02-10', '2026-05-20'], booked: ['2026-12-03'] })
    expect(s).toMatchObject({ planned: 4, done: 2, booked: 1, due: 1, perYear: 4, dueNow: false, overdue: ['2026P3'] })
    expect(states(s)).toEqual(['2026P1:done', '2026P2:done', '2026P3:overdue', '2026P4:booked'])
  })

  it('is due now when the current period has nothing done or booked', () => {
    const s = standing(2026, '2026-11-24', CONTRACT, DEFAULT_CHECKUP_RULES, { done: ['2026-02-10', '2026-05-20', '2026-08-01'], booked: [] })
    expect(s.dueNow).toBe(true)
    expect(s.periods[3]).toEqual({ period: '2026P4', first: '2026-10-01', last: '2026-12-31', done: 0, booked: 0, state: 'due' })
  })

  it('ignores check-ups of other years', () => {
    const s = standing(2026, '2026-11-24', CONTRACT, DEFAULT_CHECKUP_RULES, { done: ['2025-12-31', '2027-01-01'], booked: [] })
    expect(s.done).toBe(0)
  })

  it('leaves future periods upcoming', () => {
    const s = standing(2026, '2026-02-01', CONTRACT, DEFAULT_CHECKUP_RULES, { done: [], booked: [] })
    expect(states(s)).toEqual(['2026P1:due', '2026P2:upcoming', '2026P3:upcoming', '2026P4:upcoming'])
  })

  it('asks no more once the year is complete', () => {
    const s = standing(2026, '2026-11-24', managementHistory('recognised', '2025-01-01'), DEFAULT_CHECKUP_RULES, { done: ['2026-01-05'], booked: [] })
    expect(s).toMatchObject({ planned: 1, due: 0, perYear: 1, dueNow: false, overdue: [] })
    const contract = standing(2026, '2026-11-24', CONTRACT, DEFAULT_CHECKUP_RULES, { done: ['2026-01-05', '2026-01-06', '2026-02-01', '2026-03-01'], booked: [] })
    expect(states(contract)).toEqual(['2026P1:done', '2026P2:met', '2026P3:met', '2026P4:met'])
  })

  it('cuts the year by the type in force, with the plan in proportion to each type', () => {
    const s = standing(2026, '2026-11-24', managementHistory('committed', '2026-07-02'), DEFAULT_CHECKUP_RULES, { done: ['2026-03-01'], booked: [] })
    expect(s).toMatchObject({ planned: 3, done: 1, due: 2, perYear: 2, dueNow: true, overdue: [] })
    expect(states(s)).toEqual(['2026P1:done', '2026P2:due'])
  })

  it('judges a past year as it ended', () => {
    const s = standing(2025, '2026-11-24', CONTRACT, DEFAULT_CHECKUP_RULES, { done: ['2025-02-10'], booked: [] })
    expect(s.overdue).toEqual(['2025P2', '2025P3', '2025P4'])
    expect(s.dueNow).toBe(false)
  })
})

describe('period names', () => {
  it('says quarters, halves, thirds and years the way villagers do', () => {
    expect(periodName('2026P3', 4)).toBe('第3季度')
    expect(periodName('2026P1', 2)).toBe('上半年')
    expect(periodName('2026P1', 1)).toBe('全年')
    expect(periodName('2026P4', 4, { year: true })).toBe('2026年第4季度')
    expect(periodName('2026P2', 2, { year: true, months: true })).toBe('2026年下半年（7—12月）')
    expect(periodName('2026P2', 3)).toBe('第2期（5—8月）')
    expect(periodName('2026P1', 1, { year: true, months: true })).toBe('2026年全年')
    expect(periodName('2026P5', 12)).toBe('第5期（5月）')
  })

  it('names the same months the plan rules bound', () => {
    for (const n of [1, 2, 3, 4, 6, 12]) {
      for (let i = 1; i <= n; i++) {
        const { first, last } = periodBounds(`2026P${i}`, n)
        expect(periodMonths(`2026P${i}`, n)).toEqual({ first: Number(first.slice(5, 7)), last: Number(last.slice(5, 7)) })
      }
    }
  })
})
