import { z } from 'zod'
import { Instant, Page } from '../common'

/** The caller's own in-app messages, newest first, with the unread count for the badge. */
export const InboxListInput = Page.extend({ unreadOnly: z.boolean().default(false) }).strict()
export const InboxMessage = z.object({
  id: z.string(),
  template: z.string(),
  title: z.string(),
  body: z.string(),
  /** The mini-program page the message opens. */
  page: z.string(),
  at: Instant,
  readAt: Instant.nullable(),
})
export const InboxListOutput = z.object({
  items: z.array(InboxMessage),
  total: z.number().int(),
  offset: z.number().int(),
  limit: z.number().int(),
  unread: z.number().int(),
})
export type InboxListInput = z.input<typeof InboxListInput>
export type InboxMessage = z.infer<typeof InboxMessage>
export type InboxListOutput = z.infer<typeof InboxListOutput>
