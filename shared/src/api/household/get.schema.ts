import { z } from 'zod'
import { Id } from '../common'
import { HouseholdView } from './household'

/** One household with its members (ID numbers masked). Every look is recorded for the household to see. */
export const HouseholdGetInput = z.object({ householdId: Id }).strict()
export const HouseholdGetOutput = z.object({ household: HouseholdView, canEdit: z.boolean() })
export type HouseholdGetInput = z.input<typeof HouseholdGetInput>
export type HouseholdGetOutput = z.infer<typeof HouseholdGetOutput>
