import { spec } from '../spec'
import { PlanMineInput, PlanMineOutput } from './plan-mine.schema'
import { SiteCreateInput, SiteCreateOutput, SiteListInput, SiteListOutput, SiteUpdateInput, SiteUpdateOutput } from './site.schema'
import { SlotCloseInput, SlotCloseOutput, SlotListInput, SlotListOutput, SlotOpenInput, SlotOpenOutput } from './slot.schema'
import { DueExportInput, DueExportOutput, DueListInput, DueListOutput } from './due.schema'
import { SavingsAssumptionsInput, SavingsAssumptionsUpdateOutput, SavingsGetInput, SavingsGetOutput } from './savings.schema'

export const CHECKUP_ACTIONS = {
  'plan.mine': spec({ fn: 'checkup', input: PlanMineInput, output: PlanMineOutput, audience: ['resident'], mutation: false, summary: '本户某年的检查计划：应检、已检、已约、待检（按计划期），在外务工成员的异地证明计划，本村规则', errors: [] }),
  'site.create': spec({ fn: 'checkup', input: SiteCreateInput, output: SiteCreateOutput, audience: ['township'], mutation: true, summary: '镇里新增检查点（名称、地址、位置）', errors: ['IDEMPOTENCY_CONFLICT'] }),
  'site.update': spec({ fn: 'checkup', input: SiteUpdateInput, output: SiteUpdateOutput, audience: ['township'], mutation: true, summary: '镇里修改检查点或停用', errors: ['NOT_FOUND', 'IDEMPOTENCY_CONFLICT'] }),
  'site.list': spec({ fn: 'checkup', input: SiteListInput, output: SiteListOutput, audience: ['resident', 'cadre', 'township'], mutation: false, summary: '本镇在用的检查点（镇里可含已停用）', errors: [] }),
  'slot.open': spec({ fn: 'checkup', input: SlotOpenInput, output: SlotOpenOutput, audience: ['cadre', 'township'], mutation: true, summary: '开放检查时段：单个时段或按星期批量（村专干为本村，镇里可指定本镇各村）', errors: ['NOT_FOUND', 'NOT_IN_VILLAGE', 'SITE_INACTIVE', 'IDEMPOTENCY_CONFLICT'] }),
  'slot.list': spec({ fn: 'checkup', input: SlotListInput, output: SlotListOutput, audience: ['resident', 'cadre', 'township'], mutation: false, summary: '检查时段（村民：今天起本村可约的时段和剩余名额；村专干：本村时段含已关闭；镇里：全镇）', errors: ['NOT_FOUND', 'NOT_IN_VILLAGE'] }),
  'slot.close': spec({ fn: 'checkup', input: SlotCloseInput, output: SlotCloseOutput, audience: ['cadre', 'township'], mutation: true, summary: '关闭检查时段并说明原因：已约的取消并通知各户', errors: ['NOT_FOUND', 'NOT_IN_VILLAGE', 'SLOT_CLOSED', 'IDEMPOTENCY_CONFLICT'] }),
  'due.list': spec({ fn: 'checkup', input: DueListInput, output: DueListOutput, audience: ['cadre'], mutation: false, summary: '本村本期待检和逾期未检的户（按村民组）', errors: [] }),
  'due.export': spec({ fn: 'checkup', input: DueExportInput, output: DueExportOutput, audience: ['cadre'], mutation: false, summary: '导出本村待检、逾期名单（Excel）', errors: [] }),
  'savings.get': spec({ fn: 'checkup', input: SavingsGetInput, output: SavingsGetOutput, audience: ['township'], mutation: false, summary: '全镇节约测算：异地证明免去的往返、诚信分类减少的检查轮次（含测算口径与公式）', errors: [] }),
  'savings.assumptions.update': spec({ fn: 'checkup', input: SavingsAssumptionsInput, output: SavingsAssumptionsUpdateOutput, audience: ['township'], mutation: true, summary: '修改节约测算口径（每村每轮费用、村均户数、每次往返费用）', errors: ['IDEMPOTENCY_CONFLICT'] }),
} as const
