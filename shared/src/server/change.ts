import { randomUUID } from 'crypto'
import { errorOf, type Result } from '../api'
import type { Database } from './cloud'
import { claimRequest, readRecord, takeOver, type ChangeRecord } from './record'
import { seal } from './seal'

/** The invocation working on a change until `until`; `fresh` when it claimed a new requestId. */
export interface Lease {
  id: string
  until: Date
  fresh: boolean
}

/** How long a twin waits between looks at the first request's record, and at most in all. */
const POLL_MS = 150
const WAIT_MS = 5000
/** Slack for clocks and for the write that completes a change. */
export const MARGIN_MS = 2000

type Settled = { answer: Result<unknown> } | { lease: Lease } | { gone: true }

const refuse = (code: 'IDEMPOTENCY_CONFLICT' | 'REQUEST_IN_PROGRESS'): { answer: Result<never> } => ({ answer: { ok: false, error: errorOf(code) } })
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * A lease lasts as long as this invocation can (the cloud stops a function at its time
 * limit): once it has passed, nobody is still working on the change and it can be taken over.
 */
function newLease(deadline: number, fresh: boolean): Lease {
  return { id: randomUUID(), until: new Date(deadline + MARGIN_MS), fresh }
}

/**
 * What to do about a requestId that has a record already. It belongs to whoever sent it
 * first: anyone else, or other input under it, is refused with nothing of the first answer.
 * A complete record answers again. A pending one is a twin still running: wait for its
 * answer while this invocation has time; once its lease has run out (its function died
 * half way), take it over and run the change again, which recognises what it already stored.
 */
export async function settlePrior(db: Database, prior: ChangeRecord, openid: string, hash: string, deadline: number): Promise<Settled> {
  if (prior.actor?.openid !== openid || prior.inputHash !== hash) return refuse('IDEMPOTENCY_CONFLICT')
  const giveUp = Math.min(Date.now() + WAIT_MS, deadline - MARGIN_MS)
  let record = prior
  for (;;) {
    if (record.state !== 'pending') return { answer: record.response as Result<unknown> }
    if (record.leaseUntil && new Date(record.leaseUntil).getTime() <= Date.now()) {
      const lease = newLease(deadline, false)
      if (await takeOver(db, record, lease.id, lease.until)) return { lease }
    } else if (Date.now() + POLL_MS > giveUp) {
      return refuse('REQUEST_IN_PROGRESS')
    } else {
      await sleep(POLL_MS)
    }
    const next = await readRecord(db, record._id)
    // Gone: the first request was refused and stored nothing; this one runs afresh.
    if (!next) return { gone: true }
    record = next
  }
}

export interface Claim {
  requestId: string
  action: string
  actor: ChangeRecord['actor']
  inputHash: string
  input: unknown
}

/**
 * Claims a new requestId for the caller with a pending record, or — when a twin claimed it
 * between this invocation's first look and now — settles with the twin's record.
 */
export async function claimChange(db: Database, claim: Claim, deadline: number): Promise<{ answer: Result<unknown> } | { lease: Lease }> {
  const sealedInput = seal(claim.input)
  for (let attempt = 0; attempt < 3; attempt++) {
    const lease = newLease(deadline, true)
    const record = {
      _id: claim.requestId, kind: 'change' as const, state: 'pending' as const, action: claim.action, actor: claim.actor,
      inputHash: claim.inputHash, lease: lease.id, leaseUntil: lease.until, sealedInput,
    }
    if ((await claimRequest(db, record)) === 'claimed') return { lease }
    const prior = await readRecord(db, claim.requestId)
    if (!prior) continue
    const settled = await settlePrior(db, prior, claim.actor.openid, claim.inputHash, deadline)
    if (!('gone' in settled)) return settled
  }
  return refuse('REQUEST_IN_PROGRESS')
}
