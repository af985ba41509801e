// Test fixtures for the booking function: slots are inserted directly (the checkup
// function opens them in production), bookings go through the actions.
import { businessDay } from '@chengxin/shared/src/domain/dates'
import type { SlotDoc } from '@chengxin/shared/src/server/checkup-documents'
import type { useEmulator } from '../../test/support/actions'

export const HOUR = 3600_000
export const DAY = 24 * HOUR
export const HEAD = 'o-resident-head' // head of h-shizi-001 (十字村)
export const SPOUSE = 'o-resident-spouse'
export const BAIZI = 'o-resident-baizi' // head of h-baizi-001 (百子村)
export const CADRE = 'o-cadre-shizi'
export const OTHER_CADRE = 'o-cadre-baizi'
export const OFFICER = 'o-township-officer'
export const HH = 'h-shizi-001'
export const M1 = 'h-shizi-001-m1'
export const M2 = 'h-shizi-001-m2'
export const M3 = 'h-shizi-001-m3'
export const AWAY = 'h-shizi-001-m4' // works in 深圳

type T = ReturnType<typeof useEmulator>
let seq = 0

/** An open slot of 十字镇卫生院, three days ahead unless told otherwise, for 十字村 only. */
export function addSlot(t: T, fields: Partial<SlotDoc> & { inHours?: number; at?: string } = {}): SlotDoc {
  const { inHours = 72, at, ...rest } = fields
  const startsAt = at ? new Date(at) : new Date(Date.now() + inHours * HOUR)
  const slot: SlotDoc = {
    _id: `slot-${++seq}`, townshipId: 't-shizi', siteId: 'site-1', siteName: '十字镇卫生院', villageIds: ['v-shizi'],
    day: businessDay(startsAt), startsAt, endsAt: new Date(startsAt.getTime() + HOUR), capacity: 20, taken: 0,
    status: 'open', closedReason: null, createdBy: OFFICER, createdAt: new Date(), requestId: `test-slot-${seq}`, ...rest,
  }
  t.emu.wire.db.collection('checkup_slots').insertOne(slot as never)
  return slot
}

/** Changes a stored document in place (the emulator's direct access has no update). */
export function patch(t: T, collection: string, id: string, fields: Record<string, unknown>): void {
  const c = t.emu.wire.db.collection(collection)
  const doc = c.findOne({ _id: id })
  if (!doc) throw new Error(`no ${collection} ${id}`)
  c.remove({ _id: id })
  c.insertOne({ ...doc, ...fields })
}

export const taken = (t: T, slotId: string): number => t.findOne('checkup_slots', { _id: slotId }).taken

export function actions(t: T) {
  const fn = 'booking'
  return {
    book: (openid: string, slotId: string, memberId: string, extra: Record<string, unknown> = {}, requestId?: string) =>
      t.change(openid, fn, 'booking.create', { slotId, memberId, ...extra }, requestId),
    cancel: (openid: string, bookingId: string, requestId?: string) => t.change(openid, fn, 'booking.cancel', { bookingId }, requestId),
    reschedule: (openid: string, bookingId: string, slotId: string, requestId?: string) =>
      t.change(openid, fn, 'booking.reschedule', { bookingId, slotId }, requestId),
    mine: (openid: string, page: Record<string, number> = {}) => t.call(openid, fn, 'booking.mine', page),
    waitlistMine: (openid: string) => t.call(openid, fn, 'waitlist.mine', {}),
    accept: (openid: string, waitlistId: string, requestId?: string) => t.change(openid, fn, 'waitlist.accept', { waitlistId }, requestId),
    leave: (openid: string, waitlistId: string, requestId?: string) => t.change(openid, fn, 'waitlist.leave', { waitlistId }, requestId),
    day: (openid: string, slotId: string, page: Record<string, number> = {}) => t.call(openid, fn, 'slot.bookings', { slotId, ...page }),
    mark: (openid: string, input: Record<string, unknown>, requestId?: string) => t.change(openid, fn, 'attendance.mark', input, requestId),
    tick: async () => {
      const out = await t.emu.runner.fireTimer(fn, 'tick')
      if (out.error) throw new Error(out.error.errMsg)
      return out.result as Record<string, number>
    },
  }
}
