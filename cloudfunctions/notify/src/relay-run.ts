import { isDuplicateKey, type Database } from '@chengxin/shared/src/server'

// Bounds of one relay run (the function's timeout is 60 s, config.json).
export const ENTRIES_PER_RUN = 20
export const PAIRS_PER_RUN = 2000
export const SENDS_PER_RUN = 100
export const TAKEOVERS_PER_RUN = 100
export const CHUNK = 100
export const PARALLEL_SENDS = 5
/**
 * How long a run holds a delivery. Longer than the function's timeout: a delivery still
 * held after its lease belongs to a run that no longer exists.
 */
export const LEASE_MS = 3 * 60_000

export interface Run {
  db: Database
  /** Marks the deliveries this run holds (`owner`). */
  token: string
  /** When the run started: what "due" and "expired" are measured against. */
  now: Date
}

export const leaseFrom = (at: Date) => new Date(at.getTime() + LEASE_MS)

export function chunks<T>(items: T[], size = CHUNK): T[][] {
  const out: T[][] = []
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size))
  return out
}

/** Runs `fn` over `items`, `parallel` at a time. */
export async function inParallel<T>(items: T[], parallel: number, fn: (item: T) => Promise<void>): Promise<void> {
  for (const group of chunks(items, parallel)) await Promise.all(group.map(fn))
}

/**
 * Inserts what is not there yet and answers the documents this call inserted. One round
 * trip when nobody raced us; when some `_id` is taken, one insert per document (a batch
 * with a duplicate is refused whole), and the taken ones are someone else's.
 */
export async function insertNew<T extends { _id: string }>(db: Database, collection: string, docs: T[]): Promise<T[]> {
  if (!docs.length) return []
  try {
    await db.collection(collection).add({ data: docs })
    return docs
  } catch (e) {
    if (!isDuplicateKey(e)) throw e
  }
  const inserted: T[] = []
  await inParallel(docs, 10, async (doc) => {
    try {
      await db.collection(collection).add({ data: doc })
      inserted.push(doc)
    } catch (e) {
      if (!isDuplicateKey(e)) throw e
    }
  })
  return inserted
}
