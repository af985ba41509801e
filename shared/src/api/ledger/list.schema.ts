import { z } from 'zod'
import { Page, PageOf } from '../common'
import { LedgerEntryView, Quarter } from './ledger'

/**
 * A page of the caller's village ledger: approved entries newest first (`ledger`), those about
 * the caller's household (`mine`), or the finance group's queue (`pending`, `rejected`).
 */
export const LedgerListInput = Page.extend({
  view: z.enum(['ledger', 'mine', 'pending', 'rejected']).default('ledger'),
  quarter: Quarter.optional(),
}).strict()
export const LedgerListOutput = PageOf(LedgerEntryView).extend({
  villageName: z.string(),
  /** The fund's balance after the last approved entry. */
  balanceFen: z.number().int(),
  /** The caller sits on the finance group (records, approves, publishes). */
  finance: z.boolean(),
  /** The caller's household lets the ledger name it to other residents (household.consent). */
  ownNamed: z.boolean(),
})
export type LedgerListInput = z.input<typeof LedgerListInput>
export type LedgerListOutput = z.infer<typeof LedgerListOutput>
