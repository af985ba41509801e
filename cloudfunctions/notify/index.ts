import { createHandler, withTimers } from '@chengxin/shared/src/server'
import { list } from './src/inbox-list'
import { read } from './src/inbox-read'
import { subscriptions } from './src/subscription-list'
import { grant } from './src/subscription-grant'
import { relay } from './src/relay'

const handle = createHandler({
  'inbox.list': list,
  'inbox.read': read,
  'subscription.list': subscriptions,
  'subscription.grant': grant,
})

/** Timer triggers run the outbox relay; everything a client sends goes through the actions. */
export const main = withTimers({ relay }, handle)
