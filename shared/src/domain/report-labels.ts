// One word for each figure, work queue and "good" of the township's assessment, used by every
// screen and export of issue 11 (dashboards, 首页 counts, Excel sheets, the 公开栏 sheet).

/** The "six goods" (六好) a township scores every village on each quarter, 0–10 each. */
export const ASSESSMENT_GOODS = ['organisation', 'rules', 'openness', 'service', 'family', 'civility'] as const
export type AssessmentGoodKey = (typeof ASSESSMENT_GOODS)[number]

export const ASSESSMENT_GOOD_LABELS: Record<AssessmentGoodKey, string> = {
  organisation: '组织建设好',
  rules: '制度规范好',
  openness: '村务公开好',
  service: '宣传服务好',
  family: '计生诚信好',
  civility: '文明建设好',
}

/** Highest score of one good; a village's total is out of 6 × this. */
export const ASSESSMENT_MAX_SCORE = 10

export const ASSESSMENT_STATUSES = ['open', 'draft', 'submitted'] as const
export type AssessmentStatus = (typeof ASSESSMENT_STATUSES)[number]
export const ASSESSMENT_STATUS_LABELS: Record<AssessmentStatus, string> = {
  open: '待评分',
  draft: '评分中（未提交）',
  submitted: '已提交',
}

/** The figures of a dashboard, in the order screens and sheets show them. */
export const FIGURES = ['signing', 'enrolment', 'checkups', 'proofs', 'complaints', 'review', 'ledger', 'savings'] as const
export type FigureKey = (typeof FIGURES)[number]
export const FIGURE_LABELS: Record<FigureKey, string> = {
  signing: '承诺书签约',
  enrolment: '诚信管理',
  checkups: '检查计划完成',
  proofs: '异地检查证明',
  complaints: '投诉办理',
  review: '季度评议结果',
  ledger: '村账收支',
  savings: '节省费用',
}

/** What each 首页 count is (work.today). */
export const WORK_KEYS = [
  'countersign', 'enrolments', 'proofs', 'slots-today', 'attendance', 'overdue', 'complaints', 'review',
  'ledger-pending', 'review-score', 'township-complaints', 'assessment',
] as const
export type WorkKey = (typeof WORK_KEYS)[number]
export const WORK_LABELS: Record<WorkKey, string> = {
  countersign: '承诺书待会签',
  enrolments: '诚信管理申请待审核',
  proofs: '异地证明待审核',
  'slots-today': '今天的检查时段',
  attendance: '今天还没登记到场的预约',
  overdue: '逾期未检查的农户',
  complaints: '本村投诉待办理或已超期',
  review: '本季度评议进度',
  'ledger-pending': '账目待审核',
  'review-score': '评议待打分的农户',
  'township-complaints': '镇里待办理的投诉',
  assessment: '本季度六好评分待完成的村',
}

/** Smallest count a public figure shows (as complaint and review stats do): fewer re-identify people. */
export const MIN_PUBLIC_CELL = 3
