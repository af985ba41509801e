import { z } from 'zod'
import { Id } from '../common'
import { ComplaintView } from './complaint'

/** A handler opens one complaint (with photo links for an hour). Reading a named one is logged for the complainant's household (谁查看了我家信息). */
export const ComplaintGetInput = z.object({ complaintId: Id }).strict()
export const ComplaintGetOutput = ComplaintView
export type ComplaintGetInput = z.input<typeof ComplaintGetInput>
export type ComplaintGetOutput = z.infer<typeof ComplaintGetOutput>
