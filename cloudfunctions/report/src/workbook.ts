import type { Figures, GroupFigures, ReportTable } from '@chengxin/shared/src/api'
import { fenText, REVIEW_OUTCOME_LABELS } from '@chengxin/shared/src/domain'

export interface Unit { name: string; figures: GroupFigures & Partial<Figures> }
type Cell = string | number
type Column = { header: string; value: (f: GroupFigures & Partial<Figures>) => Cell }

const pct = (r: number | null | undefined) => (r === null || r === undefined ? '' : `${Math.round(r * 1000) / 10}%`)
const hiddenOr = (v: number | null | undefined) => (v === null || v === undefined ? '不显示' : v)

/** Each table: its sheet name, its columns, and whether it has a row per group (else per village only). */
export const TABLES: Record<Exclude<ReportTable, 'all' | 'trend' | 'assessment'>, { sheet: string; perGroup: boolean; columns: Column[] }> = {
  signing: { sheet: '承诺书签约', perGroup: true, columns: [
    { header: '应签（户）', value: (f) => f.signing.due }, { header: '已签（户）', value: (f) => f.signing.signed },
    { header: '待村里会签', value: (f) => f.signing.awaitingVillage }, { header: '双方已签', value: (f) => f.signing.complete }, { header: '签约率', value: (f) => pct(f.signing.rate) }] },
  enrolment: { sheet: '诚信管理', perGroup: true, columns: [
    { header: '户数', value: (f) => f.enrolment.households }, { header: '协议管理', value: (f) => f.enrolment.contract }, { header: '公认诚信', value: (f) => f.enrolment.recognised },
    { header: '承诺诚信', value: (f) => f.enrolment.committed }, { header: '行为诚信', value: (f) => f.enrolment.behavioural }, { header: '待审核申请', value: (f) => f.enrolment.pending }] },
  checkups: { sheet: '检查计划完成', perGroup: true, columns: [
    { header: '年度', value: (f) => f.checkups.year }, { header: '应检（人次）', value: (f) => f.checkups.planned }, { header: '已检', value: (f) => f.checkups.done },
    { header: '已预约', value: (f) => f.checkups.booked }, { header: '完成率', value: (f) => pct(f.checkups.rate) }, { header: '本期待检（户）', value: (f) => f.checkups.dueNow }, { header: '逾期（户）', value: (f) => f.checkups.overdue }] },
  proofs: { sheet: '异地检查证明', perGroup: true, columns: [
    { header: '待审核', value: (f) => f.proofs.pending }, { header: '本季度审核通过', value: (f) => f.proofs.verified }, { header: '审核用时中位数（天）', value: (f) => f.proofs.medianDaysToVerify ?? '' }] },
  review: { sheet: '季度评议结果', perGroup: true, columns: [
    { header: '评议季度', value: (f) => f.review.quarter ?? '' }, { header: REVIEW_OUTCOME_LABELS.exemplary, value: (f) => f.review.exemplary },
    { header: REVIEW_OUTCOME_LABELS.fulfilled, value: (f) => f.review.fulfilled }, { header: REVIEW_OUTCOME_LABELS.support, value: (f) => f.review.support }, { header: REVIEW_OUTCOME_LABELS.unrated, value: (f) => f.review.unrated }] },
  complaints: { sheet: '投诉办理', perGroup: false, columns: [
    { header: '本季度受理', value: (f) => hiddenOr(f.complaints?.filed) }, { header: '已答复', value: (f) => hiddenOr(f.complaints?.answered) },
    { header: '按期答复', value: (f) => hiddenOr(f.complaints?.withinDeadline) }, { header: '按期答复率', value: (f) => pct(f.complaints?.withinRate) },
    { header: '未办结', value: (f) => hiddenOr(f.complaints?.open) }, { header: '已超期', value: (f) => hiddenOr(f.complaints?.overdue) }] },
  ledger: { sheet: '村账收支', perGroup: false, columns: [
    { header: '本季度收入（元）', value: (f) => fenText(f.ledger?.incomeFen ?? 0) }, { header: '本季度支出（元）', value: (f) => fenText(f.ledger?.expenseFen ?? 0) },
    { header: '本季度笔数', value: (f) => f.ledger?.entries ?? 0 }, { header: '余额（元）', value: (f) => fenText(f.ledger?.balanceFen ?? 0) }, { header: '待审核', value: (f) => f.ledger?.pending ?? 0 }] },
  savings: { sheet: '节省费用', perGroup: false, columns: [
    { header: '免去往返（次）', value: (f) => f.savings?.tripsAvoided ?? 0 }, { header: '减少检查（户次）', value: (f) => f.savings?.roundsAvoided ?? 0 }, { header: '合计节约（元）', value: (f) => fenText(f.savings?.totalFen ?? 0) }] },
}

export interface SheetData { name: string; period: string; headers: string[]; rows: Cell[][]; total: Cell[] | null }

/** A table as rows: one per unit (groups or villages) and the total. */
export function tableSheet(table: keyof typeof TABLES, unitLabel: string, units: Unit[], total: Unit, period: string): SheetData {
  const t = TABLES[table]
  const list = t.perGroup ? units : []
  return {
    name: t.sheet, period, headers: [unitLabel, ...t.columns.map((c) => c.header)],
    rows: list.map((u) => [u.name, ...t.columns.map((c) => c.value(u.figures))]),
    total: [t.perGroup ? '合计' : total.name, ...t.columns.map((c) => c.value(total.figures))],
  }
}

/** The workbook: each sheet headed by its title and period, then the time of generation. */
export async function reportWorkbook(title: string, generatedAt: string, sheets: SheetData[]): Promise<Buffer> {
  // Loaded on first use: the library is most of the bundle.
  const { default: ExcelJS } = await import('exceljs')
  const book = new ExcelJS.Workbook()
  for (const s of sheets) {
    const sheet = book.addWorksheet(s.name, { views: [{ state: 'frozen', ySplit: 3 }] })
    sheet.addRow([`${title}·${s.name}（统计期：${s.period}）`]).font = { bold: true, size: 13 }
    sheet.addRow([`生成时间：${generatedAt}`])
    sheet.addRow(s.headers).font = { bold: true }
    for (const r of s.rows) sheet.addRow(r)
    if (s.total) sheet.addRow(s.total).font = { bold: true }
    sheet.columns.forEach((c, i) => (c.width = i === 0 ? 16 : 14))
  }
  return Buffer.from(await book.xlsx.writeBuffer())
}
