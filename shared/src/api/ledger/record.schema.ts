import { z } from 'zod'
import { Id } from '../common'
import { Fen, LedgerChangeOutput, LedgerPurpose, LedgerReason, LedgerSource } from './ledger'

const about = { householdId: Id, amountFen: Fen, itemId: Id, source: LedgerSource.optional(), purpose: LedgerPurpose }
const village = { amountFen: Fen, purpose: LedgerPurpose, itemId: Id.optional(), source: LedgerSource.optional() }

/**
 * A finance-group member records an entry; it counts nowhere until a second member approves it.
 * A correction is a reversal of an approved entry, saying why; nothing is ever edited.
 */
export const LedgerRecordInput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('household-fee'), ...about }).strict(),
  z.object({ kind: z.literal('village-fee'), ...about }).strict(),
  z.object({ kind: z.literal('reward'), ...about }).strict(),
  z.object({ kind: z.literal('income'), ...village }).strict(),
  /** The receipt photo: a file the member uploaded to their own folder (proof.uploadPath). */
  z.object({ kind: z.literal('spending'), ...village, receiptFileId: z.string().min(1).max(512).optional() }).strict(),
  z.object({ kind: z.literal('reversal'), reversesEntryId: Id, reason: LedgerReason }).strict(),
])
export const LedgerRecordOutput = LedgerChangeOutput
export type LedgerRecordInput = z.infer<typeof LedgerRecordInput>
export type LedgerRecordOutput = z.infer<typeof LedgerRecordOutput>
