import { spec } from '../spec'
import { WhoamiInput, WhoamiOutput } from './whoami.schema'
import { InviteRedeemInput, InviteRedeemOutput } from './invite-redeem.schema'

export const ACCOUNT_ACTIONS = {
  'account.whoami': spec({ fn: 'account', input: WhoamiInput, output: WhoamiOutput, audience: 'anyone', mutation: false, summary: '当前微信身份、角色与所属村户' }),
  'invite.redeem': spec({ fn: 'account', input: InviteRedeemInput, output: InviteRedeemOutput, audience: 'anyone', mutation: true, summary: '用邀请码绑定到户或角色，并记录隐私同意' }),
} as const
