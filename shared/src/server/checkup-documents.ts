// Stored shapes for check-ups, bookings and remote proofs (docs/checkups.md). Only that a
// check-up took place is ever stored: no results, no findings.
import type { CheckupRules } from '../domain/checkup-plan'

/** `villages.checkupRules`: the village's own rules; absent fields take the defaults. */
export type VillageCheckupRules = Partial<CheckupRules>

export interface SiteDoc {
  _id: string
  townshipId: string
  name: string
  address: string
  location: { latitude: number; longitude: number } | null
  active: boolean
  createdAt: Date
}

export interface SlotDoc {
  _id: string
  townshipId: string
  siteId: string
  siteName: string
  /** Villages whose residents may book it; empty: every village of the township. */
  villageIds: string[]
  /** Beijing day of the slot, `2026-11-24`. */
  day: string
  startsAt: Date
  endsAt: Date
  capacity: number
  /** Places booked plus places held for a waitlist offer; never above capacity. */
  taken: number
  status: 'open' | 'closed'
  closedReason: string | null
  /** slot.close: when, by whom (name), and the request (a retry recognises its own close). */
  closedAt?: Date | null
  closedBy?: string | null
  closeRequestId?: string | null
  createdBy: string
  createdAt: Date
  /** The request that opened it (a pattern opens many: `${requestId}#${n}`). */
  requestId: string
}

export type BookingStatus = 'booked' | 'cancelled' | 'attended' | 'no-show'

export interface BookingDoc {
  _id: string // `${memberId}#${planPeriod}`
  householdId: string
  villageId: string
  groupId: string
  memberId: string
  memberName: string
  period: string
  slotId: string
  siteName: string
  day: string
  startsAt: Date
  status: BookingStatus
  /** Shown as a QR code; the cadre scans it to check the member in. */
  code: string
  /** A slot place this booking gave up (cancel, reschedule) that the timer still has to free. */
  releaseSlotId: string | null
  /** Set when slot.close cancelled it (the household was told by that request's outbox). */
  slotClosed?: { reason: string; requestId: string } | null
  remindedAt: Date | null
  markedBy: string | null
  markedAt: Date | null
  createdAt: Date
  updatedAt: Date
  /** The request that last changed it: a retry after a lost reply recognises its own write. */
  requestId: string
}

export interface WaitlistDoc {
  _id: string // `${slotId}#${memberId}`
  slotId: string
  householdId: string
  villageId: string
  memberId: string
  memberName: string
  period: string
  /** Copied from the slot so the household's list and the timer need not read slots. */
  siteName: string
  startsAt: Date
  status: 'waiting' | 'offered' | 'accepted' | 'expired' | 'left'
  joinedAt: Date
  offeredAt: Date | null
  offerExpiresAt: Date | null
  requestId: string
}

export interface ProofDoc {
  _id: string // `${memberId}:p${seq}`: two submissions racing for a member collide on it
  /** 1, 2, … per member: the order of their proofs. */
  seq: number
  householdId: string
  householdLabel: string
  villageId: string
  groupId: string
  groupName: string
  memberId: string
  memberName: string
  city: string
  clinicName: string
  /** The Beijing day of the check-up done elsewhere. */
  checkupDay: string
  /** The certificate photo in cloud storage; null once deleted after the retention period. */
  fileId: string | null
  /** Trace id of the content-security check of the photo. */
  mediaCheckTraceId: string | null
  status: 'pending' | 'verified' | 'rejected'
  reason: string | null
  previousProofId: string | null
  submittedAt: Date
  decidedAt: Date | null
  /** The deciding cadre's name (never an openid: residents read it). */
  decidedBy: string | null
  photoDeletedAt: Date | null
  /** The submitting request: its retry after a lost reply recognises the proof it stored. */
  requestId: string
  /** The deciding request, likewise for a retried decision. */
  decisionRequestId: string | null
}

/** `townships.savingsAssumptions`: the township's own figures for savings.get (defaults in domain/checkup-savings). */
export interface SavingsAssumptionsDoc {
  perVillageRoundFen: number
  householdsPerVillage: number
  perTripFen: number
  updatedAt: Date
  updatedBy: string
  requestId: string
}
