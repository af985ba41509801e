import { z } from 'zod'
import { NotifyTemplate } from './templates'

/**
 * Which WeChat reminders the caller can ask for: the client passes `templateId`s to
 * WeChat's `requestSubscribeMessage` and reports the answer with `subscription.grant`.
 */
export const SubscriptionListInput = z.object({}).strict()
export const SubscriptionItem = z.object({
  template: NotifyTemplate,
  label: z.string(),
  /** WeChat's template id, for `requestSubscribeMessage`. */
  templateId: z.string(),
  /** Messages WeChat will still let us send (one per accepted request). */
  remaining: z.number().int(),
})
export const SubscriptionListOutput = z.object({ items: z.array(SubscriptionItem) })
export type SubscriptionListInput = z.input<typeof SubscriptionListInput>
export type SubscriptionItem = z.infer<typeof SubscriptionItem>
export type SubscriptionListOutput = z.infer<typeof SubscriptionListOutput>
