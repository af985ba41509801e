import { z } from 'zod'
import { Id } from '../common'
import { EnrolmentChangeOutput, EnrolmentReason } from './enrolment'

/** A cadre revokes an approved enrolment, with a reason; the household returns to contract management. */
export const EnrolmentRevokeInput = z.object({ enrolmentId: Id, reason: EnrolmentReason }).strict()
export const EnrolmentRevokeOutput = EnrolmentChangeOutput
export type EnrolmentRevokeInput = z.infer<typeof EnrolmentRevokeInput>
export type EnrolmentRevokeOutput = z.infer<typeof EnrolmentRevokeOutput>
