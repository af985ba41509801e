import { z } from 'zod'
import { Id, Page } from '../common'
import { ManagementType } from '../enrolment/enrolment'

/** due: nothing done or booked in the current plan period; overdue: a past period of this year ended without a check-up. */
export const DueFilter = z.enum(['due', 'overdue', 'any']).default('any')

/** A cadre's list of their village's households that are due or overdue, per villager group. */
export const DueListInput = Page.extend({ groupId: Id.optional(), status: DueFilter }).strict()

export const DueItem = z.object({
  householdId: z.string(),
  label: z.string(),
  groupId: z.string(),
  groupName: z.string(),
  managementType: ManagementType,
  planned: z.number().int(),
  done: z.number().int(),
  booked: z.number().int(),
  /** Still due this year: planned − done − booked. */
  due: z.number().int(),
  dueNow: z.boolean(),
  /** Plan periods that ended without a check-up (`2026P3`): say them with periodName(p, perYear). */
  overdue: z.array(z.string()),
  /** Plan periods a year for this household's type (4 → quarters, 2 → halves, 1 → the year). */
  perYear: z.number().int(),
  lastDoneDay: z.string().nullable(),
  /** Members working away (they send remote proofs). */
  workingAway: z.number().int(),
})
export type DueItem = z.infer<typeof DueItem>

export const DueGroup = z.object({
  id: z.string(),
  name: z.string(),
  households: z.number().int(),
  due: z.number().int(),
  overdue: z.number().int(),
})

export const DueListOutput = z.object({
  year: z.number().int(),
  today: z.string(),
  items: z.array(DueItem),
  total: z.number().int(),
  offset: z.number().int(),
  limit: z.number().int(),
  /** Counts for every group of the village (unfiltered by page). */
  groups: z.array(DueGroup),
})

/** The same list for the whole village as an Excel file (a temporary link). */
export const DueExportInput = z.object({ groupId: Id.optional(), status: DueFilter }).strict().default({ status: 'any' })
export const DueExportOutput = z.object({
  fileName: z.string(),
  fileId: z.string(),
  url: z.string(),
  rows: z.number().int(),
})

export type DueListInput = z.input<typeof DueListInput>
export type DueListOutput = z.infer<typeof DueListOutput>
export type DueExportInput = z.input<typeof DueExportInput>
export type DueExportOutput = z.infer<typeof DueExportOutput>
