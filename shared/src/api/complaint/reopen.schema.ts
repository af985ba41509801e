import { z } from 'zod'
import { ComplaintChangeOutput, ComplaintReason, Locator } from './complaint'

/**
 * The complainant reopens an answered (or closed) complaint within 7 days of the answer, saying
 * why: back to accepted with a fresh answer deadline. The second reopening goes to the township.
 */
export const ComplaintReopenInput = z.object({ locator: Locator, reason: ComplaintReason }).strict()
export const ComplaintReopenOutput = ComplaintChangeOutput
export type ComplaintReopenInput = z.input<typeof ComplaintReopenInput>
export type ComplaintReopenOutput = z.infer<typeof ComplaintReopenOutput>
