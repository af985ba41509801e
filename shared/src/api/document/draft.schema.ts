import { z } from 'zod'
import { DocumentKind } from './document'

/**
 * A cadre writes the next version of one kind of document. A village has at most one open
 * version per kind: this creates it, or rewrites it while it is still a draft.
 */
export const DocumentDraftInput = z.object({
  kind: DocumentKind,
  title: z.string().trim().min(1, '请填写标题').max(60, '标题最多60个字'),
  body: z.string().trim().min(1, '请填写正文').max(20000, '正文最多20000个字'),
}).strict()
export const DocumentDraftOutput = z.object({ documentId: z.string(), version: z.number().int(), status: z.literal('draft') })
export type DocumentDraftInput = z.infer<typeof DocumentDraftInput>
export type DocumentDraftOutput = z.infer<typeof DocumentDraftOutput>
