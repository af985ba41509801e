import { createHmac } from 'crypto'
import { idHashKey } from './id-hash'
import type { AuditDoc, OutboxEntry } from './documents'
import { listOf, updatedCount, type Database } from './cloud'

/** Stable JSON (sorted keys) so the same input always hashes the same. */
function stable(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stable).join(',')}]`
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined)
    return `{${entries.sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => `${JSON.stringify(k)}:${stable(v)}`).join(',')}}`
  }
  return JSON.stringify(value) ?? 'null'
}

/**
 * Keyed, because inputs can hold personal data (an ID number when a cadre registers a
 * member): a plain hash of a short input could be reversed by trying every value.
 */
export function inputHash(action: string, input: unknown): string {
  return createHmac('sha256', idHashKey()).update(`${action}\n${stable(input)}`).digest('hex')
}

export interface ChangeNote {
  target: AuditDoc['target']
  summary: string
}

export function isDuplicateKey(e: unknown): boolean {
  return /duplicate key|E11000/i.test(String((e as Error)?.message ?? e))
}

/** What a change's record says about it before and after it ran. */
export type ChangeRecord = Pick<AuditDoc, '_id' | 'action' | 'actor' | 'inputHash' | 'response' | 'state' | 'lease' | 'leaseUntil' | 'sealedInput'>

/**
 * The pending entry of a change (`state: 'pending'`), written before the change runs: it
 * claims the requestId for its caller (a concurrent twin finds it and waits for the first
 * answer), and it holds the sealed input until the change completes, so a change whose
 * function died half way is found and finished by the `recover` timer. `lease` names the
 * invocation working on it until `leaseUntil` (the function's own time limit).
 */
export async function claimRequest(db: Database, doc: Omit<ChangeRecord, 'response'> & Pick<AuditDoc, 'kind'>): Promise<'claimed' | 'taken'> {
  try {
    await db.collection('audit').add({
      data: { ...doc, response: null, target: null, summary: '', outbox: [], outboxPending: false, at: db.serverDate() },
    })
    return 'claimed'
  } catch (e) {
    if (isDuplicateKey(e)) return 'taken'
    throw e
  }
}

export async function readRecord(db: Database, requestId: string): Promise<ChangeRecord | null> {
  // where() rather than doc().get(): the SDK rejects a missing document instead of answering none.
  return listOf<ChangeRecord>(await db.collection('audit').where({ _id: requestId }).limit(1).get())[0] ?? null
}

/** Takes over a pending entry whose lease ran out; of two invocations racing for it, one wins. */
export async function takeOver(db: Database, record: ChangeRecord, lease: string, leaseUntil: Date): Promise<boolean> {
  const res = await db.collection('audit').where({ _id: record._id, state: 'pending', lease: record.lease }).update({ data: { lease, leaseUntil } })
  return updatedCount(res) === 1
}

/**
 * The completed entry: log (actor, target, summary), idempotency record (input hash, first
 * response) and outbox in ONE write, so a change's notifications cannot be separated from
 * its record. Written whole (set), so nothing of the pending entry (the sealed input) stays.
 */
export async function completeRecord(db: Database, doc: Omit<AuditDoc, 'at' | 'state'>): Promise<void> {
  const { _id, ...data } = doc
  await db.collection('audit').doc(_id).set({ data: { ...data, state: 'done', at: db.serverDate() } })
}

/** A refused change stored nothing: its pending entry goes, and a retry runs it afresh. */
export async function dropClaim(db: Database, requestId: string, lease: string): Promise<void> {
  await db.collection('audit').where({ _id: requestId, state: 'pending', lease }).remove()
}

/** A change that failed unexpectedly may have written part of itself: let a retry or the timer take it over now. */
export async function releaseClaim(db: Database, requestId: string, lease: string): Promise<void> {
  await db.collection('audit').where({ _id: requestId, state: 'pending', lease }).update({ data: { leaseUntil: new Date(0) } })
}

export type { OutboxEntry }
