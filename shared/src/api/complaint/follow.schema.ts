import { z } from 'zod'
import { ComplaintView, Receipt } from './complaint'

/**
 * The complainant reads their complaints by the receipt codes kept on the device (or typed):
 * the complaints page calls it when opened (anonymous complainants get no push). Unknown codes
 * come back in `unknown`, never as an error, so one mistyped code does not hide the others.
 */
export const ComplaintFollowInput = z.object({ receipts: z.array(Receipt).min(1).max(20) }).strict()
export const ComplaintFollowOutput = z.object({
  items: z.array(z.object({ receipt: z.string(), complaint: ComplaintView })),
  /** Receipts (normalised) that name no complaint. */
  unknown: z.array(z.string()),
})
export type ComplaintFollowInput = z.input<typeof ComplaintFollowInput>
export type ComplaintFollowOutput = z.infer<typeof ComplaintFollowOutput>
