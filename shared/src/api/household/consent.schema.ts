import { z } from 'zod'

/**
 * The household head's choice whether the public ledger names the household to other residents
 * (default: not named, "某户"). Setting the same choice again changes nothing but its date.
 */
export const HouseholdConsentInput = z.object({ ledgerNamed: z.boolean({ error: '请选择是否公开户名' }) }).strict()
export const HouseholdConsentOutput = z.object({
  ledgerNamed: z.boolean(),
  /** When the head made the current choice (ISO time). */
  at: z.string(),
})
export type HouseholdConsentInput = z.infer<typeof HouseholdConsentInput>
export type HouseholdConsentOutput = z.infer<typeof HouseholdConsentOutput>
