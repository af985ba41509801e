import { checkupDayProblem, isOwnProofPhoto, photoCutoff } from './proof-rules'

const ENV = 'cloud://chengxin-local.6368-chengxin-local-1250000000'

describe('checkupDayProblem', () => {
  it('accepts today and any day of this year or last', () => {
    expect(checkupDayProblem('2026-11-24', '2026-11-24')).toBeNull()
    expect(checkupDayProblem('2026-01-01', '2026-11-24')).toBeNull()
    expect(checkupDayProblem('2025-01-01', '2026-11-24')).toBeNull()
  })

  it('refuses a day in the future, before last year, or that does not exist', () => {
    expect(checkupDayProblem('2026-11-25', '2026-11-24')).toBe('检查日期不能晚于今天')
    expect(checkupDayProblem('2024-12-31', '2026-11-24')).toBe('只能提交今年或去年的检查证明')
    expect(checkupDayProblem('2026-02-30', '2026-11-24')).toBe('检查日期格式不正确')
  })
})

describe('isOwnProofPhoto', () => {
  it("accepts an image directly in the caller's own folder", () => {
    expect(isOwnProofPhoto(`${ENV}/proofs/a1f0/3f2a-11.jpg`, 'a1f0')).toBe(true)
    expect(isOwnProofPhoto(`${ENV}/proofs/a1f0/cert.PNG`, 'a1f0')).toBe(true)
  })

  it("refuses someone else's folder, a look-alike prefix, nesting, traversal and other files", () => {
    expect(isOwnProofPhoto(`${ENV}/proofs/b7e2/a.jpg`, 'a1f0')).toBe(false)
    expect(isOwnProofPhoto(`${ENV}/proofs/a1f0c9/a.jpg`, 'a1f0')).toBe(false)
    expect(isOwnProofPhoto(`${ENV}/proofs/a1f0/x/a.jpg`, 'a1f0')).toBe(false)
    expect(isOwnProofPhoto(`${ENV}/proofs/a1f0/../b7e2/a.jpg`, 'a1f0')).toBe(false)
    expect(isOwnProofPhoto(`${ENV}/proofs/a1f0/a.pdf`, 'a1f0')).toBe(false)
    expect(isOwnProofPhoto('proofs/a1f0/a.jpg', 'a1f0')).toBe(false)
  })
})

describe('photoCutoff', () => {
  it('is the retention period before now', () => {
    expect(photoCutoff(new Date('2026-11-24T00:00:00Z'), 180).toISOString()).toBe('2026-05-28T00:00:00.000Z')
  })
})
