import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes } from 'crypto'
import { errorOf, type Result } from '../api'
import { businessDay } from '../domain/dates'
import type { OutboxEntry } from './documents'
import type { Database } from './cloud'
import { isDuplicateKey, type ChangeNote } from './record'

// Anonymous changes (an anonymous complaint, and what its author does by receipt): the kit
// stores NOTHING that holds or can be derived — even with the server's keys — from the
// caller's openid, account, household, member or name. So, unlike every other change:
// - no claim record under the requestId: the action's own write is the one idempotent,
//   atomic write, and carries `claimId` = SHA-256 of the requestId (unkeyed: the requestId is
//   a random UUID only the client holds, so the hash leads nowhere);
// - the first answer (which may hold a receipt) is kept sealed under a key derived from the
//   requestId, which only the client has: a retry can open it, a database reader cannot;
// - the input is never sealed for the `recover` timer (it could be linked to its sender's
//   session); a change that died half way is completed by the client's retry;
// - the log entry names no actor and carries the business day only (midnight, Shanghai);
// - nothing about the caller is logged to the console.

/** What an anonymous action gets instead of a claim: ids and keys that only the client's requestId opens. */
export interface AnonymousChange {
  /** Names this change in what it stores (`claims[].id`, the log entry's id). */
  claimId: string
  /** The input's tag under the requestId's key: the same id with other input is refused. */
  inputTag: string
  /** Today's business day: all an anonymous change may say about when. */
  day: string
  sealAnswer(answer: unknown): string
  /** Throws when the text was not sealed under this requestId. */
  openAnswer(sealed: string): unknown
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex')
const answerKey = (requestId: string) => createHmac('sha256', `chengxin/anonymous-answer/v1:${requestId}`).update('answer').digest()

export function anonymousChange(requestId: string, action: string, input: unknown, now: Date = new Date()): AnonymousChange {
  const key = answerKey(requestId)
  return {
    claimId: `anon-${sha256(`chengxin/anonymous-claim/v1:${requestId}`).slice(0, 40)}`,
    inputTag: createHmac('sha256', key).update(`${action}\n${JSON.stringify(input)}`).digest('hex').slice(0, 32),
    day: businessDay(now),
    sealAnswer(answer) {
      const iv = randomBytes(12)
      const cipher = createCipheriv('aes-256-gcm', key, iv)
      const body = Buffer.concat([cipher.update(JSON.stringify(answer), 'utf8'), cipher.final()])
      return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64')
    },
    openAnswer(sealed) {
      const raw = Buffer.from(sealed, 'base64')
      const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12))
      decipher.setAuthTag(raw.subarray(12, 28))
      return JSON.parse(Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8'))
    },
  }
}

/** Midnight (Shanghai) of a business day, as the instant stored where a time would be. */
export function dayStart(day: string): Date {
  return new Date(`${day}T00:00:00+08:00`)
}

/**
 * The log entry of an anonymous change: no actor, no input hash, no answer, the day only.
 * Its outbox is HELD (`outboxHeld`), not relayed at once: the relay's inbox and delivery
 * records carry the minute they were made, which would date the change to the minute (and a
 * platform log of who called when would then point at its author). `releaseHeldOutboxes`
 * lets them go in batches, twice a day, with every other anonymous change of the batch. Inserted once under `claimId` (a retry that finds it
 * there changes nothing), after the action's own write: if the function dies in between,
 * the client's retry (same requestId) writes it.
 */
export async function recordAnonymous(db: Database, change: AnonymousChange, action: string, note: ChangeNote, outbox: OutboxEntry[]): Promise<void> {
  try {
    await db.collection('audit').add({
      data: {
        _id: change.claimId, kind: 'change', state: 'done', action, actor: null, anonymous: true,
        target: { ...note.target, householdId: null }, summary: note.summary, inputHash: '', response: null,
        outbox, outboxPending: false, outboxHeld: outbox.length > 0, at: dayStart(change.day),
      },
    })
  } catch (e) {
    if (!isDuplicateKey(e)) throw e
  }
}

/** What an anonymous change answers on an unexpected failure; the log line names only the action. */
export function anonymousFailure(action: string, e: unknown): Result<never> {
  console.error(`[${action}] anonymous change failed: ${(e as Error)?.name ?? 'Error'}`)
  return { ok: false, error: errorOf('INTERNAL') }
}

/** The hours (Shanghai) after which held anonymous outboxes are released: today's at 17:00, the rest at the first run of a day. */
const EVENING_BATCH_HOUR = 17

/**
 * Releases held anonymous outboxes to the relay in batches: at the first run of a day those
 * of earlier days, after 17:00 those of the day. Run by a function's timer (complaint's
 * `overdue`); one conditional update.
 */
export async function releaseHeldOutboxes(db: Database, now: Date = new Date()): Promise<number> {
  const today = businessDay(now)
  const hour = Number(new Intl.DateTimeFormat('en-GB', { hour: '2-digit', hour12: false, timeZone: 'Asia/Shanghai' }).format(now))
  const through = hour >= EVENING_BATCH_HOUR ? dayStart(today) : new Date(dayStart(today).getTime() - 1)
  const res = await db.collection('audit').where({ outboxHeld: true, at: db.command.lte(through) }).update({ data: { outboxHeld: false, outboxPending: true } })
  return (res as { stats?: { updated?: number } })?.stats?.updated ?? 0
}
