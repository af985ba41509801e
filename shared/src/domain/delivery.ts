// When the notify relay tries a WeChat subscribe message again, and when it gives up.

export const MAX_ATTEMPTS = 5
export const FIRST_RETRY_MS = 60_000
const LONGEST_WAIT_MS = 60 * 60_000

/**
 * WeChat errcodes that no retry can cure: invalid openid, template id, data or page.
 * Others (system busy -1, 43101 "no quota right now", network) are tried again.
 */
export const PERMANENT_ERRCODES: readonly number[] = [40003, 40037, 47003, 41030]

export type Settled = 'sent' | 'failed' | 'no-subscription' | 'unknown'

/** Wait before attempt `attempts + 1`: 1, 2, 4, 8 … minutes, at most an hour. */
export function retryDelayMs(attempts: number): number {
  return Math.min(FIRST_RETRY_MS * 2 ** Math.max(0, attempts - 1), LONGEST_WAIT_MS)
}

/** After the `attempts`-th failed send: try again later, or give up for good. */
export function afterFailure(attempts: number, errCode: number | undefined, now: Date): { status: 'retry'; nextAttemptAt: Date } | { status: 'failed'; nextAttemptAt: null } {
  if (attempts >= MAX_ATTEMPTS || (errCode !== undefined && PERMANENT_ERRCODES.includes(errCode))) return { status: 'failed', nextAttemptAt: null }
  return { status: 'retry', nextAttemptAt: new Date(now.getTime() + retryDelayMs(attempts)) }
}
