import { spec } from '../spec'
import { BookingCreateInput, BookingCreateOutput } from './create.schema'
import { BookingCancelInput, BookingChangeOutput, BookingRescheduleInput } from './change.schema'
import { BookingMineInput, BookingMineOutput, WaitlistMineInput, WaitlistMineOutput } from './mine.schema'
import { WaitlistAcceptInput, WaitlistAcceptOutput, WaitlistLeaveInput, WaitlistLeaveOutput } from './waitlist.schema'
import { SlotBookingsInput, SlotBookingsOutput } from './slot-bookings.schema'
import { AttendanceMarkInput, AttendanceMarkOutput } from './attendance.schema'

export const BOOKING_ACTIONS = {
  'booking.create': spec({ fn: 'booking', input: BookingCreateInput, output: BookingCreateOutput, audience: ['resident'], mutation: true, summary: '为本户成员预约一个检查时段（满员时可排队候补）', errors: ['NOT_FOUND', 'NOT_IN_VILLAGE', 'HOUSEHOLD_ARCHIVED', 'SLOT_CLOSED', 'SLOT_FULL', 'ALREADY_BOOKED', 'IDEMPOTENCY_CONFLICT'] }),
  'booking.cancel': spec({ fn: 'booking', input: BookingCancelInput, output: BookingChangeOutput, audience: ['resident'], mutation: true, summary: '取消本户成员的预约（截止时间前）', errors: ['NOT_FOUND', 'NOT_IN_VILLAGE', 'BOOKING_STATE', 'CANCEL_TOO_LATE', 'IDEMPOTENCY_CONFLICT'] }),
  'booking.reschedule': spec({ fn: 'booking', input: BookingRescheduleInput, output: BookingChangeOutput, audience: ['resident'], mutation: true, summary: '把预约改到同一计划期内的另一个时段', errors: ['NOT_FOUND', 'NOT_IN_VILLAGE', 'BOOKING_STATE', 'BOOKING_BUSY', 'CANCEL_TOO_LATE', 'SLOT_CLOSED', 'SLOT_FULL', 'NOT_SAME_PERIOD', 'IDEMPOTENCY_CONFLICT'] }),
  'booking.mine': spec({ fn: 'booking', input: BookingMineInput, output: BookingMineOutput, audience: ['resident'], mutation: false, summary: '本户的检查预约（最近的在前）', errors: [] }),
  'waitlist.mine': spec({ fn: 'booking', input: WaitlistMineInput, output: WaitlistMineOutput, audience: ['resident'], mutation: false, summary: '本户正在候补或已获空位的时段', errors: [] }),
  'waitlist.accept': spec({ fn: 'booking', input: WaitlistAcceptInput, output: WaitlistAcceptOutput, audience: ['resident'], mutation: true, summary: '接受候补空位，完成预约', errors: ['NOT_FOUND', 'NOT_IN_VILLAGE', 'OFFER_EXPIRED', 'ALREADY_BOOKED', 'IDEMPOTENCY_CONFLICT'] }),
  'waitlist.leave': spec({ fn: 'booking', input: WaitlistLeaveInput, output: WaitlistLeaveOutput, audience: ['resident'], mutation: true, summary: '退出候补（已获的空位让给下一位）', errors: ['NOT_FOUND', 'NOT_IN_VILLAGE', 'WAITLIST_STATE', 'IDEMPOTENCY_CONFLICT'] }),
  'slot.bookings': spec({ fn: 'booking', input: SlotBookingsInput, output: SlotBookingsOutput, audience: ['cadre'], mutation: false, summary: '某个检查时段本村的预约名单（当天签到用）', errors: ['NOT_FOUND', 'NOT_IN_VILLAGE'] }),
  'attendance.mark': spec({ fn: 'booking', input: AttendanceMarkInput, output: AttendanceMarkOutput, audience: ['cadre'], mutation: true, summary: '登记本村村民是否到场检查（扫签到码或按名单）', errors: ['NOT_FOUND', 'NOT_IN_VILLAGE', 'BOOKING_STATE', 'ATTENDANCE_TOO_EARLY', 'IDEMPOTENCY_CONFLICT'] }),
} as const
