import { randomUUID } from 'crypto'
import type { AuditDoc, OutboxEntry } from '@chengxin/shared/src/server'
import type { Database } from '@chengxin/shared/src/server'

type Entry = Omit<AuditDoc, 'at'> & { at: unknown }

/**
 * What a timer run changed, for the audit log, each with its notification in the outbox
 * (the notify relay delivers it like any other). Written in one batch per step: the change
 * itself was already claimed by a conditional update, so a crash loses at most a message.
 */
export class TimerNotes {
  private entries: Entry[] = []

  constructor(private readonly db: Database) {}

  add(target: AuditDoc['target'], summary: string, entry: OutboxEntry | null): void {
    this.entries.push({
      _id: `booking-tick-${randomUUID()}`, kind: 'change', action: 'booking.tick',
      actor: { openid: 'timer', name: '系统（预约定时任务）', roles: [] },
      target, summary, inputHash: '', response: null, outbox: entry ? [entry] : [], outboxPending: !!entry,
      at: this.db.serverDate(),
    })
  }

  async flush(): Promise<number> {
    const entries = this.entries.splice(0)
    if (entries.length) await this.db.collection('audit').add({ data: entries.length === 1 ? entries[0] : entries })
    return entries.length
  }
}
