import { z } from 'zod'

export const EnrolmentCategory = z.enum(['recognised', 'committed', 'behavioural'])
export type EnrolmentCategory = z.infer<typeof EnrolmentCategory>
export const ManagementType = z.enum(['contract', 'recognised', 'committed', 'behavioural'])
export type ManagementType = z.infer<typeof ManagementType>
export const EnrolmentStatus = z.enum(['pending', 'approved', 'rejected', 'withdrawn', 'revoked'])
export type EnrolmentStatus = z.infer<typeof EnrolmentStatus>

/** A rejection or revocation must say why, in words the household can act on. */
export const EnrolmentReason = z.string().trim().min(1, '请填写理由').max(500, '理由不能超过500字')

/** One step of an application's history: who (by name and role, never openid), when, what. */
export const EnrolmentStep = z.object({
  status: EnrolmentStatus,
  at: z.string(),
  byName: z.string(),
  byRole: z.enum(['household-head', 'cadre']),
  category: EnrolmentCategory.nullable(),
  reason: z.string().nullable(),
})

export const EnrolmentView = z.object({
  id: z.string(),
  householdLabel: z.string(),
  groupName: z.string(),
  requestedCategory: EnrolmentCategory,
  statement: z.string(),
  status: EnrolmentStatus,
  /** The category the village granted; it may differ from the one requested. */
  category: EnrolmentCategory.nullable(),
  /** Why it was rejected or revoked. */
  reason: z.string().nullable(),
  appliedAt: z.string(),
  updatedAt: z.string(),
  history: z.array(EnrolmentStep),
})
export type EnrolmentView = z.infer<typeof EnrolmentView>

/** Every change answers with the application and the household's management type after it. */
export const EnrolmentChangeOutput = z.object({ enrolment: EnrolmentView, managementType: ManagementType })
export type EnrolmentChangeOutput = z.infer<typeof EnrolmentChangeOutput>
