import { z } from 'zod'
import { Id, PageOf } from '../common'
import { EnrolmentCategory } from '../enrolment/enrolment'
import { ReviewOutcome } from '../review/review'
import { Quarter } from '../ledger/ledger'
import { ASSESSMENT_GOODS, ASSESSMENT_STATUSES } from '../../domain/report-labels'

// Shared shapes of issue 11's reports (docs/reports.md). Figures are counted by the `report`
// function's counters: per villager group, per village and per township, kept by its timer
// (`asOf` says when a figure was last counted). No figure is ever ordered by its value and no
// rank is given anywhere: villages come in roster order, groups in the village's order.

export { Quarter }
const Count = z.number().int()
/** A share 0–1 (null when the denominator is 0). */
const Rate = z.number().min(0).max(1).nullable()

/** 应签 / 已签 / 签约率 of the current commitment version (as commitment.stats counts them). */
export const SigningFigures = z.object({
  /** 应签: households in the scheme (not archived). */
  due: Count,
  /** 已签: the household head signed the current version (waiting for the cadre or complete). */
  signed: Count,
  /** Both sides signed. */
  complete: Count,
  /** Signed by the household, the cadre's countersignature still to come. */
  awaitingVillage: Count,
  /** signed / due. */
  rate: Rate,
})

/** Households by management type today (诚信管理 categories), and applications waiting. */
export const EnrolmentFigures = z.object({
  households: Count,
  contract: Count,
  recognised: Count,
  committed: Count,
  behavioural: Count,
  /** Applications waiting for the cadre's decision. */
  pending: Count,
})

/** The year's check-up plan (members' check-ups done: attended bookings and verified remote proofs). */
export const CheckupFigures = z.object({
  year: Count,
  /** Check-ups the plan asks for this year, over every household. */
  planned: Count,
  /** Done this year (attended or verified proof), at most the plan per household. */
  done: Count,
  /** Booked, not yet done. */
  booked: Count,
  /** done / planned. */
  rate: Rate,
  /** Households whose current plan period has nothing done or booked. */
  dueNow: Count,
  /** Households with a plan period of this year that ended without a check-up. */
  overdue: Count,
})

/** Remote proofs (异地检查证明). */
export const ProofFigures = z.object({
  /** Waiting for the cadre now. */
  pending: Count,
  /** Decided (verified) in the quarter. */
  verified: Count,
  /** Median whole days from submission to verification, of those verified in the quarter. */
  medianDaysToVerify: z.number().nullable(),
})

/** Outcomes of the village's latest published review round (households per outcome). */
export const ReviewFigures = z.object({
  /** The round's quarter; null before any round was published. */
  quarter: Quarter.nullable(),
  exemplary: Count,
  fulfilled: Count,
  support: Count,
  unrated: Count,
})

/**
 * Complaints filed in the quarter, as the public stats show them: below MIN_PUBLIC_CELL filed,
 * `hidden` is true and every count is null (small numbers re-identify people).
 */
export const ComplaintFigures = z.object({
  hidden: z.boolean(),
  filed: Count.nullable(),
  /** Of those filed, answered at least once. */
  answered: Count.nullable(),
  /** Of those answered, first answer within the deadline. */
  withinDeadline: Count.nullable(),
  /** withinDeadline / answered. */
  withinRate: Rate,
  /** Not yet answered or resolved now (any quarter). */
  open: Count.nullable(),
  /** Open and past their deadline now. */
  overdue: Count.nullable(),
})

/** The village fund: the quarter's approved entries, and the balance after every approved entry. */
export const LedgerFigures = z.object({
  incomeFen: Count,
  /** A positive amount: what went out in the quarter. */
  expenseFen: Count,
  entries: Count,
  balanceFen: Count,
  /** Entries waiting for the second finance member. */
  pending: Count,
})

/** What remote proofs and integrity categories saved this year (savings.get's formula, the township's assumptions). */
export const SavingsFigures = z.object({
  tripsAvoided: Count,
  roundsAvoided: Count,
  totalFen: Count,
})

/** Figures of one villager group: those that are counted per household. */
export const GroupFigures = z.object({
  signing: SigningFigures,
  enrolment: EnrolmentFigures,
  checkups: CheckupFigures,
  proofs: ProofFigures,
  review: ReviewFigures,
})

/** Figures of a village, a township or the county (sums of their villages'). */
export const Figures = GroupFigures.extend({
  complaints: ComplaintFigures,
  ledger: LedgerFigures,
  savings: SavingsFigures,
})

/**
 * The list of households behind a number (dashboard.village `households`), for roles that may
 * list households (cadre of the village, township officers):
 * - unsigned: 应签未签 (the head has not signed the current version);
 * - countersign: signed by the head, waiting for the cadre;
 * - signed: 已签 (waiting for the cadre, or complete);
 * - enrolled: under a category (or any category when absent);
 * - checkup-due / checkup-overdue: as the check-up figures count them (the due list's rule);
 * - proof-pending: a remote proof waiting for the cadre;
 * - review: the latest published round's outcome.
 */
export const HouseholdFilter = z.discriminatedUnion('filter', [
  z.object({ filter: z.literal('unsigned') }).strict(),
  z.object({ filter: z.literal('countersign') }).strict(),
  z.object({ filter: z.literal('signed') }).strict(),
  z.object({ filter: z.literal('enrolled'), category: EnrolmentCategory.optional() }).strict(),
  z.object({ filter: z.literal('checkup-due') }).strict(),
  z.object({ filter: z.literal('checkup-overdue') }).strict(),
  z.object({ filter: z.literal('proof-pending') }).strict(),
  z.object({ filter: z.literal('review'), outcome: ReviewOutcome }).strict(),
])

/** One household behind a number: its name and group, and a short reason in Chinese ("2026年第3期未检查"). */
export const HouseholdRow = z.object({
  householdId: z.string(),
  label: z.string(),
  groupId: z.string(),
  groupName: z.string(),
  detail: z.string(),
})
export const HouseholdPage = PageOf(HouseholdRow)

export const GroupRow = z.object({ groupId: z.string(), groupName: z.string(), figures: GroupFigures })
export const VillageRow = z.object({ villageId: z.string(), villageName: z.string(), figures: Figures })

/** The six goods. */
export const AssessmentGoodKey = z.enum(ASSESSMENT_GOODS)
export const AssessmentStatus = z.enum(ASSESSMENT_STATUSES)

export { Id }
export type SigningFigures = z.infer<typeof SigningFigures>
export type EnrolmentFigures = z.infer<typeof EnrolmentFigures>
export type CheckupFigures = z.infer<typeof CheckupFigures>
export type ProofFigures = z.infer<typeof ProofFigures>
export type ReviewFigures = z.infer<typeof ReviewFigures>
export type ComplaintFigures = z.infer<typeof ComplaintFigures>
export type LedgerFigures = z.infer<typeof LedgerFigures>
export type SavingsFigures = z.infer<typeof SavingsFigures>
export type GroupFigures = z.infer<typeof GroupFigures>
export type Figures = z.infer<typeof Figures>
export type HouseholdFilter = z.infer<typeof HouseholdFilter>
export type HouseholdRow = z.infer<typeof HouseholdRow>
export type GroupRow = z.infer<typeof GroupRow>
export type VillageRow = z.infer<typeof VillageRow>
export type AssessmentGoodKey = z.infer<typeof AssessmentGoodKey>
export type AssessmentStatus = z.infer<typeof AssessmentStatus>
