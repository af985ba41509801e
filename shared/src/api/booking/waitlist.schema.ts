import { z } from 'zod'
import { BookingView, WaitlistId, WaitlistView } from './booking'

/** Accepting an offered place books it (the place is held until the offer expires). */
export const WaitlistAcceptInput = z.object({ waitlistId: WaitlistId }).strict()
export const WaitlistAcceptOutput = z.object({ booking: BookingView })
/** Leaving gives an offered place back to the next in line. */
export const WaitlistLeaveInput = z.object({ waitlistId: WaitlistId }).strict()
export const WaitlistLeaveOutput = z.object({ entry: WaitlistView })
export type WaitlistAcceptInput = z.input<typeof WaitlistAcceptInput>
export type WaitlistAcceptOutput = z.infer<typeof WaitlistAcceptOutput>
export type WaitlistLeaveInput = z.input<typeof WaitlistLeaveInput>
export type WaitlistLeaveOutput = z.infer<typeof WaitlistLeaveOutput>
