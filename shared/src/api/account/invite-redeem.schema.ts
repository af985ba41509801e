import { z } from 'zod'
import { WhoamiOutput } from './whoami.schema'

/** Codes are 8 characters without look-alikes (no 0/O, 1/I/L); spaces and case are forgiven. */
export const INVITE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ'
export const InviteCode = z
  .string()
  .transform((s) => s.replace(/[\s-]/g, '').toUpperCase())
  .pipe(z.string().regex(new RegExp(`^[${INVITE_ALPHABET}]{8}$`), '邀请码应为8位字母或数字'))

export const InviteRedeemInput = z.object({
  code: InviteCode,
  /** The privacy notice version the person agreed to on the consent screen. */
  privacyVersion: z.string().min(1).max(20),
  /**
   * The person confirmed adding the invite's role to the identity they already hold (a cadre
   * binding their own household place, a villager becoming cadre). Without it such a redeem
   * answers CONFIRM_ADD_ROLE, naming what would be added, and changes nothing.
   */
  addRole: z.boolean().default(false),
}).strict()
export const InviteRedeemOutput = WhoamiOutput
export type InviteRedeemInput = z.input<typeof InviteRedeemInput>
export type InviteRedeemOutput = z.infer<typeof InviteRedeemOutput>
