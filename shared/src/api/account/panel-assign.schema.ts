import { z } from 'zod'
import { Id } from '../common'
import { PanelGroup, PanelMember } from './panel'

/** A cadre sets which groups a bound resident of their village sits on; no groups ends their panel role. */
export const PanelAssignInput = z.object({
  householdId: Id,
  memberId: Id,
  groups: z.array(PanelGroup).max(3).refine((g) => new Set(g).size === g.length, '小组重复'),
}).strict()
export const PanelAssignOutput = z.object({ member: PanelMember })
export type PanelAssignInput = z.input<typeof PanelAssignInput>
export type PanelAssignOutput = z.infer<typeof PanelAssignOutput>
