import { z } from 'zod'
import { Id } from '../common'
import { EnrolmentCategory, EnrolmentChangeOutput, EnrolmentReason } from './enrolment'

/** A cadre approves (choosing the category, which may differ from the one requested) or rejects with a reason. */
export const EnrolmentDecideInput = z.discriminatedUnion('outcome', [
  z.object({ enrolmentId: Id, outcome: z.literal('approved'), category: EnrolmentCategory }).strict(),
  z.object({ enrolmentId: Id, outcome: z.literal('rejected'), reason: EnrolmentReason }).strict(),
])
export const EnrolmentDecideOutput = EnrolmentChangeOutput
export type EnrolmentDecideInput = z.infer<typeof EnrolmentDecideInput>
export type EnrolmentDecideOutput = z.infer<typeof EnrolmentDecideOutput>
