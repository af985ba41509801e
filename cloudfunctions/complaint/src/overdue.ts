import { PAGES } from '@chengxin/shared/src/api/pages'
import { businessDay, COMPLAINT_CATEGORY_LABELS } from '@chengxin/shared/src/domain'
import type { ComplaintDoc, ComplaintEventDoc, OutboxEntry } from '@chengxin/shared/src/server'
import { database, dayStart, isDuplicateKey, listOf, releaseHeldOutboxes, updatedCount, type Database } from '@chengxin/shared/src/server'

const PER_RUN = 100

/**
 * Timer `overdue` (every 10 minutes): a complaint past its deadline at the village goes to the
 * township (level township, reason overdue), telling the township and the village handlers;
 * one already at the township tells the township once. The log entry is written first under
 * an id of the complaint and the step, so a run that dies half way is finished by the next.
 * Days only, as everywhere an anonymous complaint is concerned.
 */
export async function overdue(db: Database = database()): Promise<{ escalated: number; reminded: number; released: number }> {
  const day = businessDay(new Date())
  // Anonymous changes' notifications go out in batches (see kit anonymous.ts).
  const released = await releaseHeldOutboxes(db)
  const _ = db.command
  const due = listOf<ComplaintDoc>(await db.collection('complaints').where({ dueDay: _.lt(day) }).orderBy('dueDay', 'asc').limit(PER_RUN).get())
  const officers = new Map<string, string[]>()
  const tally = { escalated: 0, reminded: 0, released }
  for (const c of due) {
    if (!officers.has(c.townshipId)) {
      const res = await db.collection('accounts').where({ townshipId: c.townshipId, roles: 'township' }).limit(20).field({ _id: true }).get()
      officers.set(c.townshipId, listOf<{ _id: string }>(res).map((a) => a._id))
    }
    const atVillage = c.level === 'village'
    const label = COMPLAINT_CATEGORY_LABELS[c.category]
    const outbox: OutboxEntry[] = officers.get(c.townshipId)!.map((openid) => ({
      to: { openid }, template: 'complaint-overdue', title: atVillage ? '一件投诉超期，已交镇里' : '一件投诉已超期',
      body: `${c.villageName}·${label}，${c.status === 'submitted' ? `应在${c.acceptBy}前受理` : `应在${c.answerBy}前答复`}`, page: PAGES.townshipComplaint(c._id),
    }))
    if (atVillage) {
      for (const openid of c.handlers) outbox.push({ to: { openid }, template: 'complaint-overdue', title: '一件投诉超期，已交镇里', body: `${c.villageName}·${label}`, page: PAGES.panelComplaint(c._id) })
    }
    const step = atVillage ? 'escalated' : 'reminded'
    const logId = `overdue-${c._id}-${step}`
    try {
      await db.collection('audit').add({
        data: {
          _id: logId, kind: 'change', state: 'done', action: 'complaint.overdue', actor: { openid: '', name: '系统', roles: [] },
          target: { collection: 'complaints', id: c._id, villageId: c.villageId, householdId: null },
          summary: atVillage ? `超期未办，自动交镇里（${label}）` : `超期提醒（${label}）`,
          inputHash: '', response: null, outbox, outboxPending: outbox.length > 0, at: dayStart(day),
        },
      })
    } catch (e) {
      if (!isDuplicateKey(e)) throw e
    }
    const event: ComplaintEventDoc = { kind: 'escalated', day, by: 'system', byName: null, text: '超过期限未办理，自动交镇里', photos: [], internal: false, change: logId }
    const res = await db.collection('complaints').where({ _id: c._id, version: c.version }).update({
      data: atVillage
        ? { level: 'township', escalation: 'overdue', dueDay: null, version: c.version + 1, events: _.push([event]) }
        : { dueDay: null, version: c.version + 1 },
    })
    // Lost to a change made meanwhile: the next run looks again.
    if (updatedCount(res) === 1) tally[step]++
  }
  if (due.length || released) console.log('[complaint] overdue', JSON.stringify(tally))
  return tally
}
