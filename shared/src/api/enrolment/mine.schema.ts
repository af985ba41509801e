import { z } from 'zod'
import { EnrolmentView, ManagementType } from './enrolment'

export const EnrolmentMineInput = z.object({}).strict().default({})
export const EnrolmentMineOutput = z.object({
  managementType: ManagementType,
  /** Since when the household is under its current management type; null if never changed. */
  managementSince: z.string().nullable(),
  /** The pending or approved application, if any. */
  current: EnrolmentView.nullable(),
  /** Every application of the household, newest first (at most 50). */
  history: z.array(EnrolmentView),
  canApply: z.boolean(),
  canWithdraw: z.boolean(),
})
export type EnrolmentMineInput = z.infer<typeof EnrolmentMineInput>
export type EnrolmentMineOutput = z.infer<typeof EnrolmentMineOutput>
