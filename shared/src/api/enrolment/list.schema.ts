import { z } from 'zod'
import { Page, PageOf } from '../common'
import { EnrolmentStatus, EnrolmentView } from './enrolment'

/** A cadre's page of their village's applications, e.g. those pending a decision. */
export const EnrolmentListInput = Page.extend({ status: EnrolmentStatus.optional() }).strict()
export const EnrolmentListOutput = PageOf(EnrolmentView)
export type EnrolmentListInput = z.input<typeof EnrolmentListInput>
export type EnrolmentListOutput = z.infer<typeof EnrolmentListOutput>
