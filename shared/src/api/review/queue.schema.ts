import { z } from 'zod'
import { Id, Page } from '../common'
import { ItemScores, ReviewMark } from './review'
import { MemberConflicts } from './declare-conflict.schema'

/** A villager group (村民小组) as a scorer works through it. Counts are the caller's own work only. */
export const QueueGroup = z.object({
  groupId: z.string(),
  groupName: z.string(),
  /** Households of the group the caller may score (conflicts left out). */
  households: z.number().int(),
  /** Of those, marked by the caller (需讨论 / 推荐示范). */
  marked: z.number().int(),
  /** Of the marked ones, scored item by item by the caller. */
  scored: z.number().int(),
  /** The caller confirmed the group: every unmarked household counts as the caller's 做到了. */
  confirmed: z.boolean(),
})

/** A household in the caller's queue: only the caller's own mark and scores, never anyone else's. */
export const QueueHousehold = z.object({
  householdId: z.string(),
  label: z.string(),
  /** The caller's mark, or null (counts as fulfilled when the group is confirmed). */
  mark: ReviewMark.nullable(),
  /** The caller's own scores by item, or null when not scored item by item. */
  scores: ItemScores.nullable(),
})

/**
 * A review-group member's worklist, resumable from where they stopped:
 * - `groups`: every villager group with the caller's progress, the village side's status and
 *   the caller's conflicts;
 * - `group`: one group's households, a page at a time (conflicted households are not listed);
 * - `conflicts` (supervision group and cadres): every member's declared conflicts and recusals.
 * Never shows another member's scores or marks.
 */
export const ReviewQueueInput = z.discriminatedUnion('view', [
  z.object({ view: z.literal('groups'), roundId: Id }).strict(),
  Page.extend({ view: z.literal('group'), roundId: Id, groupId: Id }).strict(),
  z.object({ view: z.literal('conflicts'), roundId: Id }).strict(),
])
export const ReviewQueueOutput = z.object({
  roundId: z.string(),
  /** view=groups */
  groups: z.array(QueueGroup).optional(),
  /** view=groups: the caller's own scores of the village's side, or null when not yet scored. */
  village: z.object({ scores: ItemScores.nullable() }).optional(),
  /** view=groups: the caller's declaration (declaredAt null: must declare before scoring). */
  mine: MemberConflicts.optional(),
  /** view=group: a page of the group's households. */
  items: z.array(QueueHousehold).optional(),
  total: z.number().int().optional(),
  offset: z.number().int().optional(),
  limit: z.number().int().optional(),
  /** view=group: the group is confirmed by the caller. */
  confirmed: z.boolean().optional(),
  /** view=conflicts: every review-group member's declaration. */
  members: z.array(MemberConflicts).optional(),
})
export type ReviewQueueInput = z.input<typeof ReviewQueueInput>
export type ReviewQueueOutput = z.infer<typeof ReviewQueueOutput>
