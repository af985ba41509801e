import { businessDay, businessQuarter, formatInstant } from './dates'

describe('business dates in Beijing time', () => {
  it('counts 23:30 Beijing time (15:30 UTC) as that Beijing day', () => {
    const at = new Date('2026-11-24T15:30:00Z')
    expect(businessDay(at)).toBe('2026-11-24')
    expect(formatInstant(at)).toBe('2026-11-24 23:30')
  })

  it('moves to the next day at 00:30 Beijing time though UTC is still the day before', () => {
    expect(businessDay(new Date('2026-11-24T16:30:00Z'))).toBe('2026-11-25')
  })

  it('puts New Year 00:10 Beijing time in the new year quarter', () => {
    expect(businessQuarter(new Date('2026-12-31T16:10:00Z'))).toBe('2027Q1')
    expect(businessQuarter(new Date('2026-12-31T15:50:00Z'))).toBe('2026Q4')
  })
})
