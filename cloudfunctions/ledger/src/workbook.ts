import { canonicalLedgerText, LEDGER_KIND_LABELS, fenText, type QuarterTotals } from '@chengxin/shared/src/domain'
import type { LedgerChainDoc } from '@chengxin/shared/src/server'

// The public ledger as posted: households as 某户 (only the tag the chain records), and every
// field the hash covers, so anyone can recompute each row (README: 账目哈希链).
const COLUMNS: Array<{ header: string; width: number; value: (r: LedgerChainDoc) => string | number }> = [
  { header: '序号', width: 7, value: (r) => r.seq },
  { header: '日期', width: 12, value: (r) => r.day },
  { header: '类别', width: 18, value: (r) => LEDGER_KIND_LABELS[r.kind] },
  { header: '农户', width: 8, value: (r) => (r.householdId ? '某户' : '') },
  { header: '事由', width: 30, value: (r) => r.purpose },
  { header: '承诺事项', width: 24, value: (r) => r.itemText ?? '' },
  { header: '收支（元）', width: 12, value: (r) => fenText(r.signedFen) },
  { header: '余额（元）', width: 12, value: (r) => fenText(r.balanceFen) },
  { header: '冲正理由', width: 20, value: (r) => r.reason ?? '' },
  { header: '经办', width: 10, value: (r) => r.recordedBy },
  { header: '审核', width: 10, value: (r) => r.approvedBy },
  // From here: the exact values the hash covers, then the hashes.
  { header: 'villageId', width: 10, value: (r) => r.villageId },
  { header: 'kind', width: 14, value: (r) => r.kind },
  { header: 'amountFen', width: 10, value: (r) => r.amountFen },
  { header: 'signedFen', width: 10, value: (r) => r.signedFen },
  { header: 'balanceFen', width: 10, value: (r) => r.balanceFen },
  { header: 'household', width: 20, value: (r) => r.household ?? '' },
  { header: 'itemId', width: 8, value: (r) => r.itemId ?? '' },
  { header: 'source', width: 14, value: (r) => r.source ?? '' },
  { header: 'reversesSeq', width: 8, value: (r) => r.reversesSeq ?? '' },
  { header: 'canonical', width: 30, value: (r) => canonicalLedgerText(r) },
  { header: 'prevHash', width: 20, value: (r) => r.prevHash },
  { header: 'contentHash', width: 20, value: (r) => r.contentHash },
  { header: 'hash', width: 20, value: (r) => r.hash },
]

const HOW = [
  '核验方法（任何人都可以自己算）：',
  '1. 每一行的 canonical 列是本条账目的规范内容：一个 JSON 数组，依次为 "chengxin-ledger/1"、序号、villageId、日期、kind、amountFen、signedFen、balanceFen、household、itemId、source、事由、reversesSeq、冲正理由、经办、审核；空值写 null，无空格，UTF-8。',
  '2. contentHash = SHA-256(canonical) 的十六进制小写。',
  '3. hash = SHA-256(prevHash 与 contentHash 两个十六进制串直接相连)；第一条的 prevHash 是 64 个 0。',
  '4. 每一行的 prevHash 应等于上一行的 hash；balanceFen 应等于上一行的 balanceFen 加本行 signedFen。',
  '5. household 是农户的匿名标记（每条不同），不公开是哪一户。',
]

export async function ledgerWorkbook(title: string, rows: LedgerChainDoc[], quarters: QuarterTotals[]): Promise<Buffer> {
  // Loaded on first use: the library is most of the bundle.
  const { default: ExcelJS } = await import('exceljs')
  const book = new ExcelJS.Workbook()
  const sheet = book.addWorksheet('账目', { views: [{ state: 'frozen', ySplit: 2 }] })
  sheet.mergeCells(1, 1, 1, 11)
  sheet.getCell(1, 1).value = title
  sheet.getCell(1, 1).font = { bold: true, size: 14 }
  sheet.addRow(COLUMNS.map((c) => c.header)).font = { bold: true }
  COLUMNS.forEach((c, i) => (sheet.getColumn(i + 1).width = c.width))
  for (const r of rows) sheet.addRow(COLUMNS.map((c) => c.value(r)))

  const totals = book.addWorksheet('季度汇总')
  totals.addRow(['季度', '收入（元）', '支出（元）', '净额（元）', '笔数']).font = { bold: true }
  for (const q of quarters) totals.addRow([q.quarter, fenText(q.inFen), fenText(q.outFen), fenText(q.netFen), q.count])
  totals.columns.forEach((c) => (c.width = 14))

  const how = book.addWorksheet('核验说明')
  for (const line of HOW) how.addRow([line])
  how.getColumn(1).width = 120
  return Buffer.from(await book.xlsx.writeBuffer())
}
