import { z } from 'zod'
import { Id, Page } from '../common'
import { BookingStatus } from './booking'

/** A cadre's day view of one slot: their village's members booked on it. */
export const SlotBookingsInput = Page.extend({ slotId: Id }).strict()
export const SlotBookingItem = z.object({
  id: z.string(),
  memberName: z.string(),
  groupId: z.string(),
  status: BookingStatus,
  code: z.string(),
  markedAt: z.string().nullable(),
})
export const SlotBookingsOutput = z.object({
  slot: z.object({ id: z.string(), siteName: z.string(), day: z.string(), startsAt: z.string(), endsAt: z.string(), capacity: z.number().int(), taken: z.number().int(), status: z.string() }),
  items: z.array(SlotBookingItem),
  total: z.number().int(),
  offset: z.number().int(),
  limit: z.number().int(),
})
export type SlotBookingsInput = z.input<typeof SlotBookingsInput>
export type SlotBookingItem = z.infer<typeof SlotBookingItem>
export type SlotBookingsOutput = z.infer<typeof SlotBookingsOutput>
