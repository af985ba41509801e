import { z } from 'zod'
import { Id } from '../common'
import { BookingView } from './booking'

/** A resident books a slot for a member of their own household; a full slot can put them on its waitlist. */
export const BookingCreateInput = z.object({
  slotId: Id,
  memberId: Id,
  /** When the slot is full: wait for a freed place instead of answering SLOT_FULL. */
  joinWaitlist: z.boolean().default(false),
}).strict()
export const BookingCreateOutput = z.object({
  booking: BookingView.nullable(),
  waitlisted: z.boolean(),
  /** Place in the slot's waitlist when waitlisted (1 = next). */
  position: z.number().int().nullable(),
})
export type BookingCreateInput = z.input<typeof BookingCreateInput>
export type BookingCreateOutput = z.infer<typeof BookingCreateOutput>
