import { PAGES } from '@chengxin/shared/src/api/pages'
import { formatInstant } from '@chengxin/shared/src/domain/dates'
import type { SlotDoc, WaitlistDoc } from '@chengxin/shared/src/server'
import { listOf, updatedCount, type Database } from '@chengxin/shared/src/server'
import { givePlace, takePlace } from './places'
import { rulesOf, type CheckupVillage } from './rules'
import type { TimerNotes } from './timer-notes'

const BATCH = 50
const QUEUE = 200
const MINUTE = 60_000

/**
 * Offers past their time give their held place back (claimed first, so once). Waiting
 * entries of slots that have started are closed too: nobody can be offered those.
 */
export async function expireOffers(db: Database, now: Date, freed: Set<string>, notes: TimerNotes): Promise<number> {
  const _ = db.command
  const due = listOf<WaitlistDoc>(await db.collection('waitlist')
    .where({ status: 'offered', offerExpiresAt: _.lte(now) }).orderBy('offerExpiresAt', 'asc').limit(BATCH).get())
  let expired = 0
  for (const w of due) {
    const claim = await db.collection('waitlist').where({ _id: w._id, status: 'offered', offerExpiresAt: _.lte(now) }).update({ data: { status: 'expired' } })
    if (updatedCount(claim) !== 1) continue
    await givePlace(db, w.slotId)
    freed.add(w.slotId)
    notes.add({ collection: 'waitlist', id: w._id, villageId: w.villageId, householdId: w.householdId }, `${w.memberName}的候补空位过期未接受，让给下一位`, null)
    expired++
  }
  await db.collection('waitlist').where({ status: 'waiting', startsAt: _.lte(now) }).update({ data: { status: 'expired' } })
  return expired
}

/**
 * Offers free places to whoever waits longest on each slot: the place is held first
 * (`taken` +1, the same conditional update as booking), then the entry is claimed; if
 * someone else claimed it, the place goes back. Looks at the slots that freed a place in
 * this run and at the slots of the longest-waiting people (a place given back elsewhere,
 * e.g. by someone leaving an offer, is found there within a minute).
 */
export async function offerFreedPlaces(db: Database, now: Date, freed: Set<string>, notes: TimerNotes): Promise<number> {
  const _ = db.command
  const waitlist = db.collection('waitlist')
  const [oldest, onFreed] = await Promise.all([
    waitlist.where({ status: 'waiting', startsAt: _.gt(now) }).orderBy('joinedAt', 'asc').limit(QUEUE).get(),
    freed.size ? waitlist.where({ slotId: _.in([...freed]), status: 'waiting' }).orderBy('joinedAt', 'asc').limit(QUEUE).get() : null,
  ])
  const entries = new Map<string, WaitlistDoc>()
  for (const w of [...listOf<WaitlistDoc>(onFreed ?? {}), ...listOf<WaitlistDoc>(oldest)]) entries.set(w._id, w)
  if (!entries.size) return 0
  const queues = new Map<string, WaitlistDoc[]>()
  for (const w of [...entries.values()].sort((a, b) => new Date(a.joinedAt).getTime() - new Date(b.joinedAt).getTime())) {
    queues.set(w.slotId, [...(queues.get(w.slotId) ?? []), w])
  }
  const slotIds = [...queues.keys()].slice(0, BATCH)
  const villageIds = [...new Set([...entries.values()].map((w) => w.villageId))]
  const [slots, villages] = await Promise.all([
    db.collection('checkup_slots').where({ _id: _.in(slotIds) }).limit(BATCH).get(),
    db.collection('villages').where({ _id: _.in(villageIds) }).limit(100).get(),
  ])
  const rules = new Map(listOf<CheckupVillage>(villages).map((v) => [v._id, rulesOf(v)]))
  // A closed slot (checkup's slot.close) takes nobody from its waitlist: those entries end.
  const closed = listOf<SlotDoc>(slots).filter((s) => s.status !== 'open').map((s) => s._id)
  if (closed.length) await waitlist.where({ slotId: _.in(closed), status: 'waiting' }).update({ data: { status: 'expired' } })

  let offered = 0
  for (const slot of listOf<SlotDoc>(slots)) {
    if (slot.status !== 'open' || new Date(slot.startsAt) <= now) continue
    let free = slot.capacity - slot.taken
    for (const w of queues.get(slot._id) ?? []) {
      if (free <= 0 || offered >= BATCH) break
      if (!(await takePlace(db, slot))) break
      free--
      const minutes = (rules.get(w.villageId) ?? rulesOf(undefined)).offerMinutes
      const expiresAt = new Date(Math.min(now.getTime() + minutes * MINUTE, new Date(slot.startsAt).getTime()))
      const claim = await waitlist.where({ _id: w._id, status: 'waiting' }).update({ data: { status: 'offered', offeredAt: now, offerExpiresAt: expiresAt } })
      if (updatedCount(claim) !== 1) {
        await givePlace(db, slot._id)
        free++
        continue
      }
      notes.add({ collection: 'waitlist', id: w._id, villageId: w.villageId, householdId: w.householdId }, `为${w.memberName}保留候补空位至${formatInstant(expiresAt)}`, {
        to: { householdId: w.householdId }, template: 'waitlist-offer', title: '候补的检查有空位了',
        body: `${w.memberName}：${formatInstant(slot.startsAt)} ${slot.siteName}，请在${formatInstant(expiresAt)}前确认`, page: PAGES.bookings(),
      })
      offered++
    }
  }
  return offered
}
