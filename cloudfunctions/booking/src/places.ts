import type { SlotDoc } from '@chengxin/shared/src/server'
import { updatedCount, type Database } from '@chengxin/shared/src/server'

// A slot's `taken` counts booked places plus places held for waitlist offers. It only ever
// moves by conditional updates, so concurrent bookings can never push it past capacity.

/** Takes one place if the slot is open and not full: one conditional update, never read-then-write. */
export async function takePlace(db: Database, slot: Pick<SlotDoc, '_id' | 'capacity'>): Promise<boolean> {
  const _ = db.command
  const res = await db.collection('checkup_slots')
    .where({ _id: slot._id, status: 'open', taken: _.lt(slot.capacity) })
    .update({ data: { taken: _.inc(1) } })
  return updatedCount(res) === 1
}

/** Gives one place back (never below zero). */
export async function givePlace(db: Database, slotId: string): Promise<boolean> {
  const _ = db.command
  const res = await db.collection('checkup_slots').where({ _id: slotId, taken: _.gt(0) }).update({ data: { taken: _.inc(-1) } })
  return updatedCount(res) === 1
}
