import { z } from 'zod'
import { Role } from '../roles'
import { PanelGroup } from './panel'

export const WhoamiInput = z.object({}).strict().default({})
export const WhoamiOutput = z.object({
  openidTail: z.string(),
  bound: z.boolean(),
  name: z.string().nullable(),
  roles: z.array(Role),
  township: z.object({ id: z.string(), name: z.string() }).nullable(),
  village: z.object({ id: z.string(), name: z.string() }).nullable(),
  household: z
    .object({ id: z.string(), label: z.string(), groupName: z.string(), isHead: z.boolean(), memberId: z.string() })
    .nullable(),
  /** Version of the privacy notice this person agreed to, if any. */
  privacyConsent: z.object({ version: z.string(), at: z.string() }).nullable(),
  /** The village groups a panel member sits on (empty for everyone else). */
  panelGroups: z.array(PanelGroup),
})
export type WhoamiInput = z.infer<typeof WhoamiInput>
export type WhoamiOutput = z.infer<typeof WhoamiOutput>
