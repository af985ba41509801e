import { z } from 'zod'
import { ManagementType } from '../enrolment/enrolment'
import { CheckupRulesView, PeriodView, PlanYear } from './checkup'

/** The household's check-up plan for a year (default: this Beijing year). */
export const PlanMineInput = z.object({ year: PlanYear.optional() }).strict().default({})

/** One check-up of the year: a booking at a site or a remote proof. */
export const PlanRecord = z.object({
  kind: z.enum(['booking', 'proof']),
  memberName: z.string(),
  day: z.string(),
  state: z.enum(['attended', 'booked', 'verified', 'pending']),
  /** The site, or the clinic of a remote proof. */
  place: z.string(),
})

/** A member working away: their own plan, by remote proof. */
export const AwayPlan = z.object({
  memberId: z.string(),
  memberName: z.string(),
  city: z.string(),
  planned: z.number().int(),
  verified: z.number().int(),
  pending: z.number().int(),
  due: z.number().int(),
})

export const PlanMineOutput = z.object({
  year: z.number().int(),
  /** Who the household can book for (names only; working-away members carry their city). */
  members: z.array(z.object({ id: z.string(), name: z.string(), workingAwayCity: z.string().nullable() })),
  today: z.string(),
  householdLabel: z.string(),
  managementType: ManagementType,
  /** The day the current type took effect; null: under it all along. */
  managementSince: z.string().nullable(),
  planned: z.number().int(),
  /** Attended bookings plus verified remote proofs of the household in the year. */
  done: z.number().int(),
  /** Open bookings. */
  booked: z.number().int(),
  /** planned − done − booked, never below 0. */
  due: z.number().int(),
  perYear: z.number().int(),
  periods: z.array(PeriodView),
  dueNow: z.boolean(),
  overdue: z.array(z.string()),
  records: z.array(PlanRecord),
  workingAway: z.array(AwayPlan),
  rules: CheckupRulesView,
})
export type PlanMineInput = z.input<typeof PlanMineInput>
export type PlanMineOutput = z.infer<typeof PlanMineOutput>
