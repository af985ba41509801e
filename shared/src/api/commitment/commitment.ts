import { z } from 'zod'

export const CommitmentStatus = z.enum(['awaiting-household', 'awaiting-village', 'complete', 'superseded'])
export type CommitmentStatus = z.infer<typeof CommitmentStatus>

export const CommitmentItem = z.object({ id: z.string(), text: z.string() })
export const Signature = z.object({
  name: z.string(),
  role: z.enum(['household-head', 'cadre']),
  at: z.string(),
  templateVersion: z.number().int(),
  contentHash: z.string(),
})
export type Signature = z.infer<typeof Signature>

/** A household's two-way commitment as a reader sees it: both lists and both signatures. */
export const CommitmentView = z.object({
  id: z.string(),
  villageName: z.string(),
  householdLabel: z.string(),
  groupName: z.string(),
  title: z.string(),
  templateVersion: z.number().int(),
  villageItems: z.array(CommitmentItem),
  householdItems: z.array(CommitmentItem),
  contentHash: z.string(),
  status: CommitmentStatus,
  householdSignature: Signature.nullable(),
  villageSignature: Signature.nullable(),
})
export type CommitmentView = z.infer<typeof CommitmentView>
