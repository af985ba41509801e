import { z } from 'zod'
import { EnrolmentCategory, EnrolmentChangeOutput } from './enrolment'

/** The household head's written application (申请书) for one of the three categories. */
export const EnrolmentApplyInput = z.object({
  category: EnrolmentCategory,
  statement: z.string().trim().min(1, '请填写申请书内容').max(2000, '申请书不能超过2000字'),
}).strict()
export const EnrolmentApplyOutput = EnrolmentChangeOutput
export type EnrolmentApplyInput = z.infer<typeof EnrolmentApplyInput>
export type EnrolmentApplyOutput = z.infer<typeof EnrolmentApplyOutput>
