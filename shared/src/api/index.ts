// Every action of every function. Each bounded context declares its own in
// `<context>/actions.ts`; clients import only the types from here.
import type { z } from 'zod'
import { ACCOUNT_ACTIONS } from './account/actions'
import { COMMITMENT_ACTIONS } from './commitment/actions'
import { HOUSEHOLD_ACTIONS } from './household/actions'
import { NOTIFY_ACTIONS } from './notify/actions'
import { ENROLMENT_ACTIONS } from './enrolment/actions'
import { DOCUMENT_ACTIONS } from './document/actions'
import { PROOF_ACTIONS } from './proof/actions'
import { BOOKING_ACTIONS } from './booking/actions'
import { CHECKUP_ACTIONS } from './checkup/actions'

export const ACTIONS = {
  ...ACCOUNT_ACTIONS,
  ...COMMITMENT_ACTIONS,
  ...HOUSEHOLD_ACTIONS,
  ...NOTIFY_ACTIONS,
  ...ENROLMENT_ACTIONS,
  ...DOCUMENT_ACTIONS,
  ...PROOF_ACTIONS,
  ...BOOKING_ACTIONS,
  ...CHECKUP_ACTIONS,
} as const

export type ActionName = keyof typeof ACTIONS
export type InputOf<A extends ActionName> = z.input<(typeof ACTIONS)[A]['input']>
export type OutputOf<A extends ActionName> = z.infer<(typeof ACTIONS)[A]['output']>

export * from './spec'
export * from './errors'
export * from './roles'
export * from './envelope'
export * from './common'
export * from './account/whoami.schema'
export * from './account/invite-redeem.schema'
export * from './account/invite-create.schema'
export * from './account/invite-list.schema'
export * from './account/panel'
export * from './account/panel-assign.schema'
export * from './account/panel-list.schema'
export * from './household/household'
export * from './household/list.schema'
export * from './household/get.schema'
export * from './household/create.schema'
export * from './household/update.schema'
export * from './household/archive.schema'
export * from './household/views.schema'
export * from './commitment/commitment'
export * from './commitment/mine.schema'
export * from './commitment/sign.schema'
export * from './commitment/countersign.schema'
export * from './commitment/list.schema'
export * from './commitment/get.schema'
export * from './commitment/template.schema'
export * from './commitment/stats.schema'
export * from './enrolment/enrolment'
export * from './enrolment/apply.schema'
export * from './enrolment/decide.schema'
export * from './enrolment/withdraw.schema'
export * from './enrolment/revoke.schema'
export * from './enrolment/mine.schema'
export * from './enrolment/list.schema'
export * from './notify/templates'
export * from './notify/inbox-list.schema'
export * from './notify/inbox-read.schema'
export * from './notify/subscription-list.schema'
export * from './notify/subscription-grant.schema'
export * from './document/document'
export * from './document/list.schema'
export * from './document/get.schema'
export * from './document/history.schema'
export * from './document/draft.schema'
export * from './document/publish.schema'
export * from './document/adopt.schema'
export * from './document/comment.schema'
export * from './proof/proof'
export * from './proof/upload-path.schema'
export * from './proof/submit.schema'
export * from './proof/mine.schema'
export * from './proof/list.schema'
export * from './proof/decide.schema'
export * from './booking/booking'
export * from './booking/create.schema'
export * from './booking/change.schema'
export * from './booking/mine.schema'
export * from './booking/waitlist.schema'
export * from './booking/slot-bookings.schema'
export * from './booking/attendance.schema'
export * from './checkup/checkup'
export * from './checkup/plan-mine.schema'
export * from './checkup/site.schema'
export * from './checkup/slot.schema'
export * from './checkup/due.schema'
export * from './checkup/savings.schema'
