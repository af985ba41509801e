import { z } from 'zod'
import { Id, Page } from '../common'
import { AppealStatus, AppealView, HouseholdResult, OutcomeCounts, ReviewOutcome, RoundView, VillageResult } from './review'

/** A panel view of one household after close: its result plus the spread of anonymous scores per item. */
export const PanelHouseholdResult = HouseholdResult.extend({
  /** Per item: every counted score, sorted (who gave which is never shown). */
  spread: z.array(z.object({ itemId: z.string(), scores: z.array(z.number().int()) })),
})

/**
 * A round's results, for the caller's role. Nothing before close; households and residents
 * nothing before publish.
 * - `notice` (everyone of the village, the township): counts per outcome, the names of
 *   households that consented (household.consent reviewNamed), the village's own result;
 * - `households` (review group, supervision group, cadres; after close): a page of results,
 *   optionally of one outcome or villager group — a household the caller is conflicted on is
 *   never listed or counted;
 * - `appeals` (supervision group, cadres; after publish): the appeals, optionally by status.
 */
export const ReviewResultsInput = z.discriminatedUnion('view', [
  z.object({ view: z.literal('notice'), roundId: Id }).strict(),
  Page.extend({ view: z.literal('households'), roundId: Id, outcome: ReviewOutcome.optional(), groupId: Id.optional() }).strict(),
  Page.extend({ view: z.literal('appeals'), roundId: Id, status: AppealStatus.optional() }).strict(),
])
export const ReviewResultsOutput = z.object({
  round: RoundView,
  /** view=notice */
  counts: OutcomeCounts.optional(),
  /** view=notice: consenting households by outcome, in roster order (never a ranking). */
  named: z.array(z.object({ householdLabel: z.string(), groupName: z.string(), outcome: ReviewOutcome, outcomeLabel: z.string() })).optional(),
  /** view=notice */
  village: VillageResult.optional(),
  /** view=households */
  households: z.array(PanelHouseholdResult).optional(),
  /** view=appeals */
  appeals: z.array(AppealView).optional(),
  total: z.number().int().optional(),
  offset: z.number().int().optional(),
  limit: z.number().int().optional(),
})
export type ReviewResultsInput = z.input<typeof ReviewResultsInput>
export type ReviewResultsOutput = z.infer<typeof ReviewResultsOutput>
