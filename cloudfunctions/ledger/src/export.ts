import { randomUUID } from 'crypto'
import { businessDay, quarterTotals } from '@chengxin/shared/src/domain'
import type { LedgerChainDoc } from '@chengxin/shared/src/server'
import { assert, defineAction, listOf, sdk } from '@chengxin/shared/src/server'
import { groupedTotals, preloadVillage, villageInScope } from './village-scope'
import { ledgerWorkbook } from './workbook'

const PAGE = 1000

/**
 * The public ledger (one quarter, or the latest 2,000 entries) and its quarterly summary as
 * an Excel file, answered as a temporary link. Four round trips: context, two pages, totals.
 */
export const ledgerExport = defineAction<'ledger.export'>()({
  preload: (input) => preloadVillage(input.villageId),

  async run(ctx, input) {
    const village = villageInScope(ctx, input.villageId)
    assert(village, 'INVALID_INPUT', { villageId: '请选择要导出的村' })
    const where = { villageId: village._id, ...(input.quarter ? { quarter: input.quarter } : {}) }
    const order = input.quarter ? 'asc' : 'desc'
    const page = (skip: number) => ctx.db.collection('ledger_chain').where(where).orderBy('seq', order).skip(skip).limit(PAGE).get()
    const [first, second, grouped] = await Promise.all([page(0), page(PAGE), groupedTotals(ctx, { villageId: village._id })])
    const rows = [...listOf<LedgerChainDoc>(first), ...listOf<LedgerChainDoc>(second)].sort((a, b) => a.seq - b.seq)
    const today = businessDay(new Date())
    const span = input.quarter ?? '全部'
    const fileName = `${village.name}账目公开-${span}-${today}.xlsx`
    const quarters = quarterTotals(grouped).filter((q) => !input.quarter || q.quarter === input.quarter)
    const buffer = await ledgerWorkbook(`${village.name}村级账目公开（${span}，${today}，共${rows.length}笔）`, rows, quarters)
    const cloud = sdk()
    // A random folder: the temporary link is the only way to the file.
    const { fileID } = await cloud.uploadFile({ cloudPath: `exports/ledger/${village._id}/${randomUUID()}/${fileName}`, fileContent: buffer })
    const links = (await cloud.getTempFileURL({ fileList: [fileID] })) as { fileList: Array<{ tempFileURL: string }> }
    return { fileName, fileId: fileID, url: links.fileList[0]?.tempFileURL ?? '', rows: rows.length }
  },
})
