import { z } from 'zod'
import { Id } from '../common'
import { ManagementType } from '../enrolment/enrolment'
import { isValidIdNumber, normalizeIdNumber } from '../../domain/id-number'

export const HouseholdLabel = z.string().trim().min(1, '请填写户名').max(30, '户名最多30个字')
/** Typed by a cadre, checked here; the server keeps only the masked form and a keyed hash. */
export const IdNumber = z.string().transform(normalizeIdNumber).refine(isValidIdNumber, '身份证号码不正确，请核对18位号码')

export const MemberInput = z.object({
  /** An existing member's id (household.update); new members have none. */
  id: Id.optional(),
  name: z.string().trim().min(1, '请填写姓名').max(20, '姓名最多20个字'),
  relation: z.string().trim().min(1, '请填写与户主关系').max(10, '与户主关系最多10个字'),
  isHead: z.boolean(),
  /** Omitted: unchanged (or none for a new member); null: remove the recorded number. */
  idNumber: IdNumber.nullable().optional(),
  /** The city a member works in, null when at home; omitted: unchanged (or at home). */
  workingAwayCity: z.string().trim().min(1, '请填写务工城市').max(20, '城市名最多20个字').nullable().optional(),
}).strict()
export type MemberInput = z.output<typeof MemberInput>

/** 1–20 members, exactly one head, no member or ID number twice. */
export const MemberList = z.array(MemberInput).min(1, '至少填写一位成员').max(20, '每户最多20位成员')
  .refine((ms) => ms.filter((m) => m.isHead).length === 1, '每户须有且只有一位户主')
  .refine((ms) => {
    const ids = ms.map((m) => m.id).filter(Boolean)
    return new Set(ids).size === ids.length
  }, '成员重复')
  .refine((ms) => {
    const numbers = ms.map((m) => m.idNumber).filter(Boolean)
    return new Set(numbers).size === numbers.length
  }, '身份证号码重复')

export const MemberView = z.object({
  id: z.string(),
  name: z.string(),
  relation: z.string(),
  isHead: z.boolean(),
  workingAway: z.object({ city: z.string() }).nullable(),
  /** Only ever the masked form, e.g. 3412**********1234. */
  idMasked: z.string().nullable(),
})

export const HouseholdSummary = z.object({
  id: z.string(),
  label: z.string(),
  groupId: z.string(),
  groupName: z.string(),
  headName: z.string(),
  memberCount: z.number().int(),
  workingAwayCount: z.number().int(),
  managementType: ManagementType,
  archived: z.boolean(),
})

export const HouseholdView = HouseholdSummary.extend({
  villageId: z.string(),
  villageName: z.string(),
  members: z.array(MemberView),
  archiveReason: z.string().nullable(),
})
export type HouseholdSummary = z.infer<typeof HouseholdSummary>
export type HouseholdView = z.infer<typeof HouseholdView>
export type MemberView = z.infer<typeof MemberView>
