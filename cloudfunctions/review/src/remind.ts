import { randomUUID } from 'crypto'
import { PAGES } from '@chengxin/shared/src/api/pages'
import { businessDay } from '@chengxin/shared/src/domain'
import type { AccountDoc, AuditDoc, OutboxEntry } from '@chengxin/shared/src/server'
import { database, listOf, updatedCount } from '@chengxin/shared/src/server'
import { DAY, type RoundDoc } from './common'

/** Rounds open at least this long get a daily scoring reminder. */
export const REMIND_AFTER_DAYS = 2
const BATCH = 50

/**
 * Once a day (config.json, 10:00): every round open for two days or more reminds its review
 * group to finish scoring. The day is claimed on the round first (`remindedOn`), so
 * overlapping runs remind once. The audit entry carries the outbox, like any change.
 */
export async function remind(): Promise<{ reminded: number }> {
  const db = database()
  const now = new Date()
  const today = businessDay(now)
  const rounds = listOf<RoundDoc>(await db.collection('review_rounds')
    .where({ status: 'open', openedAt: db.command.lte(new Date(now.getTime() - REMIND_AFTER_DAYS * DAY)) }).limit(BATCH).get())
  let reminded = 0
  for (const round of rounds) {
    if (round.remindedOn === today) continue
    const claim = await db.collection('review_rounds').where({ _id: round._id, status: 'open', remindedOn: db.command.neq(today) }).update({ data: { remindedOn: today } })
    if (updatedCount(claim) !== 1) continue
    const panel = listOf<AccountDoc>(await db.collection('accounts').where({ villageId: round.villageId, roles: 'panel' }).limit(100).get())
    const outbox: OutboxEntry[] = panel.filter((a) => (a.panelGroups ?? []).includes('review')).map((a) => ({
      to: { openid: a._id }, template: 'review-reminder', title: `${round.villageName}${round.quarter}评议进行中`,
      body: '请按村民小组逐组评议，确认没有标记的小组', page: PAGES.panelReview(round._id),
    }))
    const entry: Omit<AuditDoc, 'at'> & { at: unknown } = {
      _id: `review-remind-${randomUUID()}`, kind: 'change', action: 'review.remind', actor: { openid: 'timer', name: '系统（评议提醒）', roles: [] },
      target: { collection: 'review_rounds', id: round._id, villageId: round.villageId, householdId: null },
      summary: `提醒评议小组${outbox.length}人继续评分`, inputHash: '', response: null, outbox, outboxPending: outbox.length > 0, at: db.serverDate(),
    }
    await db.collection('audit').add({ data: entry })
    reminded++
  }
  return { reminded }
}
