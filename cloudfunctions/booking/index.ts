import { createHandler, withTimers } from '@chengxin/shared/src/server'
import { create } from './src/create'
import { cancel } from './src/cancel'
import { reschedule } from './src/reschedule'
import { mine } from './src/mine'
import { waitlistMine } from './src/waitlist-mine'
import { accept } from './src/waitlist-accept'
import { leave } from './src/waitlist-leave'
import { slotBookings } from './src/slot-bookings'
import { markAttendance } from './src/attendance'
import { tick } from './src/tick'

const handle = createHandler({
  'booking.create': create,
  'booking.cancel': cancel,
  'booking.reschedule': reschedule,
  'booking.mine': mine,
  'waitlist.mine': waitlistMine,
  'waitlist.accept': accept,
  'waitlist.leave': leave,
  'slot.bookings': slotBookings,
  'attendance.mark': markAttendance,
})

/** The timer `tick` frees, offers and reminds; everything a client sends goes through the actions. */
export const main = withTimers({ tick }, handle)
