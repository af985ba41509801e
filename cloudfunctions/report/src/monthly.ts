import { PAGES } from '@chengxin/shared/src/api/pages'
import { businessDay, businessQuarter, publicComplaints } from '@chengxin/shared/src/domain'
import type { CounterDoc, OutboxEntry } from '@chengxin/shared/src/server'
import { database, isDuplicateKey, listOf, type Database } from '@chengxin/shared/src/server'

const PAGE = 1000
const pct = (r: number | null) => (r === null ? '—' : `${Math.round(r * 100)}%`)

/** The month's summary line of a village, from its counter. */
export function monthlyBody(c: CounterDoc): string {
  const f = c.figures
  const complaints = publicComplaints(f.complaints)
  return [
    `签约率${pct(f.signing.rate)}，待会签${f.signing.awaitingVillage}户`,
    `检查完成${pct(f.checkups.rate)}，逾期${f.checkups.overdue}户`,
    `异地证明待审${f.proofs.pending}件`,
    complaints.hidden ? '投诉不足3件' : `投诉未办结${complaints.open}件`,
  ].join('；')
}

/**
 * Timer `monthly` (the 1st, 01:00): each village's cadres get last month's summary in their
 * inbox. The log entry of a village and month carries the outbox (one write, relayed by
 * `notify`), under an id that a second run of the month cannot write again.
 */
export async function runMonthly(db: Database = database(), now: Date = new Date()): Promise<{ sent: number }> {
  const quarter = businessQuarter(now)
  const month = businessDay(new Date(now.getTime() - 86400000)).slice(0, 7)
  let sent = 0
  for (let skip = 0; ; skip += PAGE) {
    const rows = listOf<CounterDoc>(await db.collection('report_counters').where({ kind: 'village', quarter }).skip(skip).limit(PAGE).get())
    for (const c of rows) {
      const outbox: OutboxEntry[] = [{ to: { villageId: c.villageId!, role: 'cadre' }, template: 'report-monthly', title: `${month} 工作汇总`, body: monthlyBody(c), page: PAGES.villageDashboard() }]
      try {
        await db.collection('audit').add({
          data: {
            _id: `monthly-${c.villageId}-${month}`, kind: 'change', state: 'done', action: 'report.monthly', actor: { openid: '', name: '系统', roles: [] },
            target: { collection: 'report_counters', id: c._id, villageId: c.villageId, householdId: null },
            summary: `${month}工作汇总`, inputHash: '', response: null, outbox, outboxPending: true, at: db.serverDate(),
          },
        })
        sent++
      } catch (e) {
        if (!isDuplicateKey(e)) throw e
      }
    }
    if (rows.length < PAGE) break
  }
  return { sent }
}
