import { createHandler, withTimers } from '@chengxin/shared/src/server'
import { workToday } from './src/work-today'
import { dashboardTownship, dashboardTrend, dashboardVillage } from './src/dashboard'
import { assessmentList, assessmentOpen, assessmentScore } from './src/assessment'
import { reportExport } from './src/export'
import { noticeSheet } from './src/notice'
import { runCounters } from './src/counters'
import { runMonthly } from './src/monthly'

export const main = withTimers({ counters: () => runCounters(), monthly: () => runMonthly() }, createHandler({
  'work.today': workToday,
  'dashboard.village': dashboardVillage,
  'dashboard.township': dashboardTownship,
  'dashboard.trend': dashboardTrend,
  'assessment.open': assessmentOpen,
  'assessment.score': assessmentScore,
  'assessment.list': assessmentList,
  'report.export': reportExport,
  'notice.sheet': noticeSheet,
}))
