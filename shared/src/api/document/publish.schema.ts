import { z } from 'zod'
import { Id } from '../common'
import { NOTICE_DAYS, DocumentNotice } from './document'

/** A cadre puts a draft on public notice (公示) for a number of whole days. */
export const DocumentPublishInput = z.object({
  documentId: Id,
  noticeDays: z.number().int('公示天数应为整数')
    .min(NOTICE_DAYS.min, `公示期至少${NOTICE_DAYS.min}天`).max(NOTICE_DAYS.max, `公示期最多${NOTICE_DAYS.max}天`)
    .default(NOTICE_DAYS.default),
}).strict()
export const DocumentPublishOutput = z.object({ documentId: z.string(), version: z.number().int(), status: z.literal('notice'), notice: DocumentNotice })
export type DocumentPublishInput = z.input<typeof DocumentPublishInput>
export type DocumentPublishOutput = z.infer<typeof DocumentPublishOutput>
