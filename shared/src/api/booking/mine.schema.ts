import { z } from 'zod'
import { Page, PageOf } from '../common'
import { BookingView, WaitlistView } from './booking'

/** The household's bookings, newest slot first. */
export const BookingMineInput = Page.strict()
export const BookingMineOutput = PageOf(BookingView)
/** The household's places on waitlists that are still waiting or offered. */
export const WaitlistMineInput = z.object({}).strict()
export const WaitlistMineOutput = z.object({ items: z.array(WaitlistView) })
export type BookingMineInput = z.input<typeof BookingMineInput>
export type BookingMineOutput = z.infer<typeof BookingMineOutput>
export type WaitlistMineInput = z.input<typeof WaitlistMineInput>
export type WaitlistMineOutput = z.infer<typeof WaitlistMineOutput>
