import { spec } from '../spec'
import { CommitmentMineInput, CommitmentMineOutput } from './mine.schema'
import { CommitmentSignInput, CommitmentSignOutput } from './sign.schema'
import { CommitmentCountersignInput, CommitmentCountersignOutput } from './countersign.schema'
import { CommitmentListInput, CommitmentListOutput } from './list.schema'
import { CommitmentGetInput, CommitmentGetOutput } from './get.schema'

export const COMMITMENT_ACTIONS = {
  'commitment.mine': spec({ fn: 'commitment', input: CommitmentMineInput, output: CommitmentMineOutput, audience: ['resident'], mutation: false, summary: '本户的双向承诺书（双方条款与签名）', errors: [] }),
  'commitment.sign': spec({ fn: 'commitment', input: CommitmentSignInput, output: CommitmentSignOutput, audience: ['resident'], mutation: true, summary: '户主签署本户承诺书', errors: ['NOT_FOUND', 'NOT_IN_VILLAGE', 'NOT_HOUSEHOLD_HEAD', 'COMMITMENT_STATE', 'CONTENT_CHANGED', 'CONTENT_MISMATCH', 'IDEMPOTENCY_CONFLICT'] }),
  'commitment.list': spec({ fn: 'commitment', input: CommitmentListInput, output: CommitmentListOutput, audience: ['cadre'], mutation: false, summary: '本村各户承诺书列表（可按状态筛选）', errors: [] }),
  'commitment.get': spec({ fn: 'commitment', input: CommitmentGetInput, output: CommitmentGetOutput, audience: ['cadre'], mutation: false, summary: '查看本村某户的承诺书', errors: ['NOT_FOUND', 'NOT_IN_VILLAGE'] }),
  'commitment.countersign': spec({ fn: 'commitment', input: CommitmentCountersignInput, output: CommitmentCountersignOutput, audience: ['cadre'], mutation: true, summary: '村专干会签承诺书', errors: ['NOT_FOUND', 'NOT_IN_VILLAGE', 'COMMITMENT_STATE', 'CONTENT_CHANGED', 'CONTENT_MISMATCH', 'IDEMPOTENCY_CONFLICT'] }),
} as const
