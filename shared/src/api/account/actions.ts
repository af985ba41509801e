import { spec } from '../spec'
import { WhoamiInput, WhoamiOutput } from './whoami.schema'
import { InviteRedeemInput, InviteRedeemOutput } from './invite-redeem.schema'
import { InviteCreateInput, InviteCreateOutput } from './invite-create.schema'
import { InviteListInput, InviteListOutput } from './invite-list.schema'
import { PanelAssignInput, PanelAssignOutput } from './panel-assign.schema'
import { PanelListInput, PanelListOutput } from './panel-list.schema'

export const ACCOUNT_ACTIONS = {
  'account.whoami': spec({ fn: 'account', input: WhoamiInput, output: WhoamiOutput, audience: 'anyone', mutation: false, summary: '当前微信身份、角色与所属村户（未绑定的微信不留任何记录）', errors: [] }),
  'invite.redeem': spec({ fn: 'account', input: InviteRedeemInput, output: InviteRedeemOutput, audience: 'anyone', mutation: true, summary: '用邀请码绑定到户或角色，并记录隐私同意；已绑定的微信只能在确认后为自己增加身份，不会被改绑或改名', errors: ['INVITE_INVALID', 'INVITE_USED', 'ALREADY_BOUND', 'ALREADY_HELD', 'CONFIRM_ADD_ROLE', 'VERSION_CONFLICT', 'IDEMPOTENCY_CONFLICT'] }),
  'invite.create': spec({ fn: 'account', input: InviteCreateInput, output: InviteCreateOutput, audience: ['township', 'cadre'], mutation: true, summary: '镇里为某村发村专干邀请码；村专干为本村某户成员发邀请码（附小程序码）', errors: ['NOT_FOUND', 'NOT_IN_VILLAGE', 'HOUSEHOLD_ARCHIVED', 'MEMBER_BOUND', 'IDEMPOTENCY_CONFLICT'] }),
  'invite.list': spec({ fn: 'account', input: InviteListInput, output: InviteListOutput, audience: ['township', 'cadre'], mutation: false, summary: '未使用且未过期的邀请码：村专干看本村成员邀请，镇里看村专干邀请', errors: ['NOT_IN_VILLAGE'] }),
  'panel.assign': spec({ fn: 'account', input: PanelAssignInput, output: PanelAssignOutput, audience: ['cadre'], mutation: true, summary: '村专干指定本村已绑定的村民加入评议、监督、理财小组（清空即退出）', errors: ['NOT_IN_VILLAGE', 'MEMBER_NOT_BOUND', 'IDEMPOTENCY_CONFLICT'] }),
  'panel.list': spec({ fn: 'account', input: PanelListInput, output: PanelListOutput, audience: ['cadre'], mutation: false, summary: '本村评议、监督、理财小组成员', errors: [] }),
} as const
