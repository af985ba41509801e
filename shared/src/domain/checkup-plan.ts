// How many check-ups a household plans in a year, and the plan periods a year is cut into.
// Pure; business days are Beijing days (`2026-11-24`), see dates.ts.
import dayjs from 'dayjs'
import type { ManagementType } from './enrolment-state'

export interface CheckupRules {
  /** Planned check-ups a year by management type. */
  perYear: Record<ManagementType, number>
  /** A member working away plans this many a year, by remote proof. */
  workingAwayPerYear: number
  /** Cancelling is allowed until this many hours before the slot starts. */
  cancelCutoffHours: number
  /** A waitlist offer must be accepted within this many minutes. */
  offerMinutes: number
  /** Photos of decided remote proofs are deleted after this many days. */
  proofPhotoRetentionDays: number
}

export const DEFAULT_CHECKUP_RULES: CheckupRules = {
  perYear: { contract: 4, behavioural: 3, committed: 2, recognised: 1 },
  workingAwayPerYear: 2,
  cancelCutoffHours: 12,
  offerMinutes: 120,
  proofPhotoRetentionDays: 180,
}

const isLeap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
const daysIn = (year: number) => (isLeap(year) ? 366 : 365)
const dayOfYear = (day: string) => dayjs(day).diff(dayjs(`${day.slice(0, 4)}-01-01`), 'day')

/**
 * The plan period a day falls in when the year holds `perYear` periods: 4 → quarters
 * (`2026P1`…`2026P4`), 3 → thirds of four months, 2 → halves, 1 → the year (`2026P1`).
 */
export function planPeriod(day: string, perYear: number): string {
  const n = Math.max(1, Math.min(12, Math.floor(perYear)))
  const month = Number(day.slice(5, 7)) - 1
  return `${day.slice(0, 4)}P${Math.floor((month * n) / 12) + 1}`
}

/** First and last day of a plan period. */
export function periodBounds(period: string, perYear: number): { first: string; last: string } {
  const n = Math.max(1, Math.min(12, Math.floor(perYear)))
  const [year, index] = [Number(period.slice(0, 4)), Number(period.slice(5)) - 1]
  const firstMonth = Math.ceil((index * 12) / n)
  const nextMonth = Math.ceil(((index + 1) * 12) / n)
  const first = dayjs(new Date(Date.UTC(year, firstMonth, 1))).format('YYYY-MM-DD')
  const last = dayjs(new Date(Date.UTC(year, nextMonth, 1))).subtract(1, 'day').format('YYYY-MM-DD')
  return { first, last }
}

export interface ManagementPeriod {
  type: ManagementType
  /** First day under this type (inclusive). */
  from: string
}

/**
 * Planned check-ups in `year` for a household whose management type changed on the given
 * days (sorted; the first entry is the type in force at the year's start or earlier):
 * each type counts in proportion to its days in the year, rounded up.
 */
export function plannedInYear(year: number, history: ManagementPeriod[], rules: CheckupRules = DEFAULT_CHECKUP_RULES): number {
  const total = daysIn(year)
  let planned = 0
  history.forEach((p, i) => {
    const start = p.from < `${year}-01-01` ? 0 : p.from > `${year}-12-31` ? total : dayOfYear(p.from)
    const next = history[i + 1]
    const end = !next ? total : next.from > `${year}-12-31` ? total : next.from < `${year}-01-01` ? 0 : dayOfYear(next.from)
    if (end > start) planned += (rules.perYear[p.type] * (end - start)) / total
  })
  return Math.ceil(planned - 1e-9)
}

export interface PlanProgress {
  planned: number
  done: number
  booked: number
  due: number
}

export function progress(planned: number, done: number, booked: number): PlanProgress {
  return { planned, done, booked, due: Math.max(0, planned - done - booked) }
}
