import { z } from 'zod'
import { Id } from '../common'
import { HouseholdLabel, HouseholdView, MemberList } from './household'

/**
 * A cadre edits a household: its label, its villager group (within the same village) and
 * its members. `members` is the whole new list: existing members keep their `id`, members
 * left out are removed, members without `id` are added. Marking someone as working away
 * (or back home) is setting their `workingAwayCity` (or null).
 */
export const HouseholdUpdateInput = z.object({
  householdId: Id,
  label: HouseholdLabel.optional(),
  /** Another villager group of the same village, to move the household there. */
  groupId: Id.optional(),
  members: MemberList.optional(),
}).strict().refine((i) => i.label !== undefined || i.groupId !== undefined || i.members !== undefined, '没有要修改的内容')
export const HouseholdUpdateOutput = z.object({ household: HouseholdView })
export type HouseholdUpdateInput = z.input<typeof HouseholdUpdateInput>
export type HouseholdUpdateOutput = z.infer<typeof HouseholdUpdateOutput>
