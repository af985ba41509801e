import { z } from 'zod'
import { Id } from '../common'
import { ComplaintChangeOutput, ComplaintReason } from './complaint'

/** A handler accepts a submitted complaint (受理); the answer deadline runs from the filing day. */
export const ComplaintAcceptInput = z.object({ complaintId: Id }).strict()
export const ComplaintAcceptOutput = ComplaintChangeOutput

/** A handler extends the answer deadline once or more, 1–30 days, with a reason the complainant sees. */
export const ComplaintExtendInput = z.object({
  complaintId: Id,
  days: z.number().int().min(1, '至少延长1天').max(30, '一次最多延长30天'),
  reason: ComplaintReason,
}).strict()
export const ComplaintExtendOutput = ComplaintChangeOutput

/** A handler closes it unresolved (办结未解决), saying plainly why; the complainant sees the reason. Irreversible: confirm first. */
export const ComplaintCloseInput = z.object({ complaintId: Id, reason: ComplaintReason }).strict()
export const ComplaintCloseOutput = ComplaintChangeOutput

/** A supervision-group handler transfers it to the township (移交镇里), with a reason. */
export const ComplaintEscalateInput = z.object({ complaintId: Id, reason: ComplaintReason }).strict()
export const ComplaintEscalateOutput = ComplaintChangeOutput

export type ComplaintAcceptInput = z.input<typeof ComplaintAcceptInput>
export type ComplaintExtendInput = z.input<typeof ComplaintExtendInput>
export type ComplaintCloseInput = z.input<typeof ComplaintCloseInput>
export type ComplaintEscalateInput = z.input<typeof ComplaintEscalateInput>
export type ComplaintHandleOutput = z.infer<typeof ComplaintChangeOutput>
