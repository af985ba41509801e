import dayjs from 'dayjs'
import { BUSINESS_TZ, businessDay } from './dates'

/**
 * A version of a village document: drafted by a cadre, put on public notice (公示), then
 * voted on by the assembly. Adopted versions become current until a newer one is adopted.
 */
export type DocumentStatus = 'draft' | 'notice' | 'adopted' | 'superseded' | 'rejected'
export type DocumentEvent = 'edit' | 'publish' | 'adopt' | 'reject' | 'supersede'

const NEXT: Partial<Record<DocumentStatus, Partial<Record<DocumentEvent, DocumentStatus>>>> = {
  draft: { edit: 'draft', publish: 'notice' },
  notice: { adopt: 'adopted', reject: 'rejected' },
  adopted: { supersede: 'superseded' },
}

export function nextDocumentStatus(status: DocumentStatus, event: DocumentEvent): DocumentStatus | null {
  return NEXT[status]?.[event] ?? null
}

/**
 * The notice runs for whole business days counting the day it is published, and ends at
 * midnight Beijing time: published any time on 24 November for 7 days, it ends as
 * 1 December begins, however late on the 24th it went up.
 */
export function noticeEndsAt(startsAt: Date, days: number): Date {
  return dayjs(startsAt).tz(BUSINESS_TZ).startOf('day').add(days, 'day').toDate()
}

export const noticeOpen = (endsAt: Date | string, now: Date) => now.getTime() < new Date(endsAt).getTime()

export interface VoteCount {
  for: number
  against: number
  abstain: number
}

/** The assembly adopts a version when more vote for it than against; a tie rejects it. */
export function voteOutcome(v: VoteCount): 'adopted' | 'rejected' {
  return v.for > v.against ? 'adopted' : 'rejected'
}

/** The meeting that voted took place between the start of the notice and today. */
export function meetingDateAllowed(meetingDate: string, noticeStartsAt: Date, now: Date): boolean {
  return meetingDate >= businessDay(noticeStartsAt) && meetingDate <= businessDay(now)
}
