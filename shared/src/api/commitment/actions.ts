import { spec } from '../spec'
import { CommitmentMineInput, CommitmentMineOutput } from './mine.schema'
import { CommitmentSignInput, CommitmentSignOutput } from './sign.schema'
import { CommitmentCountersignInput, CommitmentCountersignOutput } from './countersign.schema'
import { CommitmentListInput, CommitmentListOutput } from './list.schema'
import { CommitmentGetInput, CommitmentGetOutput } from './get.schema'
import { CommitmentTemplateGetInput, CommitmentTemplateGetOutput, CommitmentTemplatePublishInput, CommitmentTemplatePublishOutput } from './template.schema'
import { CommitmentStatsInput, CommitmentStatsOutput } from './stats.schema'

export const COMMITMENT_ACTIONS = {
  'commitment.mine': spec({ fn: 'commitment', input: CommitmentMineInput, output: CommitmentMineOutput, audience: ['resident'], mutation: false, summary: '本户的双向承诺书（双方条款与签名）', errors: [] }),
  'commitment.sign': spec({ fn: 'commitment', input: CommitmentSignInput, output: CommitmentSignOutput, audience: ['resident'], mutation: true, summary: '户主签署本户承诺书', errors: ['NOT_FOUND', 'NOT_IN_VILLAGE', 'NOT_HOUSEHOLD_HEAD', 'COMMITMENT_STATE', 'CONTENT_CHANGED', 'CONTENT_MISMATCH', 'IDEMPOTENCY_CONFLICT'] }),
  'commitment.list': spec({ fn: 'commitment', input: CommitmentListInput, output: CommitmentListOutput, audience: ['cadre'], mutation: false, summary: '本村各户承诺书列表（可按状态筛选）', errors: [] }),
  'commitment.get': spec({ fn: 'commitment', input: CommitmentGetInput, output: CommitmentGetOutput, audience: ['cadre'], mutation: false, summary: '查看本村某户的承诺书', errors: ['NOT_FOUND', 'NOT_IN_VILLAGE'] }),
  'commitment.countersign': spec({ fn: 'commitment', input: CommitmentCountersignInput, output: CommitmentCountersignOutput, audience: ['cadre'], mutation: true, summary: '村专干会签承诺书', errors: ['NOT_FOUND', 'NOT_IN_VILLAGE', 'COMMITMENT_STATE', 'CONTENT_CHANGED', 'CONTENT_MISMATCH', 'IDEMPOTENCY_CONFLICT'] }),
  'commitment.template.get': spec({ fn: 'commitment', input: CommitmentTemplateGetInput, output: CommitmentTemplateGetOutput, audience: ['cadre'], mutation: false, summary: '本村当前的承诺书模板', errors: [] }),
  'commitment.template.publish': spec({ fn: 'commitment', input: CommitmentTemplatePublishInput, output: CommitmentTemplatePublishOutput, audience: ['cadre'], mutation: true, summary: '发布新版承诺书模板，各户需重新签署', errors: ['VERSION_CONFLICT', 'IDEMPOTENCY_CONFLICT'] }),
  'commitment.stats': spec({ fn: 'commitment', input: CommitmentStatsInput, output: CommitmentStatsOutput, audience: ['cadre', 'township'], mutation: false, summary: '应签、已签与签约率（村按村民组，镇按村）', errors: ['NOT_IN_VILLAGE', 'NOT_FOUND'] }),
} as const
