import { createHandler } from '@chengxin/shared/src/server'
import { whoami } from './src/whoami'
import { redeemInvite } from './src/redeem-invite'
import { createInvite } from './src/create-invite'
import { listInvites } from './src/list-invites'
import { assignPanel } from './src/assign-panel'
import { listPanel } from './src/list-panel'

export const main = createHandler({
  'account.whoami': whoami,
  'invite.redeem': redeemInvite,
  'invite.create': createInvite,
  'invite.list': listInvites,
  'panel.assign': assignPanel,
  'panel.list': listPanel,
})
