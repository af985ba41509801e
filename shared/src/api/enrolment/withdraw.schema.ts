import { z } from 'zod'
import { Id } from '../common'
import { EnrolmentChangeOutput } from './enrolment'

/** The household head withdraws a pending application or leaves an approved enrolment (back to contract management). */
export const EnrolmentWithdrawInput = z.object({ enrolmentId: Id }).strict()
export const EnrolmentWithdrawOutput = EnrolmentChangeOutput
export type EnrolmentWithdrawInput = z.infer<typeof EnrolmentWithdrawInput>
export type EnrolmentWithdrawOutput = z.infer<typeof EnrolmentWithdrawOutput>
