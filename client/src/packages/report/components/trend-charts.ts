// The figures a trend page draws, one small chart each: a value per quarter and its words.
import type { Figures } from '@chengxin/shared/src/api'
import { money } from '../../../components/ledger-labels'
import { pct } from './figure-lines'

export interface TrendChart {
  key: string
  title: string
  /** Bar length (null: no figure that quarter). */
  value: (f: Figures) => number | null
  /** The figure as written beside the bar. */
  text: (f: Figures) => string
  /** The full bar (rates: 1); otherwise the largest quarter's value. */
  max?: number
}

const enrolled = (f: Figures) => f.enrolment.recognised + f.enrolment.committed + f.enrolment.behavioural

export const TREND_CHARTS: TrendChart[] = [
  { key: 'signing-rate', title: '承诺书签约率', value: (f) => f.signing.rate, text: (f) => pct(f.signing.rate), max: 1 },
  { key: 'enrolled', title: '诚信管理户数', value: enrolled, text: (f) => `${enrolled(f)} 户` },
  { key: 'checkups-rate', title: '检查计划完成率', value: (f) => f.checkups.rate, text: (f) => pct(f.checkups.rate), max: 1 },
  { key: 'proofs-verified', title: '异地证明通过（份）', value: (f) => f.proofs.verified, text: (f) => `${f.proofs.verified} 份` },
  { key: 'proofs-median', title: '异地证明审核用时（中位数）', value: (f) => f.proofs.medianDaysToVerify, text: (f) => `${f.proofs.medianDaysToVerify} 天` },
  { key: 'complaints-within', title: '投诉按期答复率', value: (f) => (f.complaints.hidden ? null : f.complaints.withinRate), text: (f) => pct(f.complaints.withinRate), max: 1 },
  { key: 'review-exemplary', title: '评议诚信示范户', value: (f) => (f.review.quarter ? f.review.exemplary : null), text: (f) => `${f.review.exemplary} 户` },
  { key: 'review-support', title: '评议需帮扶户', value: (f) => (f.review.quarter ? f.review.support : null), text: (f) => `${f.review.support} 户` },
  { key: 'ledger-income', title: '村账收入', value: (f) => f.ledger.incomeFen, text: (f) => `${money(f.ledger.incomeFen)} 元` },
  { key: 'ledger-expense', title: '村账支出', value: (f) => f.ledger.expenseFen, text: (f) => `${money(f.ledger.expenseFen)} 元` },
  { key: 'savings', title: '节省费用', value: (f) => f.savings.totalFen, text: (f) => `${money(f.savings.totalFen)} 元` },
]
