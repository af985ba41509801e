import { z } from 'zod'
import { NotifyTemplate } from './templates'

/** WeChat's answer per template in the success result of `requestSubscribeMessage`. */
export const SubscribeAnswer = z.enum(['accept', 'reject', 'ban', 'filter'])

/**
 * The client reports what the person answered in WeChat's `requestSubscribeMessage` (WeChat asks
 * for at most 3 templates at once). Each accepted one allows one more WeChat message.
 */
export const SubscriptionGrantInput = z.object({
  results: z.array(z.object({ template: NotifyTemplate, answer: SubscribeAnswer }).strict()).min(1).max(3)
    .refine((r) => new Set(r.map((x) => x.template)).size === r.length, { message: '同一提醒不能重复' }),
}).strict()
export const SubscriptionGrantOutput = z.object({
  items: z.array(z.object({ template: NotifyTemplate, remaining: z.number().int() })),
})
export type SubscriptionGrantInput = z.input<typeof SubscriptionGrantInput>
export type SubscriptionGrantOutput = z.infer<typeof SubscriptionGrantOutput>
