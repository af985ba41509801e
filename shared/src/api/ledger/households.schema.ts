import { z } from 'zod'
import { Page, PageOf } from '../common'

/**
 * The households of the caller's village, for a finance member to name the one an entry is
 * about: labels only (no members, no ID numbers), searchable by part of the label.
 */
export const LedgerHouseholdsInput = Page.extend({
  /** Part of the household's label, e.g. "大山". */
  search: z.string().trim().min(1, '请输入要查找的户名').max(20, '户名最多20个字').optional(),
}).strict()
export const LedgerHousehold = z.object({ id: z.string(), label: z.string(), groupName: z.string() }).strict()
export const LedgerHouseholdsOutput = PageOf(LedgerHousehold)
export type LedgerHouseholdsInput = z.input<typeof LedgerHouseholdsInput>
export type LedgerHouseholdsOutput = z.infer<typeof LedgerHouseholdsOutput>
