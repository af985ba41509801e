import { createHmac } from 'crypto'
import { idHashKey } from './id-hash'
import type { AuditDoc, OutboxEntry } from './documents'
import type { Database } from './cloud'

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

/**
 * Writes the change's audit entry. Its `_id` is the requestId, so the same document is the
 * idempotency record: input hash plus first response. Outbox entries ride inside it and
 * `outboxPending` lets the notify relay find them. One write instead of three keeps every
 * action within the budget of four round trips.
 */
export async function writeRecord(db: Database, doc: Omit<AuditDoc, 'at'>): Promise<'written' | 'duplicate'> {
  try {
    await db.collection('audit').add({ data: { ...doc, at: db.serverDate() } })
    return 'written'
  } catch (e) {
    if (isDuplicateKey(e)) return 'duplicate'
    throw e
  }
}

export type { OutboxEntry }
