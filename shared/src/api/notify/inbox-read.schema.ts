import { z } from 'zod'

/** Inbox ids are `${requestId}#${entry}#${openid}`: wider than the common Id. */
export const InboxId = z.string().min(1).max(200).regex(/^[A-Za-z0-9_:.#-]+$/, '消息编号格式不正确')

/** Marks one message (`id`) or all of the caller's messages (`all: true`) as read. */
export const InboxReadInput = z.object({
  id: InboxId.optional(),
  all: z.literal(true).optional(),
}).strict().refine((i) => (i.id === undefined) !== (i.all === undefined), { message: '请指定一条消息，或选择全部已读' })
export const InboxReadOutput = z.object({
  /** Messages this call marked (0 when they were already read). */
  marked: z.number().int(),
  unread: z.number().int(),
})
export type InboxReadInput = z.input<typeof InboxReadInput>
export type InboxReadOutput = z.infer<typeof InboxReadOutput>
