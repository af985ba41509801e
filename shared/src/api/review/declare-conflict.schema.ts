import { z } from 'zod'
import { Id } from '../common'

/** A household a member may not score, and why. */
export const ConflictEntry = z.object({
  householdId: z.string(),
  householdLabel: z.string(),
  groupName: z.string(),
  /** own: the member's own household (blocked automatically); relative: declared by the member. */
  kind: z.enum(['own', 'relative']),
})
export type ConflictEntry = z.infer<typeof ConflictEntry>

/** A member's declaration as the supervision group sees it (and the member themself). */
export const MemberConflicts = z.object({
  memberName: z.string(),
  /** Blocked households: the member's own plus declared relatives'. */
  conflicts: z.array(ConflictEntry),
  /** When the member last declared (null: not yet — they cannot score until they do). */
  declaredAt: z.string().nullable(),
  /** Every declaration the member made, oldest first: a changed list stays visible. */
  declarations: z.array(z.object({ at: z.string(), householdIds: z.array(z.string()) })),
  /** Households the member scored or confirmed and later recused from (their scores are not counted). */
  recusals: z.array(z.object({ householdId: z.string(), householdLabel: z.string(), at: z.string() })),
})
export type MemberConflicts = z.infer<typeof MemberConflicts>

/**
 * A review-group member declares the households of relatives they may not score (the whole
 * list each time; an empty list declares "none"). Required before the member's first score.
 * Their own household is always blocked. Declaring a household they already scored recuses
 * them from it: that score is recorded as recused and never counts. While the round is open.
 */
export const ReviewDeclareConflictInput = z.object({
  roundId: Id,
  householdIds: z.array(Id).max(30, '最多申报30户').refine((ids) => new Set(ids).size === ids.length, '有重复的户'),
}).strict()
export const ReviewDeclareConflictOutput = z.object({ mine: MemberConflicts })
export type ReviewDeclareConflictInput = z.input<typeof ReviewDeclareConflictInput>
export type ReviewDeclareConflictOutput = z.infer<typeof ReviewDeclareConflictOutput>
