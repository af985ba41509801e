// Where a household stands against its check-up plan for a year: done, booked and due in
// all, and per plan period. Pure; used by plan.mine, the cadre's due list and the timer
// that tells households a new period has begun.
import type { ManagementType } from './enrolment-state'
import { DEFAULT_CHECKUP_RULES, periodBounds, plannedInYear, progress, type CheckupRules, type ManagementPeriod, type PlanProgress } from './checkup-plan'

/** A village's stored rules over the defaults (a village may set only some numbers). */
export function rulesOf(stored: Partial<CheckupRules> | null | undefined): CheckupRules {
  return { ...DEFAULT_CHECKUP_RULES, ...stored, perYear: { ...DEFAULT_CHECKUP_RULES.perYear, ...stored?.perYear } }
}

/**
 * The management history of a household from its stored type and the day it took effect.
 * Every household starts under contract management, so before that day it was contract; a
 * household back under contract (revoked) plans as contract all along.
 */
export function managementHistory(type: ManagementType, sinceDay: string | null): ManagementPeriod[] {
  if (!sinceDay || type === 'contract') return [{ type, from: '1970-01-01' }]
  return [{ type: 'contract', from: '1970-01-01' }, { type, from: sinceDay }]
}

/** The type in force on a day. */
export function typeOn(history: ManagementPeriod[], day: string): ManagementType {
  return [...history].reverse().find((p) => p.from <= day)?.type ?? history[0].type
}

/**
 * done: a check-up was done in it; booked: one is booked, none done yet; due: the current
 * period, nothing done or booked; overdue: it ended without a check-up done; upcoming: not
 * begun; met: nothing in it, but the year's plan is already complete.
 */
export type PeriodState = 'done' | 'booked' | 'due' | 'overdue' | 'upcoming' | 'met'

export interface PeriodStanding {
  period: string
  first: string
  last: string
  done: number
  booked: number
  state: PeriodState
}

export interface Standing extends PlanProgress {
  /** Periods the year is cut into: the yearly plan of the type in force today (or at the year's end). */
  perYear: number
  periods: PeriodStanding[]
  /** The current period has nothing done or booked, and the year's plan is not complete. */
  dueNow: boolean
  /** Periods of the year that ended without a check-up done. */
  overdue: string[]
}

/** Days of check-ups done (attended bookings, verified proofs) and booked (open bookings). */
export interface CheckupFacts {
  done: string[]
  booked: string[]
}

export function standing(year: number, today: string, history: ManagementPeriod[], rules: CheckupRules, facts: CheckupFacts): Standing {
  const inYear = (d: string) => d.startsWith(`${year}-`)
  const done = facts.done.filter(inYear)
  const booked = facts.booked.filter(inYear)
  const planned = plannedInYear(year, history, rules)
  const overall = progress(planned, done.length, booked.length)
  const asOf = today < `${year}-12-31` ? today : `${year}-12-31`
  const perYear = Math.max(0, Math.min(12, Math.floor(rules.perYear[typeOn(history, asOf)])))
  const met = done.length >= planned
  const periods: PeriodStanding[] = []
  for (let i = 1; planned > 0 && perYear > 0 && i <= perYear; i++) {
    const period = `${year}P${i}`
    const { first, last } = periodBounds(period, perYear)
    const inPeriod = (d: string) => d >= first && d <= last
    const n = { done: done.filter(inPeriod).length, booked: booked.filter(inPeriod).length }
    const state: PeriodState = n.done > 0 ? 'done'
      : first > today ? 'upcoming'
      : met ? 'met'
      : last < today ? 'overdue'
      : n.booked > 0 ? 'booked' : 'due'
    periods.push({ period, first, last, ...n, state })
  }
  return {
    ...overall,
    perYear,
    periods,
    dueNow: periods.some((p) => p.state === 'due'),
    overdue: periods.filter((p) => p.state === 'overdue').map((p) => p.period),
  }
}
