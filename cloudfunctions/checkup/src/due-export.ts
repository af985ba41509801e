import { randomUUID } from 'crypto'
import type { DueItem } from '@chengxin/shared/src/api'
import { CATEGORY_LABELS, periodName } from '@chengxin/shared/src/domain'
import { assert, defineAction, sdk } from '@chengxin/shared/src/server'
import { OWN_VILLAGE } from './due-list'
import { isListed, villageStanding } from './village-standing'
import { beijingToday, type CheckupVillage } from './views'

const COLUMNS: Array<{ header: string; width: number; value: (r: DueItem) => string | number }> = [
  { header: '村民组', width: 14, value: (r) => r.groupName },
  { header: '户名', width: 14, value: (r) => r.label },
  { header: '管理类型', width: 10, value: (r) => CATEGORY_LABELS[r.managementType] },
  { header: '全年应检', width: 9, value: (r) => r.planned },
  { header: '已检', width: 7, value: (r) => r.done },
  { header: '已约', width: 7, value: (r) => r.booked },
  { header: '尚需', width: 7, value: (r) => r.due },
  { header: '本期待检', width: 9, value: (r) => (r.dueNow ? '是' : '') },
  { header: '逾期计划期', width: 18, value: (r) => r.overdue.map((p) => periodName(p, r.perYear, { months: true })).join('、') },
  { header: '最近检查', width: 12, value: (r) => r.lastDoneDay ?? '' },
  { header: '在外务工人数', width: 12, value: (r) => r.workingAway },
]

export async function dueWorkbook(title: string, rows: DueItem[]): Promise<Buffer> {
  // Loaded on first use: the library is most of the bundle, and every other action starts without it.
  const { default: ExcelJS } = await import('exceljs')
  const book = new ExcelJS.Workbook()
  const sheet = book.addWorksheet('待检名单', { views: [{ state: 'frozen', ySplit: 2 }] })
  sheet.mergeCells(1, 1, 1, COLUMNS.length)
  sheet.getCell(1, 1).value = title
  sheet.getCell(1, 1).font = { bold: true, size: 14 }
  sheet.addRow(COLUMNS.map((c) => c.header)).font = { bold: true }
  COLUMNS.forEach((c, i) => (sheet.getColumn(i + 1).width = c.width))
  for (const r of rows) sheet.addRow(COLUMNS.map((c) => c.value(r)))
  return Buffer.from(await book.xlsx.writeBuffer())
}

/**
 * The village's whole due list as an Excel file in cloud storage, answered as a temporary
 * link. Four database round trips (as due.list); the upload and the link are storage calls.
 */
export const dueExport = defineAction<'due.export'>()({
  preload: () => OWN_VILLAGE,

  async run({ db, preloaded }, input) {
    const village: CheckupVillage | undefined = preloaded.village[0]
    assert(village, 'NOT_FOUND')
    const { today, rows } = await villageStanding(db, village, beijingToday().today)
    const listed = rows.filter((r) => (!input.groupId || r.groupId === input.groupId) && isListed(r, input.status))
    const kind = input.status === 'due' ? '本期待检' : input.status === 'overdue' ? '逾期未检' : '待检和逾期'
    const fileName = `${village.name}${kind}名单-${today}.xlsx`
    const buffer = await dueWorkbook(`${village.name} ${kind}名单（${today}，共${listed.length}户）`, listed)
    const cloud = sdk()
    // A random folder: the temporary link is the only way to the file.
    const { fileID } = await cloud.uploadFile({ cloudPath: `exports/due/${village._id}/${randomUUID()}/${fileName}`, fileContent: buffer })
    const links = (await cloud.getTempFileURL({ fileList: [fileID] })) as { fileList: Array<{ tempFileURL: string }> }
    return { fileName, fileId: fileID, url: links.fileList[0]?.tempFileURL ?? '', rows: listed.length }
  },
})
