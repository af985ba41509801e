import { z } from 'zod'

/** 评议小组 / 监督小组 / 理财小组 */
export const PanelGroup = z.enum(['review', 'supervision', 'finance'])
export type PanelGroup = z.infer<typeof PanelGroup>
export const PANEL_GROUP_LABELS: Record<PanelGroup, string> = { review: '评议小组', supervision: '监督小组', finance: '理财小组' }

/** A resident on the village's groups, by household and member (never by openid). */
export const PanelMember = z.object({
  householdId: z.string(),
  householdLabel: z.string(),
  groupName: z.string(),
  memberId: z.string(),
  name: z.string(),
  groups: z.array(PanelGroup),
})
export type PanelMember = z.infer<typeof PanelMember>
