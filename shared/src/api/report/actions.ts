import { spec } from '../spec'
import { WorkTodayInput, WorkTodayOutput } from './work-today.schema'
import {
  DashboardTownshipInput, DashboardTownshipOutput, DashboardTrendInput, DashboardTrendOutput, DashboardVillageInput, DashboardVillageOutput,
} from './dashboard.schema'
import {
  AssessmentListInput, AssessmentListOutput, AssessmentOpenInput, AssessmentOpenOutput, AssessmentScoreInput, AssessmentScoreOutput,
} from './assessment.schema'
import { ReportExportInput, ReportExportOutput } from './export.schema'
import { NoticeSheetInput, NoticeSheetOutput } from './notice.schema'

export const REPORT_ACTIONS = {
  'work.today': spec({ fn: 'report', input: WorkTodayInput, output: WorkTodayOutput, audience: ['cadre', 'panel', 'township'], mutation: false, summary: '首页的今日待办：按身份列出待会签、待审核、今天的时段、逾期农户、投诉、账目、评议等数量，点开是对应的清单', errors: [] }),
  'dashboard.village': spec({ fn: 'report', input: DashboardVillageInput, output: DashboardVillageOutput, audience: ['cadre', 'township'], mutation: false, summary: '一个村的工作看板（按村民组），可点开某个数字背后的农户名单', errors: ['NOT_FOUND', 'NOT_IN_VILLAGE'] }),
  'dashboard.township': spec({ fn: 'report', input: DashboardTownshipInput, output: DashboardTownshipOutput, audience: ['township'], mutation: false, summary: '全镇工作看板：合计和各村数字（按名册顺序，不排名），可附全县合计', errors: [] }),
  'dashboard.trend': spec({ fn: 'report', input: DashboardTrendInput, output: DashboardTrendOutput, audience: ['cadre', 'township'], mutation: false, summary: '近8个季度的各项数字（本季度为实时数）', errors: ['NOT_FOUND', 'NOT_IN_VILLAGE'] }),
  'assessment.open': spec({ fn: 'report', input: AssessmentOpenInput, output: AssessmentOpenOutput, audience: ['township'], mutation: true, summary: '镇里开启一个季度的“六好”考评，覆盖本镇各村', errors: ['ASSESSMENT_EXISTS', 'ASSESSMENT_QUARTER', 'IDEMPOTENCY_CONFLICT'] }),
  'assessment.score': spec({ fn: 'report', input: AssessmentScoreInput, output: AssessmentScoreOutput, audience: ['township'], mutation: true, summary: '镇工作人员给一个村的六好逐项打分（0–10分）并写评语；提交后不能再改，村专干可见', errors: ['NOT_FOUND', 'NOT_IN_VILLAGE', 'ASSESSMENT_NOT_OPEN', 'ASSESSMENT_SUBMITTED', 'ASSESSMENT_GOODS', 'VERSION_CONFLICT', 'IDEMPOTENCY_CONFLICT'] }),
  'assessment.list': spec({ fn: 'report', input: AssessmentListInput, output: AssessmentListOutput, audience: ['cadre', 'township'], mutation: false, summary: '镇里看某季度各村的考评（附看板数字）或一个村的历次考评；村专干看本村已提交的结果和评语', errors: ['NOT_FOUND', 'NOT_IN_VILLAGE'] }),
  'report.export': spec({ fn: 'report', input: ReportExportInput, output: ReportExportOutput, audience: ['cadre', 'township'], mutation: false, summary: '导出看板各表的 Excel（每表一页，注明统计期和生成时间）：村专干本村，镇里各村', errors: ['NOT_FOUND', 'NOT_IN_VILLAGE'] }),
  'notice.sheet': spec({ fn: 'report', input: NoticeSheetInput, output: NoticeSheetOutput, audience: ['resident', 'panel', 'cadre', 'township'], mutation: false, summary: '村务公开栏A4张贴页的内容（生效文件、签约、评议、账目、投诉数字，小数字不显示）和打开实时版本的小程序码', errors: ['NOT_FOUND', 'NOT_IN_VILLAGE'] }),
} as const
