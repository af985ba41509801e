import { spec } from '../spec'
import { EnrolmentApplyInput, EnrolmentApplyOutput } from './apply.schema'
import { EnrolmentDecideInput, EnrolmentDecideOutput } from './decide.schema'
import { EnrolmentWithdrawInput, EnrolmentWithdrawOutput } from './withdraw.schema'
import { EnrolmentRevokeInput, EnrolmentRevokeOutput } from './revoke.schema'
import { EnrolmentMineInput, EnrolmentMineOutput } from './mine.schema'
import { EnrolmentListInput, EnrolmentListOutput } from './list.schema'

export const ENROLMENT_ACTIONS = {
  'enrolment.mine': spec({ fn: 'enrolment', input: EnrolmentMineInput, output: EnrolmentMineOutput, audience: ['resident'], mutation: false, summary: '本户的管理类型、在办申请和全部申请记录', errors: [] }),
  'enrolment.apply': spec({ fn: 'enrolment', input: EnrolmentApplyInput, output: EnrolmentApplyOutput, audience: ['resident'], mutation: true, summary: '户主书面申请纳入诚信管理（公认/承诺/行为诚信）', errors: ['NOT_HOUSEHOLD_HEAD', 'ENROLMENT_OPEN', 'IDEMPOTENCY_CONFLICT'] }),
  'enrolment.withdraw': spec({ fn: 'enrolment', input: EnrolmentWithdrawInput, output: EnrolmentWithdrawOutput, audience: ['resident'], mutation: true, summary: '户主撤回待审核的申请，或退出诚信管理回到协议管理', errors: ['NOT_FOUND', 'NOT_IN_VILLAGE', 'NOT_HOUSEHOLD_HEAD', 'ENROLMENT_STATE', 'IDEMPOTENCY_CONFLICT'] }),
  'enrolment.list': spec({ fn: 'enrolment', input: EnrolmentListInput, output: EnrolmentListOutput, audience: ['cadre'], mutation: false, summary: '本村的诚信管理申请列表（可按状态筛选）', errors: [] }),
  'enrolment.decide': spec({ fn: 'enrolment', input: EnrolmentDecideInput, output: EnrolmentDecideOutput, audience: ['cadre'], mutation: true, summary: '村专干批准（确定类别）或驳回（说明理由）申请', errors: ['NOT_FOUND', 'NOT_IN_VILLAGE', 'ENROLMENT_STATE', 'IDEMPOTENCY_CONFLICT'] }),
  'enrolment.revoke': spec({ fn: 'enrolment', input: EnrolmentRevokeInput, output: EnrolmentRevokeOutput, audience: ['cadre'], mutation: true, summary: '村专干说明理由取消已批准的诚信管理，该户回到协议管理', errors: ['NOT_FOUND', 'NOT_IN_VILLAGE', 'ENROLMENT_STATE', 'IDEMPOTENCY_CONFLICT'] }),
} as const
