// Fixtures for issue 11's report pages, in the shapes of shared/src/api/report (the fake
// backend parses every answer with the actions' schemas, so these cannot drift).
import type { AssessmentView, Figures, GroupFigures, NoticeSheetOutput, WorkTodayOutput } from '@chengxin/shared/src/api'
import { ASSESSMENT_GOODS, ASSESSMENT_GOOD_LABELS } from '@chengxin/shared/src/domain/report-labels'

export function makeGroupFigures(over: { due?: number; signed?: number; overdue?: number } = {}): GroupFigures {
  const due = over.due ?? 10
  const signed = over.signed ?? 8
  return {
    signing: { due, signed, complete: signed - 2, awaitingVillage: 2, rate: due ? signed / due : null },
    enrolment: { households: due, contract: due - 4, recognised: 1, committed: 2, behavioural: 1, pending: 1 },
    checkups: { year: 2026, planned: 30, done: 21, booked: 3, rate: 0.7, dueNow: 4, overdue: over.overdue ?? 2 },
    proofs: { pending: 1, verified: 2, medianDaysToVerify: 1.5 },
    review: { quarter: '2026Q3', exemplary: 2, fulfilled: 6, support: 1, unrated: 1 },
  }
}

export function makeFigures(over: { due?: number; signed?: number; overdue?: number } = {}): Figures {
  return {
    ...makeGroupFigures(over),
    complaints: { hidden: false, filed: 5, answered: 4, withinDeadline: 3, withinRate: 0.75, open: 1, overdue: 1 },
    ledger: { incomeFen: 120000, expenseFen: 30000, entries: 6, balanceFen: 250000, pending: 1 },
    savings: { tripsAvoided: 12, roundsAvoided: 30, totalFen: 9000000 },
  }
}

export function makeWorkToday(countersign: number): WorkTodayOutput {
  return {
    today: '2026-11-30',
    sections: [{
      role: 'cadre', title: '村务待办',
      items: [
        { key: 'countersign', label: '承诺书待会签', count: countersign, urgent: 0, of: null, page: 'packages/cadre/pages/commitments/index?status=awaiting-village', asOf: null },
        { key: 'overdue', label: '逾期未检查的农户', count: 7, urgent: 7, of: null, page: 'packages/cadre/pages/due/index?status=overdue', asOf: '2026-11-30T00:00:00.000Z' },
        { key: 'complaints', label: '本村投诉待办理或已超期', count: 3, urgent: 1, of: null, page: 'packages/resident/pages/complaint-stats/index', asOf: null },
        { key: 'review', label: '本季度评议进度', count: 40, urgent: 0, of: 100, page: 'packages/cadre/pages/review/index', asOf: null },
      ],
    }],
  }
}

export function makeAssessment(over: Partial<AssessmentView> = {}): AssessmentView {
  return {
    id: 'v1:2026Q4', villageId: 'v1', villageName: '十字村', quarter: '2026Q4', status: 'open', statusLabel: '待评分',
    goods: ASSESSMENT_GOODS.map((key) => ({ key, label: ASSESSMENT_GOOD_LABELS[key], score: null, comment: null, facts: [{ label: '签约率', value: '80%' }] })),
    total: null, scoredBy: null, updatedAt: null, submittedAt: null,
    ...over,
  }
}

export function makeNoticeSheet(over: Partial<NoticeSheetOutput> = {}): NoticeSheetOutput {
  const f = makeFigures()
  return {
    villageId: 'v1', villageName: '十字村', townshipName: '十字镇', quarter: '2026Q4', quarterLabel: '2026年第4季度',
    generatedAt: '2026-11-30T02:00:00.000Z',
    documents: [{ kind: 'village-rules', kindLabel: '村规民约', title: '十字村村规民约', version: 2, adoptedAt: '2026-10-01T02:00:00.000Z' }],
    signing: f.signing,
    review: { quarter: '2026Q3', hidden: false, outcomes: [{ outcome: 'exemplary', label: '诚信示范户', count: 3 }, { outcome: 'support', label: '需帮扶', count: null }] },
    ledger: { incomeFen: 120000, expenseFen: 30000, entries: 6, balanceFen: 250000, published: true },
    complaints: { hidden: true, filed: null, answered: null, withinDeadline: null, withinRate: null, open: null, overdue: null },
    code: null,
    ...over,
  }
}
