// A complaint's life (issue 8 item 4), pure: the cloud function asks whether an event is
// allowed and what the complaint becomes, then writes conditionally on the old state.
// Labels for every state are in complaint-labels.ts, the one table every screen uses.
import type { ComplaintCategory, ComplaintLevel, ComplaintStatus } from './complaint-labels'
import { daysBetween } from './checkup-slots'

export type ComplaintEventKind = 'accept' | 'answer' | 'note' | 'addition' | 'extend' | 'close' | 'escalate' | 'rate' | 'resolve' | 'reopen'

const OPEN: ComplaintStatus[] = ['submitted', 'accepted']
const TRANSITIONS: Record<ComplaintEventKind, Partial<Record<ComplaintStatus, ComplaintStatus>>> = {
  accept: { submitted: 'accepted' },
  // Answering a submitted complaint accepts it too: nobody should wait for a formality.
  answer: { submitted: 'answered', accepted: 'answered', answered: 'answered' },
  note: { submitted: 'submitted', accepted: 'accepted', answered: 'answered', resolved: 'resolved', closed: 'closed' },
  addition: { submitted: 'submitted', accepted: 'accepted', answered: 'answered' },
  extend: { submitted: 'submitted', accepted: 'accepted' },
  close: { submitted: 'closed', accepted: 'closed', answered: 'closed' },
  escalate: { submitted: 'submitted', accepted: 'accepted', answered: 'answered' },
  rate: { answered: 'answered', closed: 'closed' },
  resolve: { answered: 'resolved' },
  reopen: { answered: 'accepted', closed: 'accepted' },
}

/** The status after `event`, or null when it is not allowed in `status`. */
export function nextComplaintStatus(status: ComplaintStatus, event: ComplaintEventKind): ComplaintStatus | null {
  return TRANSITIONS[event][status] ?? null
}

export const isOpenComplaint = (status: ComplaintStatus) => OPEN.includes(status)

/** Deadlines per category, from the village's rules; defaults as 12345 hotline and 纪检 rules set them. */
export interface DeadlineRule { acceptDays: number; answerDays: number }
export const DEFAULT_DEADLINES: DeadlineRule = { acceptDays: 2, answerDays: 15 }
export const REOPEN_DAYS = 7
/** The first reopening stays where it is; the second goes to the township; none after that. */
export const MAX_REOPENINGS = 2
export const TOKENS_PER_WEEK = 3
/** Public statistics hide any cell with fewer complaints than this. */
export const MIN_STATS_CELL = 3

export function deadlineRule(rules: Partial<Record<ComplaintCategory, Partial<DeadlineRule>>> | undefined, category: ComplaintCategory): DeadlineRule {
  return { ...DEFAULT_DEADLINES, ...(rules?.[category] ?? {}) }
}

export interface DeadlineState {
  status: ComplaintStatus
  acceptBy: string
  answerBy: string
}

/** Past its deadline on `today`: not accepted after acceptBy, or not answered after answerBy. */
export function isOverdue(c: DeadlineState, today: string): boolean {
  if (c.status === 'submitted') return today > c.acceptBy || today > c.answerBy
  if (c.status === 'accepted') return today > c.answerBy
  return false
}

/** The complainant may reopen until REOPEN_DAYS after the answer (or closing), at most MAX_REOPENINGS times. */
export function mayReopen(c: { status: ComplaintStatus; decidedDay: string | null; reopenCount: number }, today: string): 'ok' | 'state' | 'expired' {
  if (nextComplaintStatus(c.status, 'reopen') === null || c.reopenCount >= MAX_REOPENINGS || !c.decidedDay) return 'state'
  return daysBetween(c.decidedDay, today) <= REOPEN_DAYS ? 'ok' : 'expired'
}

/** Where a reopening sends it: the second one to the township. */
export function levelAfterReopen(level: ComplaintLevel, reopenCount: number): ComplaintLevel {
  return reopenCount + 1 >= 2 ? 'township' : level
}

/** The ISO week of a business day, e.g. 2026W48: the period of a filing-token key. */
export function tokenPeriod(day: string): string {
  const d = new Date(`${day}T00:00:00Z`)
  const weekday = d.getUTCDay() || 7
  d.setUTCDate(d.getUTCDate() + 4 - weekday) // the Thursday of this week decides its year
  const yearStart = Date.UTC(d.getUTCFullYear(), 0, 1)
  const week = Math.ceil(((d.getTime() - yearStart) / 86_400_000 + 1) / 7)
  return `${d.getUTCFullYear()}W${String(week).padStart(2, '0')}`
}

/** Tokens are spent in the week they were issued or the next: the periods accepted on `day`. */
export function spendablePeriods(day: string): string[] {
  const lastWeek = new Date(`${day}T00:00:00Z`)
  lastWeek.setUTCDate(lastWeek.getUTCDate() - 7)
  return [tokenPeriod(day), tokenPeriod(lastWeek.toISOString().slice(0, 10))]
}
