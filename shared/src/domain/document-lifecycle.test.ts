import { meetingDateAllowed, nextDocumentStatus, noticeEndsAt, noticeOpen, voteOutcome } from './document-lifecycle'

describe('village document lifecycle', () => {
  it('goes draft, public notice, then adopted or rejected by the assembly', () => {
    expect(nextDocumentStatus('draft', 'edit')).toBe('draft')
    expect(nextDocumentStatus('draft', 'publish')).toBe('notice')
    expect(nextDocumentStatus('notice', 'adopt')).toBe('adopted')
    expect(nextDocumentStatus('notice', 'reject')).toBe('rejected')
    expect(nextDocumentStatus('adopted', 'supersede')).toBe('superseded')
  })

  it('never edits a version once it is on notice, and never adopts a draft directly', () => {
    expect(nextDocumentStatus('notice', 'edit')).toBeNull()
    expect(nextDocumentStatus('draft', 'adopt')).toBeNull()
    expect(nextDocumentStatus('adopted', 'publish')).toBeNull()
    expect(nextDocumentStatus('rejected', 'adopt')).toBeNull()
    expect(nextDocumentStatus('superseded', 'supersede')).toBeNull()
  })
})

describe('public notice period', () => {
  it('counts whole Beijing days from the day of publishing and ends at midnight', () => {
    const morning = new Date('2026-11-24T10:00:00+08:00')
    const lateNight = new Date('2026-11-24T23:30:00+08:00')
    expect(noticeEndsAt(morning, 7).toISOString()).toBe('2026-11-30T16:00:00.000Z') // 2026-12-01 00:00 Beijing
    expect(noticeEndsAt(lateNight, 7)).toEqual(noticeEndsAt(morning, 7))
  })

  it('uses the Beijing day even when UTC is still on the previous day', () => {
    const earlyBeijing = new Date('2026-11-25T01:00:00+08:00') // 2026-11-24 17:00 UTC
    expect(noticeEndsAt(earlyBeijing, 1).toISOString()).toBe('2026-11-25T16:00:00.000Z')
  })

  it('is open until the end instant and closed from it', () => {
    const end = noticeEndsAt(new Date('2026-11-24T10:00:00+08:00'), 7)
    expect(noticeOpen(end, new Date(end.getTime() - 1))).toBe(true)
    expect(noticeOpen(end, end)).toBe(false)
  })
})

describe('assembly vote', () => {
  it('adopts only when more vote for than against; a tie rejects', () => {
    expect(voteOutcome({ for: 31, against: 4, abstain: 2 })).toBe('adopted')
    expect(voteOutcome({ for: 10, against: 10, abstain: 5 })).toBe('rejected')
    expect(voteOutcome({ for: 3, against: 20, abstain: 0 })).toBe('rejected')
    expect(voteOutcome({ for: 0, against: 0, abstain: 9 })).toBe('rejected')
  })

  it('takes a meeting date between the first day of notice and today (Beijing)', () => {
    const started = new Date('2026-11-24T10:00:00+08:00')
    const now = new Date('2026-12-02T08:00:00+08:00')
    expect(meetingDateAllowed('2026-12-01', started, now)).toBe(true)
    expect(meetingDateAllowed('2026-11-24', started, now)).toBe(true)
    expect(meetingDateAllowed('2026-12-02', started, now)).toBe(true)
    expect(meetingDateAllowed('2026-11-23', started, now)).toBe(false)
    expect(meetingDateAllowed('2026-12-03', started, now)).toBe(false)
  })
})
