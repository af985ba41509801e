import { isOpen, managementAfter, nextEnrolmentState } from './enrolment-state'

describe('enrolment state machine', () => {
  it('lets the village approve or reject a pending application, once', () => {
    expect(nextEnrolmentState('pending', 'approve')).toBe('approved')
    expect(nextEnrolmentState('pending', 'reject')).toBe('rejected')
    expect(nextEnrolmentState('approved', 'approve')).toBeNull()
    expect(nextEnrolmentState('rejected', 'approve')).toBeNull()
  })

  it('lets the household withdraw a pending application or leave an approved enrolment', () => {
    expect(nextEnrolmentState('pending', 'withdraw')).toBe('withdrawn')
    expect(nextEnrolmentState('approved', 'withdraw')).toBe('withdrawn')
    expect(nextEnrolmentState('rejected', 'withdraw')).toBeNull()
  })

  it('lets the village revoke only an approved enrolment', () => {
    expect(nextEnrolmentState('approved', 'revoke')).toBe('revoked')
    expect(nextEnrolmentState('pending', 'revoke')).toBeNull()
  })

  it('ends for good once rejected, withdrawn or revoked', () => {
    for (const s of ['rejected', 'withdrawn', 'revoked'] as const) {
      for (const e of ['approve', 'reject', 'withdraw', 'revoke'] as const) expect(nextEnrolmentState(s, e)).toBeNull()
      expect(isOpen(s)).toBe(false)
    }
  })

  it('counts pending and approved applications as open, blocking a second one', () => {
    expect(isOpen('pending')).toBe(true)
    expect(isOpen('approved')).toBe(true)
  })
})

describe("the household's management type", () => {
  const contract = { managementType: 'contract' as const, managementEnrolmentId: null }

  it('becomes the category the village granted on approval', () => {
    expect(managementAfter({ id: 'e1', status: 'approved', category: 'committed' }, contract))
      .toEqual({ managementType: 'committed', managementEnrolmentId: 'e1' })
  })

  it('needs no change when a retried approval finds it already done', () => {
    expect(managementAfter({ id: 'e1', status: 'approved', category: 'committed' }, { managementType: 'committed', managementEnrolmentId: 'e1' })).toBeNull()
  })

  it('returns to contract when the enrolment that set it is withdrawn or revoked', () => {
    const managed = { managementType: 'recognised' as const, managementEnrolmentId: 'e1' }
    expect(managementAfter({ id: 'e1', status: 'revoked', category: 'recognised' }, managed)).toEqual({ managementType: 'contract', managementEnrolmentId: null })
    expect(managementAfter({ id: 'e1', status: 'withdrawn', category: 'recognised' }, managed)).toEqual({ managementType: 'contract', managementEnrolmentId: null })
  })

  it('is untouched by a rejection, a withdrawn pending application or a stale application', () => {
    expect(managementAfter({ id: 'e1', status: 'rejected', category: null }, contract)).toBeNull()
    expect(managementAfter({ id: 'e1', status: 'withdrawn', category: null }, contract)).toBeNull()
    expect(managementAfter({ id: 'e1', status: 'revoked', category: 'committed' }, { managementType: 'behavioural', managementEnrolmentId: 'e2' })).toBeNull()
  })
})
