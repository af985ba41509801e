import { z } from 'zod'
import { Id } from '../common'
import { LedgerChangeOutput, LedgerReason } from './ledger'

/** A second finance member (not the recorder, not of the household concerned) approves: the entry joins the chain. */
export const LedgerApproveInput = z.object({ entryId: Id }).strict()
export const LedgerApproveOutput = LedgerChangeOutput
/** Or rejects it with a reason; a rejected entry counts nowhere and stays visible to the group. */
export const LedgerRejectInput = z.object({ entryId: Id, reason: LedgerReason }).strict()
export const LedgerRejectOutput = LedgerChangeOutput
export type LedgerApproveInput = z.infer<typeof LedgerApproveInput>
export type LedgerApproveOutput = z.infer<typeof LedgerApproveOutput>
export type LedgerRejectInput = z.infer<typeof LedgerRejectInput>
export type LedgerRejectOutput = z.infer<typeof LedgerRejectOutput>
