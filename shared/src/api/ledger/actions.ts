import { spec } from '../spec'
import { LedgerRecordInput, LedgerRecordOutput } from './record.schema'
import { LedgerApproveInput, LedgerApproveOutput, LedgerRejectInput, LedgerRejectOutput } from './decide.schema'
import { LedgerListInput, LedgerListOutput } from './list.schema'
import { LedgerSummaryInput, LedgerSummaryOutput } from './summary.schema'
import { LedgerVerifyInput, LedgerVerifyOutput } from './verify.schema'
import { LedgerExportInput, LedgerExportOutput } from './export.schema'
import { LedgerPublishInput, LedgerPublishOutput } from './publish.schema'
import { LedgerHouseholdsInput, LedgerHouseholdsOutput } from './households.schema'

export const LEDGER_ACTIONS = {
  'ledger.record': spec({ fn: 'ledger', input: LedgerRecordInput, output: LedgerRecordOutput, audience: ['panel'], mutation: true, summary: '理财小组成员登记一笔账（违约金、奖励、收入、支出或冲正），待另一成员审核', errors: ['NOT_FINANCE_MEMBER', 'NOT_FOUND', 'NOT_IN_VILLAGE', 'LEDGER_ITEM_UNKNOWN', 'LEDGER_NOT_REVERSIBLE', 'LEDGER_REVERSED', 'PHOTO_INVALID', 'IDEMPOTENCY_CONFLICT'] }),
  'ledger.approve': spec({ fn: 'ledger', input: LedgerApproveInput, output: LedgerApproveOutput, audience: ['panel'], mutation: true, summary: '另一名理财小组成员审核通过，账目按顺序记入哈希链', errors: ['NOT_FINANCE_MEMBER', 'NOT_FOUND', 'NOT_IN_VILLAGE', 'LEDGER_SAME_PERSON', 'LEDGER_OWN_HOUSEHOLD', 'LEDGER_STATE', 'LEDGER_REVERSED', 'IDEMPOTENCY_CONFLICT'] }),
  'ledger.reject': spec({ fn: 'ledger', input: LedgerRejectInput, output: LedgerRejectOutput, audience: ['panel'], mutation: true, summary: '另一名理财小组成员说明理由退回待审核的账目', errors: ['NOT_FINANCE_MEMBER', 'NOT_FOUND', 'NOT_IN_VILLAGE', 'LEDGER_SAME_PERSON', 'LEDGER_OWN_HOUSEHOLD', 'LEDGER_STATE', 'IDEMPOTENCY_CONFLICT'] }),
  'ledger.list': spec({ fn: 'ledger', input: LedgerListInput, output: LedgerListOutput, audience: ['resident', 'panel', 'cadre'], mutation: false, summary: '本村账目（其他农户显示为“某户”）、本户账目，或理财小组的待审核队列', errors: ['NOT_FINANCE_MEMBER'] }),
  'ledger.summary': spec({ fn: 'ledger', input: LedgerSummaryInput, output: LedgerSummaryOutput, audience: ['resident', 'panel', 'cadre', 'township'], mutation: false, summary: '按季度的收支合计；镇里看各村', errors: ['NOT_FOUND', 'NOT_IN_VILLAGE'] }),
  'ledger.verify': spec({ fn: 'ledger', input: LedgerVerifyInput, output: LedgerVerifyOutput, audience: ['resident', 'panel', 'cadre', 'township'], mutation: false, summary: '重新计算本村账目的哈希链，报告账目完整或断在哪一条', errors: ['NOT_FOUND', 'NOT_IN_VILLAGE'] }),
  'ledger.export': spec({ fn: 'ledger', input: LedgerExportInput, output: LedgerExportOutput, audience: ['resident', 'panel', 'cadre', 'township'], mutation: false, summary: '导出账目和季度汇总的 Excel（公开版，含哈希，可自行核验）', errors: ['NOT_FOUND', 'NOT_IN_VILLAGE'] }),
  'ledger.publish': spec({ fn: 'ledger', input: LedgerPublishInput, output: LedgerPublishOutput, audience: ['panel', 'cadre'], mutation: true, summary: '把一个季度的收支汇总张榜公示，并通知本村各户', errors: ['NOT_FINANCE_MEMBER', 'LEDGER_QUARTER', 'VERSION_CONFLICT', 'IDEMPOTENCY_CONFLICT'] }),
  'ledger.households': spec({ fn: 'ledger', input: LedgerHouseholdsInput, output: LedgerHouseholdsOutput, audience: ['panel'], mutation: false, summary: '理财小组成员登记账目时选择本村农户（仅户名和村民组，可按户名查找）', errors: ['NOT_FINANCE_MEMBER'] }),
} as const
