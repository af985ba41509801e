import type { AuditDoc, DeliveryDoc, InboxDoc, OutboxEntry } from '@chengxin/shared/src/server'
import { listOf } from '@chengxin/shared/src/server'
import { recipientsOf } from './recipients'
import { chunks, ENTRIES_PER_RUN, insertNew, leaseFrom, PAIRS_PER_RUN, type Run } from './relay-run'

export const messageId = (requestId: string, entry: number, openid: string) => `${requestId}#${entry}#${openid}`

/**
 * Oldest pending audit entries first: every recipient gets the inbox copy, and a delivery
 * record claimed by this run (by insert: a taken `_id` means another run has it). Once
 * every recipient has both, the entry is settled: its delivery records carry the WeChat
 * side from there, retries included, so a message waiting to retry never holds up newer ones.
 * Answers the deliveries this run claimed.
 */
export async function fanOut(run: Run): Promise<{ entries: number; claimed: DeliveryDoc[] }> {
  const { db } = run
  const pending = listOf<Pick<AuditDoc, '_id' | 'outbox' | 'at'>>(
    await db.collection('audit').where({ outboxPending: true }).orderBy('at', 'asc').limit(ENTRIES_PER_RUN).field({ outbox: true, at: true }).get(),
  )
  const recipients = recipientsOf(db)
  const claimed: DeliveryDoc[] = []
  const settled: string[] = []
  for (const audit of pending) {
    if (claimed.length >= PAIRS_PER_RUN) break
    try {
      for (const [index, entry] of audit.outbox.entries()) {
        for (const openids of chunks(await recipients(entry.to))) {
          claimed.push(...(await fanOutChunk(run, audit, index, entry, openids)))
        }
      }
      settled.push(audit._id)
    } catch (e) {
      // Left pending: the next run starts this entry again, and inserts make that harmless.
      console.error(`[notify] fan-out of ${audit._id} failed`, e)
    }
  }
  if (settled.length) {
    // `outboxPending` is the only field of an audit entry that ever changes: the log itself
    // is append-only.
    await db.collection('audit').where({ _id: db.command.in(settled), outboxPending: true }).update({ data: { outboxPending: false } })
  }
  return { entries: settled.length, claimed }
}

async function fanOutChunk(run: Run, audit: Pick<AuditDoc, '_id' | 'at'>, index: number, entry: OutboxEntry, openids: string[]): Promise<DeliveryDoc[]> {
  const { db } = run
  const ids = openids.map((o) => messageId(audit._id, index, o))
  const known = await db.collection('deliveries').where({ _id: db.command.in(ids) }).limit(ids.length).field({ _id: true }).get()
  const taken = new Set(listOf<{ _id: string }>(known).map((d) => d._id))
  const fresh = openids.filter((o, i) => !taken.has(ids[i]))
  if (!fresh.length) return []

  const message = { template: entry.template, title: entry.title, body: entry.body, page: entry.page, at: new Date(audit.at) }
  // The inbox copy is written first, so a delivery record (whoever wrote it) means its
  // recipient already has the message; and `_id` makes a second copy impossible.
  const inbox: InboxDoc[] = fresh.map((openid) => ({ _id: messageId(audit._id, index, openid), openid, ...message, readAt: null }))
  await insertNew(db, 'inbox', inbox)
  const now = new Date()
  const deliveries: DeliveryDoc[] = fresh.map((openid) => ({
    _id: messageId(audit._id, index, openid), requestId: audit._id, entry: index, openid, ...message,
    status: 'claimed', owner: run.token, leaseUntil: leaseFrom(now), consumed: false, attempts: [], nextAttemptAt: null, createdAt: now,
  }))
  return insertNew(db, 'deliveries', deliveries)
}
