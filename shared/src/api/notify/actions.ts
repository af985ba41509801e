import { spec } from '../spec'
import type { Role } from '../roles'
import { InboxListInput, InboxListOutput } from './inbox-list.schema'
import { InboxReadInput, InboxReadOutput } from './inbox-read.schema'
import { SubscriptionListInput, SubscriptionListOutput } from './subscription-list.schema'
import { SubscriptionGrantInput, SubscriptionGrantOutput } from './subscription-grant.schema'

const BOUND: Role[] = ['resident', 'cadre', 'panel', 'township']

export const NOTIFY_ACTIONS = {
  'inbox.list': spec({ fn: 'notify', input: InboxListInput, output: InboxListOutput, audience: BOUND, mutation: false, summary: '我的消息（最新在前，含未读数）', errors: [] }),
  'inbox.read': spec({ fn: 'notify', input: InboxReadInput, output: InboxReadOutput, audience: BOUND, mutation: true, summary: '把一条或全部消息标为已读', errors: ['NOT_FOUND', 'IDEMPOTENCY_CONFLICT'] }),
  'subscription.list': spec({ fn: 'notify', input: SubscriptionListInput, output: SubscriptionListOutput, audience: BOUND, mutation: false, summary: '可订阅的微信提醒及剩余条数', errors: [] }),
  'subscription.grant': spec({ fn: 'notify', input: SubscriptionGrantInput, output: SubscriptionGrantOutput, audience: BOUND, mutation: true, summary: '记录用户在订阅弹窗中同意的微信提醒', errors: ['IDEMPOTENCY_CONFLICT'] }),
} as const
