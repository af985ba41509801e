import { z } from 'zod'
import { INVITE_ALPHABET } from '../account/invite-redeem.schema'

/** Booking ids are `${memberId}#${planPeriod}`, waitlist ids `${slotId}#${memberId}`: wider than the common Id. */
export const BookingId = z.string().min(1).max(140).regex(/^[A-Za-z0-9_:.-]+#[A-Za-z0-9_:.-]+$/, '预约编号格式不正确')
export const WaitlistId = z.string().min(1).max(140).regex(/^[A-Za-z0-9_:.-]+#[A-Za-z0-9_:.-]+$/, '候补编号格式不正确')

/** The QR check-in code a booking shows (same alphabet as invite codes). */
export const BookingCode = z.string().trim().toUpperCase().pipe(z.string().regex(new RegExp(`^[${INVITE_ALPHABET}]{8}$`), '签到码应为8位字母或数字'))

export const BookingStatus = z.enum(['booked', 'cancelled', 'attended', 'no-show'])
export type BookingStatus = z.infer<typeof BookingStatus>

/** A booking as the household sees it; `code` is shown as the QR code the cadre scans. */
export const BookingView = z.object({
  id: z.string(),
  memberId: z.string(),
  memberName: z.string(),
  period: z.string(),
  slotId: z.string(),
  siteName: z.string(),
  day: z.string(),
  startsAt: z.string(),
  status: BookingStatus,
  code: z.string(),
})
export type BookingView = z.infer<typeof BookingView>

export const WaitlistStatus = z.enum(['waiting', 'offered', 'accepted', 'expired', 'left'])

export const WaitlistView = z.object({
  id: z.string(),
  slotId: z.string(),
  memberId: z.string(),
  memberName: z.string(),
  siteName: z.string(),
  startsAt: z.string(),
  status: WaitlistStatus,
  /** Place in the queue while waiting (1 = next); null once offered. */
  position: z.number().int().nullable(),
  /** An offered place must be accepted before this instant. */
  offerExpiresAt: z.string().nullable(),
})
export type WaitlistView = z.infer<typeof WaitlistView>
