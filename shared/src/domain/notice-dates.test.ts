import { noticeEndsAt } from './document-lifecycle'
import { noticeDaysLeft, noticeEnded, noticeFirstDay, noticeLastDay, noticeSpanLine, noticeStatusLine } from './notice-dates'

// Published 2026-11-28 10:00 Beijing (02:00 UTC) for 7 days: the 28th counts, the 4th is the last day.
const startsAt = new Date('2026-11-28T02:00:00Z')
const notice = { days: 7, startsAt, endsAt: noticeEndsAt(startsAt, 7) }

describe('notice dates', () => {
  it('names the last day inclusive, not the midnight after it', () => {
    expect(new Date(notice.endsAt).toISOString()).toBe('2026-12-04T16:00:00.000Z') // 2026-12-05 00:00 Beijing
    expect(noticeFirstDay(notice)).toBe('2026-11-28')
    expect(noticeLastDay(notice)).toBe('2026-12-04')
    expect(noticeSpanLine(notice)).toBe('2026-11-28 至 2026-12-04，共 7 天')
  })

  it('counts the days left with today included, and ends at that midnight', () => {
    const at = (iso: string) => Date.parse(iso)
    expect(noticeStatusLine(notice, at('2026-12-02T04:00:00Z'))).toBe('公示至 2026-12-04（还剩 3 天）')
    expect(noticeDaysLeft(notice, at('2026-12-04T15:59:00Z'))).toBe(1)
    expect(noticeEnded(notice, at('2026-12-04T15:59:00Z'))).toBe(false)
    expect(noticeEnded(notice, at('2026-12-04T16:00:00Z'))).toBe(true)
    expect(noticeStatusLine(notice, at('2026-12-05T01:00:00Z'))).toBe('公示已于 2026-12-04 期满')
  })

  it('works from the ISO strings the client receives', () => {
    const wire = { days: 7, startsAt: startsAt.toISOString(), endsAt: new Date(notice.endsAt).toISOString() }
    expect(noticeSpanLine(wire)).toBe('2026-11-28 至 2026-12-04，共 7 天')
  })
})
