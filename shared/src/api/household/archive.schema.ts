import { z } from 'zod'
import { Id } from '../common'

/** A household leaves the roster (moved away, merged, dissolved), with the reason on record. */
export const HouseholdArchiveInput = z.object({
  householdId: Id,
  reason: z.string().trim().min(2, '请填写归档原因').max(200, '原因最多200个字'),
}).strict()
export const HouseholdArchiveOutput = z.object({ householdId: z.string(), archived: z.literal(true), reason: z.string() })
export type HouseholdArchiveInput = z.input<typeof HouseholdArchiveInput>
export type HouseholdArchiveOutput = z.infer<typeof HouseholdArchiveOutput>
