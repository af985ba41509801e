import { z } from 'zod'
import { Page, PageOf, Instant } from '../common'
import { Role } from '../roles'

/** A resident sees who looked at their household's records: name, role, when, what. */
export const HouseholdViewsInput = Page.strict()
export const HouseholdViewItem = z.object({
  at: Instant,
  viewerName: z.string(),
  /** The role they looked in, e.g. cadre or township. */
  viewerRole: Role,
  /** What they looked at, e.g. 查看本户成员名册. */
  what: z.string(),
})
export const HouseholdViewsOutput = PageOf(HouseholdViewItem)
export type HouseholdViewsInput = z.input<typeof HouseholdViewsInput>
export type HouseholdViewItem = z.infer<typeof HouseholdViewItem>
export type HouseholdViewsOutput = z.infer<typeof HouseholdViewsOutput>
