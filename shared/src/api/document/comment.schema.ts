import { z } from 'zod'
import { Id, Instant } from '../common'

/** A resident's opinion on a version while it is on public notice. */
export const DocumentCommentInput = z.object({
  documentId: Id,
  text: z.string().trim().min(1, '请填写意见').max(500, '意见最多500个字'),
}).strict()
export const DocumentCommentOutput = z.object({ commentId: z.string(), documentId: z.string(), at: Instant })
export type DocumentCommentInput = z.infer<typeof DocumentCommentInput>
export type DocumentCommentOutput = z.infer<typeof DocumentCommentOutput>
