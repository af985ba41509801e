import { PAGES } from '@chengxin/shared/src/api/pages'
import { formatInstant } from '@chengxin/shared/src/domain/dates'
import type { BookingDoc } from '@chengxin/shared/src/server'
import { database, listOf, updatedCount, type Database } from '@chengxin/shared/src/server'
import { givePlace } from './places'
import { expireOffers, offerFreedPlaces } from './offers'
import { TimerNotes } from './timer-notes'

/** Bounds of one run (every minute; config.json gives it 20 s). */
export const BATCH = 50
const DAY = 86400_000

/**
 * The booking timer, every minute: frees the places cancelled and rescheduled bookings gave
 * up, expires unaccepted offers, offers free places to the waitlist, and reminds people a
 * day before their slot. Runs may overlap: every step claims its document with a
 * conditional update first, so each place is freed once and each reminder sent once.
 */
export async function tick(): Promise<Record<string, number>> {
  const db = database()
  const now = new Date()
  const notes = new TimerNotes(db)
  const freed = new Set<string>()
  const released = await releasePlaces(db, freed)
  const expired = await expireOffers(db, now, freed, notes)
  const offered = await offerFreedPlaces(db, now, freed, notes)
  const reminded = await remind(db, now, notes)
  await notes.flush()
  const summary = { released, expired, offered, reminded }
  if (Object.values(summary).some((n) => n > 0)) console.log('[booking] tick', JSON.stringify(summary))
  return summary
}

/** Gives back the places marked `releaseSlotId`: the claim (clearing the mark) comes first, so two runs never free one place twice. */
async function releasePlaces(db: Database, freed: Set<string>): Promise<number> {
  const _ = db.command
  const marked = listOf<Pick<BookingDoc, '_id' | 'releaseSlotId'>>(await db.collection('bookings')
    .where({ releaseSlotId: _.gt('') }).limit(BATCH).field({ releaseSlotId: true }).get())
  let released = 0
  for (const b of marked) {
    const claim = await db.collection('bookings').where({ _id: b._id, releaseSlotId: b.releaseSlotId }).update({ data: { releaseSlotId: null } })
    if (updatedCount(claim) !== 1 || !(await givePlace(db, b.releaseSlotId!))) continue
    freed.add(b.releaseSlotId!)
    released++
  }
  return released
}

/** Once, about a day ahead: at the same hour the day before for a booking made earlier, at once for one made later. */
async function remind(db: Database, now: Date, notes: TimerNotes): Promise<number> {
  const _ = db.command
  const due = listOf<BookingDoc>(await db.collection('bookings')
    .where({ status: 'booked', startsAt: _.gt(now).and(_.lte(new Date(now.getTime() + DAY))), remindedAt: null })
    .limit(BATCH).get())
  let reminded = 0
  for (const b of due) {
    const claim = await db.collection('bookings').where({ _id: b._id, status: 'booked', remindedAt: null }).update({ data: { remindedAt: now } })
    if (updatedCount(claim) !== 1) continue
    notes.add({ collection: 'bookings', id: b._id, villageId: b.villageId, householdId: b.householdId }, `提醒${b.memberName}明天的检查`, {
      to: { householdId: b.householdId }, template: 'booking-reminder', title: '明天有免费检查',
      body: `${b.memberName}：${formatInstant(b.startsAt)} ${b.siteName}，请带好签到码`, page: PAGES.bookings(),
    })
    reminded++
  }
  return reminded
}
