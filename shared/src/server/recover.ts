import type { Result } from '../api'
import { listOf, type Database } from './cloud'
import { MARGIN_MS } from './change'
import type { ChangeRecord } from './record'
import { unseal } from './seal'

/** The timer trigger every function with actions declares in its config.json. */
export const RECOVER_TRIGGER = 'recover'
const PER_RUN = 20

/** Runs a pending change again as its caller, with its own requestId and the input it was sent. */
type Rerun = (record: ChangeRecord, raw: unknown) => Promise<Result<unknown>>

/**
 * Finishes changes whose function died between the change's own writes and its complete
 * record (timeout, crash, recycled instance) and that no client retried: each runs again as
 * its caller under its own requestId — the action recognises what it already stored — and
 * its record, first answer and notifications are written as if nothing had happened.
 * `actions`: this function's own (each function recovers only what it can run).
 */
export async function recoverChanges(db: Database, actions: string[], deadline: number, rerun: Rerun): Promise<Result<{ recovered: number; refused: number; failed: number }>> {
  const _ = db.command
  const stale = listOf<ChangeRecord>(
    await db.collection('audit').where({ state: 'pending', leaseUntil: _.lte(new Date()), action: _.in(actions) }).orderBy('leaseUntil', 'asc').limit(PER_RUN).get(),
  )
  const tally = { recovered: 0, refused: 0, failed: 0 }
  for (const record of stale) {
    if (Date.now() > deadline - 2 * MARGIN_MS) break
    let raw: unknown
    try {
      raw = unseal(record.sealedInput ?? '')
    } catch (e) {
      // Sealed under another key (a rotated secret): nothing can run it again; say so, leave it.
      console.error(`[recover] ${record._id}: its input cannot be unsealed`, e)
      tally.failed++
      continue
    }
    const answer = await rerun(record, raw)
    if (answer.ok) tally.recovered++
    else if (answer.error.code === 'INTERNAL' || answer.error.code === 'REQUEST_IN_PROGRESS') tally.failed++
    else tally.refused++
  }
  if (stale.length) console.log('[recover]', JSON.stringify(tally))
  return { ok: true, data: tally }
}
