import { z } from 'zod'
import { ComplaintChangeOutput, Locator } from './complaint'

/**
 * The complainant rates the latest answer, 1–5 stars and a comment, and says whether the problem
 * is solved: `resolved: true` → status resolved (final); false → stays answered (reopen within 7 days).
 * Rating again replaces the rating.
 */
export const ComplaintRateInput = z.object({
  locator: Locator,
  stars: z.number().int().min(1, '请选择1到5星').max(5, '请选择1到5星'),
  comment: z.string().trim().max(200, '评价不能超过200字').default(''),
  resolved: z.boolean(),
}).strict()
export const ComplaintRateOutput = ComplaintChangeOutput
export type ComplaintRateInput = z.input<typeof ComplaintRateInput>
export type ComplaintRateOutput = z.infer<typeof ComplaintRateOutput>
