import { z } from 'zod'
import { Id } from '../common'
import { HouseholdLabel, HouseholdView, MemberList } from './household'

/** A cadre adds a household to a villager group of their village. */
export const HouseholdCreateInput = z.object({
  groupId: Id,
  label: HouseholdLabel,
  members: MemberList,
}).strict()
export const HouseholdCreateOutput = z.object({ household: HouseholdView })
export type HouseholdCreateInput = z.input<typeof HouseholdCreateInput>
export type HouseholdCreateOutput = z.infer<typeof HouseholdCreateOutput>
