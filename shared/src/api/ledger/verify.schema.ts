import { z } from 'zod'
import { Id } from '../common'
import { ChainPoint } from './ledger'

/**
 * Recomputes the village's hash chain, up to 3,000 entries a call: the client calls again
 * with `after` = the answer's `through` until `done`. A caller passing a point it did not get
 * from this action only misleads itself.
 */
export const LedgerVerifyInput = z.object({ villageId: Id.optional(), after: ChainPoint.optional() }).strict().default({})
export const LedgerVerifyOutput = z.object({
  ok: z.boolean(),
  done: z.boolean(),
  checked: z.number().int(),
  through: ChainPoint,
  /** The first entry that does not follow, and why. */
  broken: z.object({ seq: z.number().int(), entryId: z.string(), why: z.string(), label: z.string() }).nullable(),
})
export type LedgerVerifyInput = z.input<typeof LedgerVerifyInput>
export type LedgerVerifyOutput = z.infer<typeof LedgerVerifyOutput>
