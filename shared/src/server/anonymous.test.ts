import { randomUUID } from 'crypto'
import { anonymousChange, dayStart } from './anonymous'

describe('anonymous changes', () => {
  it('name a change by a hash of its requestId, the same on every retry and nothing like the id', () => {
    const id = randomUUID()
    const a = anonymousChange(id, 'complaint.file', { text: 'x' })
    const b = anonymousChange(id, 'complaint.file', { text: 'x' })
    expect(a.claimId).toBe(b.claimId)
    expect(a.inputTag).toBe(b.inputTag)
    expect(a.claimId).not.toContain(id.replace(/-/g, '').slice(0, 8))
    expect(anonymousChange(id, 'complaint.file', { text: 'y' }).inputTag).not.toBe(a.inputTag)
  })

  it('seal the first answer so that only the same requestId opens it', () => {
    const id = randomUUID()
    const sealed = anonymousChange(id, 'complaint.file', {}).sealAnswer({ receipt: 'K7QD-9M2X-T4HB-8ZRP' })
    expect(sealed).not.toContain('K7QD')
    expect(anonymousChange(id, 'complaint.file', {}).openAnswer(sealed)).toEqual({ receipt: 'K7QD-9M2X-T4HB-8ZRP' })
    expect(() => anonymousChange(randomUUID(), 'complaint.file', {}).openAnswer(sealed)).toThrow()
  })

  it('say when by the business day only, stored as its midnight in Shanghai', () => {
    const change = anonymousChange(randomUUID(), 'complaint.file', {}, new Date('2026-11-29T17:30:00Z'))
    expect(change.day).toBe('2026-11-30')
    expect(dayStart(change.day).toISOString()).toBe('2026-11-29T16:00:00.000Z')
  })
})
