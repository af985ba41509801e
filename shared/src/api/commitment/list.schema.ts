import { z } from 'zod'
import { Page, PageOf } from '../common'
import { CommitmentStatus } from './commitment'

/** A cadre's list of their village's commitments, e.g. those awaiting the countersignature. */
export const CommitmentListInput = Page.extend({ status: CommitmentStatus.optional() }).strict()
export const CommitmentListItem = z.object({
  id: z.string(),
  householdLabel: z.string(),
  groupName: z.string(),
  templateVersion: z.number().int(),
  status: CommitmentStatus,
  householdSignedAt: z.string().nullable(),
})
export const CommitmentListOutput = PageOf(CommitmentListItem)
export type CommitmentListInput = z.input<typeof CommitmentListInput>
export type CommitmentListItem = z.infer<typeof CommitmentListItem>
export type CommitmentListOutput = z.infer<typeof CommitmentListOutput>
