import { z } from 'zod'
import { Id, Instant } from '../common'
import { Role } from '../roles'

const ExpiresInDays = z.number().int().min(1, '有效期至少1天').max(30, '有效期最长30天').default(7)

/**
 * The township office invites a new cadre for a village; a cadre invites one member of a
 * household of their village (the code also comes as a mini-program code to scan).
 */
export const InviteCreateInput = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('cadre'),
    villageId: Id,
    /** Who the code is for, so the office recognises it in the list. */
    name: z.string().trim().min(1, '请填写姓名').max(20, '姓名最多20个字').optional(),
    expiresInDays: ExpiresInDays,
  }).strict(),
  z.object({
    kind: z.literal('member'),
    householdId: Id,
    memberId: Id,
    expiresInDays: ExpiresInDays,
  }).strict(),
], { error: '请选择邀请村专干还是家庭成员' })

export const InviteView = z.object({
  code: z.string(),
  kind: z.enum(['member', 'role']),
  role: Role,
  villageId: z.string().nullable(),
  villageName: z.string().nullable(),
  householdId: z.string().nullable(),
  householdLabel: z.string().nullable(),
  memberName: z.string().nullable(),
  expiresAt: Instant,
  createdAt: Instant,
  /** A temporary link to the mini-program code image (member invites); null if it could not be made. */
  qrUrl: z.string().nullable(),
})
export const InviteCreateOutput = z.object({ invite: InviteView })
export type InviteCreateInput = z.input<typeof InviteCreateInput>
export type InviteView = z.infer<typeof InviteView>
export type InviteCreateOutput = z.infer<typeof InviteCreateOutput>
