import { z } from 'zod'
import { Page, PageOf } from '../common'
import { ComplaintCategory, ComplaintStatus, ComplaintSummary } from './complaint'

/**
 * The handlers' workbench: complaints routed to the caller — a supervision-group member's
 * village (never one that names them or their household), or the township's. Overdue first,
 * then oldest deadline first. `open` (default): submitted, accepted and answered.
 */
export const ComplaintListInput = Page.extend({
  status: z.union([ComplaintStatus, z.literal('open'), z.literal('all')]).default('open'),
  category: ComplaintCategory.optional(),
}).strict()
export const ComplaintListOutput = PageOf(ComplaintSummary).extend({
  /** Which desk the caller works at. */
  desk: z.enum(['supervision', 'township']),
  overdue: z.number().int(),
})
export type ComplaintListInput = z.input<typeof ComplaintListInput>
export type ComplaintListOutput = z.infer<typeof ComplaintListOutput>
