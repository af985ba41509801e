// A dashboard's figures as lines of text, one section per figure (FIGURES order), each line
// with the household list behind it where there is one. Pure, so screens and tests share it.
import type { Figures, GroupFigures, HouseholdFilter } from '@chengxin/shared/src/api'
import { FIGURE_LABELS, type FigureKey } from '@chengxin/shared/src/domain/report-labels'
import { CATEGORY_LABELS } from '@chengxin/shared/src/domain/enrolment-state'
import { REVIEW_OUTCOME_LABELS } from '@chengxin/shared/src/domain/review-labels'
import { money } from '../../../components/ledger-labels'

export interface FigureLine {
  key: string
  label: string
  value: string
  /** The households behind the number (only where the number counts households). */
  drill?: HouseholdFilter
}
export interface FigureSection { key: FigureKey; title: string; lines: FigureLine[] }

export const pct = (rate: number | null): string => (rate === null ? '—' : `${Math.round(rate * 1000) / 10}%`)
const n = (v: number | null, unit = ''): string => (v === null ? '—' : `${v}${unit}`)
const yuan = (fen: number) => `${money(fen)} 元`

/** Lines for a group's figures (per household); a village's or township's add complaints, ledger and savings. */
export function figureSections(f: GroupFigures | Figures): FigureSection[] {
  const s: FigureSection[] = []
  const add = (key: FigureKey, lines: FigureLine[]) => s.push({ key, title: FIGURE_LABELS[key], lines })
  add('signing', [
    { key: 'signing-due', label: '应签', value: n(f.signing.due, ' 户') },
    { key: 'signing-signed', label: '已签', value: n(f.signing.signed, ' 户'), drill: { filter: 'signed' } },
    { key: 'signing-rate', label: '签约率', value: pct(f.signing.rate) },
    { key: 'signing-unsigned', label: '应签未签', value: n(f.signing.due - f.signing.signed, ' 户'), drill: { filter: 'unsigned' } },
    { key: 'signing-countersign', label: '待村里会签', value: n(f.signing.awaitingVillage, ' 户'), drill: { filter: 'countersign' } },
  ])
  add('enrolment', [
    { key: 'enrolment-contract', label: CATEGORY_LABELS.contract, value: n(f.enrolment.contract, ' 户') },
    ...(['recognised', 'committed', 'behavioural'] as const).map((c) => (
      { key: `enrolment-${c}`, label: CATEGORY_LABELS[c], value: n(f.enrolment[c], ' 户'), drill: { filter: 'enrolled' as const, category: c } })),
    { key: 'enrolment-pending', label: '申请待审核', value: n(f.enrolment.pending, ' 件') },
  ])
  add('checkups', [
    { key: 'checkups-planned', label: `${f.checkups.year}年计划检查`, value: n(f.checkups.planned, ' 次') },
    { key: 'checkups-done', label: '已完成', value: n(f.checkups.done, ' 次') },
    { key: 'checkups-rate', label: '完成率', value: pct(f.checkups.rate) },
    { key: 'checkups-due', label: '本期待检', value: n(f.checkups.dueNow, ' 户'), drill: { filter: 'checkup-due' } },
    { key: 'checkups-overdue', label: '逾期未检', value: n(f.checkups.overdue, ' 户'), drill: { filter: 'checkup-overdue' } },
  ])
  add('proofs', [
    { key: 'proofs-pending', label: '待审核', value: n(f.proofs.pending, ' 份'), drill: { filter: 'proof-pending' } },
    { key: 'proofs-verified', label: '本季度通过', value: n(f.proofs.verified, ' 份') },
    { key: 'proofs-median', label: '审核用时（中位数）', value: f.proofs.medianDaysToVerify === null ? '—' : `${f.proofs.medianDaysToVerify} 天` },
  ])
  if ('complaints' in f) {
    const c = f.complaints
    add('complaints', c.hidden
      ? [{ key: 'complaints-hidden', label: '本季度投诉', value: '少于 3 件，不单列' }]
      : [
          { key: 'complaints-filed', label: '本季度投诉', value: n(c.filed, ' 件') },
          { key: 'complaints-answered', label: '已答复', value: n(c.answered, ' 件') },
          { key: 'complaints-within', label: '按期答复率', value: pct(c.withinRate) },
          { key: 'complaints-open', label: '待办理', value: n(c.open, ' 件') },
          { key: 'complaints-overdue', label: '已超期', value: n(c.overdue, ' 件') },
        ])
  }
  add('review', [
    { key: 'review-quarter', label: '最近公示的评议', value: f.review.quarter ?? '还没有' },
    ...(['exemplary', 'fulfilled', 'support', 'unrated'] as const).map((o) => (
      { key: `review-${o}`, label: REVIEW_OUTCOME_LABELS[o], value: n(f.review[o], ' 户'), drill: f.review.quarter ? { filter: 'review' as const, outcome: o } : undefined })),
  ])
  if ('ledger' in f) {
    add('ledger', [
      { key: 'ledger-income', label: '本季度收入', value: yuan(f.ledger.incomeFen) },
      { key: 'ledger-expense', label: '本季度支出', value: yuan(f.ledger.expenseFen) },
      { key: 'ledger-balance', label: '结余', value: yuan(f.ledger.balanceFen) },
      { key: 'ledger-pending', label: '待审核', value: n(f.ledger.pending, ' 笔') },
    ])
    add('savings', [
      { key: 'savings-trips', label: '少跑的路（异地证明）', value: n(f.savings.tripsAvoided, ' 次') },
      { key: 'savings-rounds', label: '少做的检查（诚信管理）', value: n(f.savings.roundsAvoided, ' 次') },
      { key: 'savings-total', label: '合计节省', value: yuan(f.savings.totalFen) },
    ])
  }
  return s
}
