import { PAGES } from '@chengxin/shared/src/api/pages'
import { planPeriod, periodName, rulesOf } from '@chengxin/shared/src/domain'
import type { AuditDoc, OutboxEntry } from '@chengxin/shared/src/server'
import { database, isDuplicateKey, listOf, type Database } from '@chengxin/shared/src/server'
import { villageStanding } from './village-standing'
import { beijingToday, type CheckupVillage } from './views'

const PER_ENTRY = 200 // households per audit entry, so no record grows large
const ACTION = 'checkup.due-notice'

/** The record that a village's notice for a period went out: the id of its (first) audit entry. */
export const noticeId = (villageId: string, period: string, perYear: number, part = 1) => `checkup-due:${villageId}:${period}n${perYear}:${part}`

/**
 * Daily: tells each household with a bound member that a new plan period has begun and it
 * has nothing done or booked in it. Once per village, period and plan length: the audit
 * entries that carry the notices have ids made of those, so a second run (or an overlapping
 * one) finds them, or fails to insert them again. Villages already told cost nothing more.
 */
export async function dueNotice(now = new Date()): Promise<{ villages: number; notified: number }> {
  const db = database()
  const { today } = beijingToday(now)
  const villages = listOf<CheckupVillage>(await db.collection('villages').limit(1000).get())
  const keys = villages.flatMap((v) => lengths(v).map((n) => noticeId(v._id, planPeriod(today, n), n)))
  const sent = new Set(listOf<{ _id: string }>(await db.collection('audit').where({ _id: db.command.in(keys) }).limit(keys.length).field({ _id: true }).get()).map((d) => d._id))
  let notified = 0
  let worked = 0
  for (const v of villages) {
    const open = lengths(v).filter((n) => !sent.has(noticeId(v._id, planPeriod(today, n), n)))
    if (!open.length) continue
    worked++
    notified += await noticeVillage(db, v, today, open)
  }
  return { villages: worked, notified }
}

/** The plan lengths (periods a year) in use in a village. */
const lengths = (v: CheckupVillage) => [...new Set(Object.values(rulesOf(v.checkupRules).perYear).filter((n) => n >= 1).map((n) => Math.min(12, Math.floor(n))))]

async function noticeVillage(db: Database, v: CheckupVillage, today: string, open: number[]): Promise<number> {
  const [{ rows }, bound] = await Promise.all([villageStanding(db, v, today), boundHouseholds(db, v._id)])
  const entries: Array<Omit<AuditDoc, 'at'> & { at: unknown }> = []
  for (const n of open) {
    const period = planPeriod(today, n)
    const due = rows.filter((r) => r.perYear === n && r.dueNow && bound.has(r.householdId))
    const parts = Math.max(1, Math.ceil(due.length / PER_ENTRY))
    for (let p = 0; p < parts; p++) {
      const part = due.slice(p * PER_ENTRY, (p + 1) * PER_ENTRY)
      const outbox: OutboxEntry[] = part.map((r) => ({
        to: { householdId: r.householdId }, template: 'checkup-due', title: '本期检查提醒',
        body: `${periodName(period, n, { year: true })}已开始，${r.label}本期还没有预约检查，请在小程序里预约`, page: PAGES.checkupPlan(),
      }))
      entries.push({
        _id: noticeId(v._id, period, n, p + 1), kind: 'change', action: ACTION,
        actor: { openid: 'timer', name: '系统（检查提醒定时任务）', roles: [] },
        target: { collection: 'villages', id: v._id, villageId: v._id, householdId: null },
        summary: `${v.name}${periodName(period, n, { year: true })}检查提醒：${part.length}户`,
        inputHash: '', response: { period, perYear: n, households: part.map((r) => r.householdId) },
        outbox, outboxPending: outbox.length > 0, at: db.serverDate(),
      })
    }
  }
  try {
    await db.collection('audit').add({ data: entries })
  } catch (e) {
    // An overlapping run told this village first.
    if (isDuplicateKey(e)) return 0
    throw e
  }
  return entries.reduce((a, e) => a + e.outbox.length, 0)
}

/** Households of the village with at least one bound member (nobody else can be told). */
async function boundHouseholds(db: Database, villageId: string): Promise<Set<string>> {
  const out = new Set<string>()
  for (let offset = 0; offset < 50_000; offset += 1000) {
    const page = listOf<{ householdId: string | null }>(await db.collection('accounts').where({ villageId, roles: 'resident' })
      .orderBy('_id', 'asc').skip(offset).limit(1000).field({ householdId: true }).get())
    page.forEach((a) => a.householdId && out.add(a.householdId))
    if (page.length < 1000) break
  }
  return out
}
