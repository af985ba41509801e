import { beijingInstant, patternSlots } from '@chengxin/shared/src/domain'
import type { SlotDoc } from '@chengxin/shared/src/server'
import { accountOf, assert, isDuplicateKey, listOf, type Database, defineAction } from '@chengxin/shared/src/server'
import { slotView } from './views'

/**
 * Opens one slot or a weekly pattern (≤ 60) in one batch insert. A cadre opens slots for
 * their own village; a township officer for any villages of the township (none named:
 * every village). Ids come from the request: a retry after a lost reply recognises them.
 */
export const slotOpen = defineAction<'slot.open'>()({
  preload: (input) => ({
    site: { from: 'checkup_sites', match: { _id: input.siteId } },
    ...(input.villageIds?.length ? { villages: { from: 'villages', match: { _id: { $in: input.villageIds } }, limit: 50 } } : {}),
  }),

  async run(ctx, input) {
    const account = accountOf(ctx.caller)
    const township = ctx.caller.roles.includes('township')
    const site = ctx.preloaded.site.at(0)
    assert(site && site.townshipId === account.townshipId, 'NOT_FOUND')
    assert(site.active, 'SITE_INACTIVE')
    const villageIds = township ? (input.villageIds ?? []) : [account.villageId!]
    if (township) {
      const found = (ctx.preloaded.villages ?? [])
      assert(found.length === villageIds.length && found.every((v) => v.townshipId === account.townshipId), 'NOT_IN_VILLAGE')
    } else {
      assert(account.villageId && (input.villageIds ?? villageIds).every((id) => id === account.villageId), 'NOT_IN_VILLAGE')
    }

    const times = input.kind === 'single' ? [{ day: input.day, start: input.start, end: input.end }] : patternSlots(input.from, input.to, input.weekdays, input.times)
    const now = new Date()
    assert(times.every((t) => beijingInstant(t.day, t.start) > now), 'INVALID_INPUT', { [input.kind === 'single' ? 'day' : 'from']: '不能开放已经开始或过去的时段' })
    const slots: SlotDoc[] = times.map((t, i) => ({
      _id: `slot-${ctx.requestId}-${i + 1}`, townshipId: site.townshipId, siteId: site._id, siteName: site.name, villageIds,
      day: t.day, startsAt: beijingInstant(t.day, t.start), endsAt: beijingInstant(t.day, t.end), capacity: input.capacity, taken: 0,
      status: 'open', closedReason: null, createdBy: ctx.caller.openid, createdAt: now, requestId: `${ctx.requestId}#${i + 1}`,
    }))
    await insertOnce(ctx.db, slots)
    const span = slots.length === 1 ? `${slots[0].day} ${input.kind === 'single' ? input.start : ''}` : `${slots[0].day} 至 ${slots[slots.length - 1].day}`
    ctx.note({
      target: { collection: 'checkup_slots', id: slots[0]._id, villageId: villageIds.length === 1 ? villageIds[0] : null, householdId: null },
      summary: `开放检查时段${slots.length}个：${site.name}，${span.trim()}，每个${input.capacity}人`,
    })
    return { slots: slots.map(slotView) }
  },
})

/**
 * One batch insert. A duplicate id can only be this request's own earlier insert (ids come
 * from the requestId): then only what is missing is inserted — the retry path of a lost reply.
 */
async function insertOnce(db: Database, slots: SlotDoc[]): Promise<void> {
  try {
    await db.collection('checkup_slots').add({ data: slots })
  } catch (e) {
    if (!isDuplicateKey(e)) throw e
    const stored = listOf<{ _id: string }>(await db.collection('checkup_slots').where({ _id: db.command.in(slots.map((s) => s._id)) }).limit(slots.length).field({ _id: true }).get())
    const have = new Set(stored.map((s) => s._id))
    const missing = slots.filter((s) => !have.has(s._id))
    if (missing.length) await db.collection('checkup_slots').add({ data: missing })
  }
}
