import { defineAction } from '@chengxin/shared/src/server'
import { NOTIFY_TEMPLATE_LABELS, NotifyTemplate } from '@chengxin/shared/src/api/notify/templates'
import { templateId } from './wechat-templates'

/** Every reminder the caller can subscribe to, with WeChat's template id and what is left. */
export const subscriptions = defineAction<'subscription.list'>()({
  preload: (_input, caller) => ({ held: { from: 'subscriptions', match: { openid: caller.openid }, limit: 50 } }),

  async run(ctx) {
    const held = new Map((ctx.preloaded.held).map((s) => [s.template, s.remaining]))
    const items = NotifyTemplate.options.map((template) => ({
      template, label: NOTIFY_TEMPLATE_LABELS[template], templateId: templateId(template), remaining: held.get(template) ?? 0,
    }))
    return { items }
  },
})
