import { z } from 'zod'

/**
 * The household head's choices whether the household is named to other residents: in the
 * public ledger (`ledgerNamed`) and on the quarterly review's public notice (`reviewNamed`,
 * PIPL art. 25). Default for both: not named. Send either or both; setting the same choice
 * again changes nothing but its date.
 */
export const HouseholdConsentInput = z.object({
  ledgerNamed: z.boolean({ error: '请选择是否公开户名' }).optional(),
  reviewNamed: z.boolean({ error: '请选择是否公开户名' }).optional(),
}).strict().refine((c) => c.ledgerNamed !== undefined || c.reviewNamed !== undefined, { message: '请选择是否公开户名', path: ['ledgerNamed'] })
export const HouseholdConsentOutput = z.object({
  /** The ledger choice now in force. */
  ledgerNamed: z.boolean(),
  /** The review-notice choice now in force (absent from older answers: not named). */
  reviewNamed: z.boolean().default(false),
  /** When the head made this change (ISO time). */
  at: z.string(),
})
export type HouseholdConsentInput = z.infer<typeof HouseholdConsentInput>
export type HouseholdConsentOutput = z.infer<typeof HouseholdConsentOutput>
