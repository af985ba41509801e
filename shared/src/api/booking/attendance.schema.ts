import { z } from 'zod'
import { BookingCode, BookingId, BookingView } from './booking'

/**
 * Only that the check-up took place (or not) is recorded, never anything about its content.
 * The booking is named by its id or by the code the cadre scanned.
 */
export const AttendanceMarkInput = z.object({
  bookingId: BookingId.optional(),
  code: BookingCode.optional(),
  outcome: z.enum(['attended', 'no-show']),
}).strict().refine((i) => (i.bookingId === undefined) !== (i.code === undefined), { message: '请扫描签到码或选择一条预约' })
export const AttendanceMarkOutput = z.object({ booking: BookingView })
export type AttendanceMarkInput = z.input<typeof AttendanceMarkInput>
export type AttendanceMarkOutput = z.infer<typeof AttendanceMarkOutput>
