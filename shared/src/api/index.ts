// Every action: which function serves it, its schemas, who may call it, whether it changes
// anything (changes need a requestId). Clients import only the types from here.
import type { z } from 'zod'
import type { Audience } from './roles'
import { WhoamiInput, WhoamiOutput } from './account/whoami.schema'
import { InviteRedeemInput, InviteRedeemOutput } from './account/invite-redeem.schema'
import { CommitmentMineInput, CommitmentMineOutput } from './commitment/mine.schema'
import { CommitmentSignInput, CommitmentSignOutput } from './commitment/sign.schema'
import { CommitmentCountersignInput, CommitmentCountersignOutput } from './commitment/countersign.schema'
import { CommitmentListInput, CommitmentListOutput } from './commitment/list.schema'
import { CommitmentGetInput, CommitmentGetOutput } from './commitment/get.schema'

export interface ActionSpec<I extends z.ZodTypeAny = z.ZodTypeAny, O extends z.ZodTypeAny = z.ZodTypeAny> {
  fn: string
  input: I
  output: O
  audience: Audience
  mutation: boolean
  summary: string
}

const spec = <I extends z.ZodTypeAny, O extends z.ZodTypeAny>(s: ActionSpec<I, O>) => s

export const ACTIONS = {
  'account.whoami': spec({ fn: 'account', input: WhoamiInput, output: WhoamiOutput, audience: 'anyone', mutation: false, summary: '当前微信身份、角色与所属村户' }),
  'invite.redeem': spec({ fn: 'account', input: InviteRedeemInput, output: InviteRedeemOutput, audience: 'anyone', mutation: true, summary: '用邀请码绑定到户或角色，并记录隐私同意' }),
  'commitment.mine': spec({ fn: 'commitment', input: CommitmentMineInput, output: CommitmentMineOutput, audience: ['resident'], mutation: false, summary: '本户的双向承诺书（双方条款与签名）' }),
  'commitment.sign': spec({ fn: 'commitment', input: CommitmentSignInput, output: CommitmentSignOutput, audience: ['resident'], mutation: true, summary: '户主签署本户承诺书' }),
  'commitment.list': spec({ fn: 'commitment', input: CommitmentListInput, output: CommitmentListOutput, audience: ['cadre'], mutation: false, summary: '本村各户承诺书列表（可按状态筛选）' }),
  'commitment.get': spec({ fn: 'commitment', input: CommitmentGetInput, output: CommitmentGetOutput, audience: ['cadre'], mutation: false, summary: '查看本村某户的承诺书' }),
  'commitment.countersign': spec({ fn: 'commitment', input: CommitmentCountersignInput, output: CommitmentCountersignOutput, audience: ['cadre'], mutation: true, summary: '村专干会签承诺书' }),
} as const

export type ActionName = keyof typeof ACTIONS
export type InputOf<A extends ActionName> = z.input<(typeof ACTIONS)[A]['input']>
export type OutputOf<A extends ActionName> = z.infer<(typeof ACTIONS)[A]['output']>

export * from './errors'
export * from './roles'
export * from './envelope'
export * from './common'
export * from './account/whoami.schema'
export * from './account/invite-redeem.schema'
export * from './commitment/commitment'
export * from './commitment/mine.schema'
export * from './commitment/sign.schema'
export * from './commitment/countersign.schema'
export * from './commitment/list.schema'
export * from './commitment/get.schema'
