import { z } from 'zod'
import { Id } from '../common'
import { BookingId, BookingView } from './booking'

/** Cancelling is allowed until the village's cutoff before the slot; the place goes back within a minute. */
export const BookingCancelInput = z.object({ bookingId: BookingId }).strict()
/** Another slot of the same plan period; the old place goes back within a minute. */
export const BookingRescheduleInput = z.object({ bookingId: BookingId, slotId: Id }).strict()
export const BookingChangeOutput = z.object({ booking: BookingView })
export type BookingCancelInput = z.input<typeof BookingCancelInput>
export type BookingRescheduleInput = z.input<typeof BookingRescheduleInput>
export type BookingChangeOutput = z.infer<typeof BookingChangeOutput>
