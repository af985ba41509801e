import { deadlineRule, isOverdue, levelAfterReopen, mayReopen, nextComplaintStatus } from './complaint-state'
import { COMPLAINT_STATUS_LABELS } from './complaint-labels'

describe('complaint state machine', () => {
  it('runs submitted → accepted → answered → resolved', () => {
    expect(nextComplaintStatus('submitted', 'accept')).toBe('accepted')
    expect(nextComplaintStatus('accepted', 'answer')).toBe('answered')
    expect(nextComplaintStatus('answered', 'resolve')).toBe('resolved')
  })

  it('closes unresolved from any open state, and nothing changes a resolved one but a note', () => {
    for (const s of ['submitted', 'accepted', 'answered'] as const) expect(nextComplaintStatus(s, 'close')).toBe('closed')
    for (const e of ['accept', 'answer', 'extend', 'close', 'escalate', 'reopen', 'rate', 'addition'] as const) expect(nextComplaintStatus('resolved', e)).toBeNull()
    expect(nextComplaintStatus('resolved', 'note')).toBe('resolved')
  })

  it('does not accept twice, nor extend an answered one', () => {
    expect(nextComplaintStatus('accepted', 'accept')).toBeNull()
    expect(nextComplaintStatus('answered', 'extend')).toBeNull()
  })

  it('reopens within 7 days of the answer, twice at most, the second time to the township', () => {
    const answered = { status: 'answered' as const, decidedDay: '2026-11-01', reopenCount: 0 }
    expect(mayReopen(answered, '2026-11-08')).toBe('ok')
    expect(mayReopen(answered, '2026-11-09')).toBe('expired')
    expect(mayReopen({ ...answered, reopenCount: 2 }, '2026-11-02')).toBe('state')
    expect(mayReopen({ ...answered, status: 'submitted' }, '2026-11-02')).toBe('state')
    expect(levelAfterReopen('village', 0)).toBe('village')
    expect(levelAfterReopen('village', 1)).toBe('township')
  })

  it('is overdue after the accept deadline unaccepted, or the answer deadline unanswered', () => {
    const c = { status: 'submitted' as const, acceptBy: '2026-11-03', answerBy: '2026-11-16' }
    expect(isOverdue(c, '2026-11-03')).toBe(false)
    expect(isOverdue(c, '2026-11-04')).toBe(true)
    expect(isOverdue({ ...c, status: 'accepted' }, '2026-11-04')).toBe(false)
    expect(isOverdue({ ...c, status: 'accepted' }, '2026-11-17')).toBe(true)
    expect(isOverdue({ ...c, status: 'answered' }, '2026-12-30')).toBe(false)
  })

  it('takes deadlines from the village rules, defaulting to 2 and 15 days', () => {
    expect(deadlineRule(undefined, 'service')).toEqual({ acceptDays: 2, answerDays: 15 })
    expect(deadlineRule({ accounts: { answerDays: 30 } }, 'accounts')).toEqual({ acceptDays: 2, answerDays: 30 })
  })

  it('has one label per status', () => {
    expect(Object.keys(COMPLAINT_STATUS_LABELS).sort()).toEqual(['accepted', 'answered', 'closed', 'resolved', 'submitted'])
  })
})

describe('token periods', () => {
  it('names ISO weeks, the Thursday deciding the year', () => {
    const { tokenPeriod, spendablePeriods } = jest.requireActual('./complaint-state') as typeof import('./complaint-state')
    expect(tokenPeriod('2026-11-29')).toBe('2026W48')
    expect(tokenPeriod('2026-11-30')).toBe('2026W49')
    expect(tokenPeriod('2027-01-01')).toBe('2026W53')
    expect(spendablePeriods('2026-11-30')).toEqual(['2026W49', '2026W48'])
  })
})
