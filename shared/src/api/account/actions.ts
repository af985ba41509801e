import { spec } from '../spec'
import { WhoamiInput, WhoamiOutput } from './whoami.schema'
import { InviteRedeemInput, InviteRedeemOutput } from './invite-redeem.schema'

export const ACCOUNT_ACTIONS = {
  'account.whoami': spec({ fn: 'account', input: WhoamiInput, output: WhoamiOutput, audience: 'anyone', mutation: false, summary: '当前微信身份、角色与所属村户', errors: [] }),
  'invite.redeem': spec({ fn: 'account', input: InviteRedeemInput, output: InviteRedeemOutput, audience: 'anyone', mutation: true, summary: '用邀请码绑定到户或角色，并记录隐私同意', errors: ['INVITE_INVALID', 'INVITE_USED', 'ALREADY_BOUND', 'NOT_IN_VILLAGE', 'IDEMPOTENCY_CONFLICT'] }),
} as const
