import { businessDay } from './dates'
import { planPeriod } from './checkup-plan'
import { addDays, beijingInstant, isCalendarDay, patternSlots, weekday } from './checkup-slots'

describe('slot times in Beijing time', () => {
  it('puts a slot at 23:30 on 31 December on that day and in that plan year', () => {
    const at = beijingInstant('2026-12-31', '23:30')
    expect(at.toISOString()).toBe('2026-12-31T15:30:00.000Z')
    expect(businessDay(at)).toBe('2026-12-31')
    expect(planPeriod(businessDay(at), 4)).toBe('2026P4')
  })

  it('puts a slot at 00:30 on 1 January in the new year, though it is still 31 December in UTC', () => {
    const at = beijingInstant('2027-01-01', '00:30')
    expect(at.toISOString()).toBe('2026-12-31T16:30:00.000Z')
    expect(businessDay(at)).toBe('2027-01-01')
    expect(planPeriod(businessDay(at), 4)).toBe('2027P1')
  })
})

describe('calendar days', () => {
  it('knows real days from look-alikes', () => {
    expect(isCalendarDay('2028-02-29')).toBe(true)
    expect(isCalendarDay('2026-02-29')).toBe(false)
    expect(isCalendarDay('2026-13-01')).toBe(false)
    expect(isCalendarDay('26-1-1')).toBe(false)
  })

  it('counts days and weekdays across a year end', () => {
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02')
    expect(weekday('2026-11-24')).toBe(2) // a Tuesday
    expect(weekday('2026-11-29')).toBe(7) // a Sunday
  })
})

describe('weekly patterns', () => {
  it('opens every chosen weekday in the range, each time in order', () => {
    const slots = patternSlots('2026-11-23', '2026-12-06', [2, 4], [{ start: '14:30', end: '16:30' }, { start: '08:30', end: '11:00' }])
    expect(slots.map((s) => `${s.day} ${s.start}`)).toEqual([
      '2026-11-24 08:30', '2026-11-24 14:30', '2026-11-26 08:30', '2026-11-26 14:30',
      '2026-12-01 08:30', '2026-12-01 14:30', '2026-12-03 08:30', '2026-12-03 14:30',
    ])
  })
})
