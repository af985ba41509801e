import { afterFailure, MAX_ATTEMPTS, retryDelayMs } from './delivery'

const now = new Date('2026-11-24T02:00:00Z')

describe('subscribe message retries', () => {
  it('waits twice as long after each failure, at most an hour', () => {
    expect([1, 2, 3, 4].map(retryDelayMs)).toEqual([60_000, 120_000, 240_000, 480_000])
    expect(retryDelayMs(20)).toBe(3_600_000)
  })

  it('tries again after a failure that may pass', () => {
    expect(afterFailure(1, 43101, now)).toEqual({ status: 'retry', nextAttemptAt: new Date(now.getTime() + 60_000) })
    expect(afterFailure(2, undefined, now)).toEqual({ status: 'retry', nextAttemptAt: new Date(now.getTime() + 120_000) })
  })

  it(`gives up after ${MAX_ATTEMPTS} attempts`, () => {
    expect(afterFailure(MAX_ATTEMPTS - 1, -1, now).status).toBe('retry')
    expect(afterFailure(MAX_ATTEMPTS, -1, now)).toEqual({ status: 'failed', nextAttemptAt: null })
  })

  it('gives up at once when WeChat says the openid, template or data is wrong', () => {
    expect(afterFailure(1, 40003, now).status).toBe('failed')
    expect(afterFailure(1, 47003, now).status).toBe('failed')
  })
})
