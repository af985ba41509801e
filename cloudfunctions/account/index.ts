import { createHandler } from '@chengxin/shared/src/server'
import { whoami } from './src/whoami'
import { redeemInvite } from './src/redeem-invite'

export const main = createHandler({
  'account.whoami': whoami,
  'invite.redeem': redeemInvite,
})
