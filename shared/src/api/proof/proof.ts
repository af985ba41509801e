import { z } from 'zod'

export const ProofStatus = z.enum(['pending', 'verified', 'rejected'])
export type ProofStatus = z.infer<typeof ProofStatus>

/** A rejection must say why, so the resident knows what to photograph again. */
export const ProofReason = z.string().trim().min(1, '请填写驳回理由').max(200, '理由不能超过200字')

/** A remote proof as the household or its village's cadre reads it: names, never openids. */
export const ProofView = z.object({
  id: z.string(),
  householdLabel: z.string(),
  groupName: z.string(),
  memberId: z.string(),
  memberName: z.string(),
  city: z.string(),
  clinicName: z.string(),
  checkupDay: z.string(),
  status: ProofStatus,
  /** Why it was rejected. */
  reason: z.string().nullable(),
  /** The rejected proof this one resubmits. */
  previousProofId: z.string().nullable(),
  submittedAt: z.string(),
  decidedAt: z.string().nullable(),
  decidedByName: z.string().nullable(),
  /** A temporary link to the certificate photo while it is kept; null once deleted (or not shown). */
  photoUrl: z.string().nullable(),
  photoDeletedAt: z.string().nullable(),
})
export type ProofView = z.infer<typeof ProofView>
