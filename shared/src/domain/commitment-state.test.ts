import { nextState } from './commitment-state'

describe('commitment signing state machine', () => {
  it('goes household signature first, then the village countersignature', () => {
    expect(nextState('awaiting-household', 'household-sign')).toBe('awaiting-village')
    expect(nextState('awaiting-village', 'village-sign')).toBe('complete')
  })

  it('refuses a countersignature before the household has signed', () => {
    expect(nextState('awaiting-household', 'village-sign')).toBeNull()
  })

  it('refuses signing twice', () => {
    expect(nextState('awaiting-village', 'household-sign')).toBeNull()
    expect(nextState('complete', 'village-sign')).toBeNull()
  })

  it('lets a new template version supersede any live instance, and nothing after that', () => {
    for (const s of ['awaiting-household', 'awaiting-village', 'complete'] as const) {
      expect(nextState(s, 'supersede')).toBe('superseded')
    }
    expect(nextState('superseded', 'household-sign')).toBeNull()
    expect(nextState('superseded', 'supersede')).toBeNull()
  })
})
