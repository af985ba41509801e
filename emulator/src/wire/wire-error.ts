import { randomBytes } from 'node:crypto'

/**
 * An error CloudBase itself would answer. The SDK maps `code` through its own table
 * (DATABASE_REQUEST_FAILED → -502001 …); an unknown string becomes SYS_ERR (-501001).
 */
export class WireError extends Error {
  constructor(readonly code: string, message: string) {
    super(message)
  }
}

export const fail = (code: string, message: string): never => {
  throw new WireError(code, message)
}

// Drawn from a pool: one call into the system's random source per 512 answers, not one each.
let pool = Buffer.alloc(0)
let at = 0
export const requestId = (): string => {
  if (at + 8 > pool.length) {
    pool = randomBytes(4096)
    at = 0
  }
  at += 8
  return pool.toString('hex', at - 8, at)
}

/** CloudBase answers errors with HTTP 200 and this body, never with an HTTP status. */
export function errorBody(err: unknown): { code: string; message: string; requestId: string } {
  if (err instanceof WireError) return { code: err.code, message: err.message, requestId: requestId() }
  const message = err instanceof Error ? err.message : String(err)
  return { code: 'SYS_ERR', message: `emulator: ${message}`, requestId: requestId() }
}
