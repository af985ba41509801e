import { z } from 'zod'
import { Id, Page, PageOf } from '../common'
import { HouseholdSummary } from './household'

/**
 * The roster of one village. A cadre's own village when villageId is omitted; a township
 * officer names the village. Archived households only when asked for.
 */
export const HouseholdListInput = Page.extend({
  villageId: Id.optional(),
  groupId: Id.optional(),
  /** Part of the head's name, e.g. "桂芳". */
  headName: z.string().trim().min(1, '请输入要查找的姓名').max(20, '姓名最多20个字').optional(),
  includeArchived: z.boolean().default(false),
}).strict()
export const HouseholdListOutput = PageOf(HouseholdSummary)
export type HouseholdListInput = z.input<typeof HouseholdListInput>
export type HouseholdListOutput = z.infer<typeof HouseholdListOutput>
