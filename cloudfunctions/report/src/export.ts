import { randomUUID } from 'crypto'
import type { ReportTable } from '@chengxin/shared/src/api'
import { ASSESSMENT_GOODS, ASSESSMENT_GOOD_LABELS, businessQuarter, emptyFigures, formatInstant, publicComplaints, sumFigures, VERIFY_DAY_BUCKETS } from '@chengxin/shared/src/domain'
import type { AssessmentDoc, CounterDoc } from '@chengxin/shared/src/server'
import { accountOf, defineAction, listOf, sdk } from '@chengxin/shared/src/server'
import { newestPerVillage, previousQuarter } from './counters'
import { assumptionsOf, preloadVillage, shown, villageInScope } from './scope'
import { reportWorkbook, TABLES, tableSheet, type SheetData, type Unit } from './workbook'

/**
 * The dashboard's tables as an Excel workbook in cloud storage, answered as a temporary link.
 * A village (cadre, or a township officer naming one): per group; a township: per village.
 * The counters of the quarter asked for (this one: live; an earlier one: its snapshot).
 */
export const reportExport = defineAction<'report.export'>()({
  preload: (input) => preloadVillage(input.villageId),

  async run(ctx, input) {
    const a = accountOf(ctx.caller)
    const village = villageInScope(ctx, input.villageId)
    const current = businessQuarter(new Date())
    const quarter = input.quarter ?? current
    const assumptions = assumptionsOf(ctx.preloaded.township[0])
    const _ = ctx.db.command
    const generatedAt = formatInstant(new Date())
    const wanted = (t: ReportTable) => input.table === 'all' || input.table === t
    const scopeWhere = village ? { villageId: village._id } : { townshipId: a.townshipId, kind: 'village' }

    const [counters, trend, assessments] = await Promise.all([
      ctx.db.collection('report_counters').where({ ...scopeWhere, quarter: quarter === current ? _.in([current, previousQuarter(current)]) : quarter }).limit(1000).get(),
      wanted('trend') ? ctx.db.collection('report_counters').where(village ? { villageId: village._id } : { townshipId: a.townshipId, kind: 'township' }).orderBy('quarter', 'desc').limit(8).get() : null,
      wanted('assessment') ? ctx.db.collection('assessments').where({ ...(village ? { villageId: village._id } : { townshipId: a.townshipId }), quarter, status: 'submitted' }).limit(1000).get() : null,
    ])
    const rows = newestPerVillage(listOf<CounterDoc>(counters))
    const name = village?.name ?? a.townshipName ?? '本镇'
    const sheets: SheetData[] = []
    let units: Unit[]
    let total: Unit
    if (village) {
      const c = rows[0]
      units = (c?.groups ?? []).map((g) => ({ name: g.groupName, figures: g.figures }))
      total = { name: village.name, figures: shown(c?.figures ?? emptyFigures(Number(quarter.slice(0, 4))), assumptions) }
    } else {
      units = rows.map((r) => ({ name: r.name, figures: shown(r.figures, assumptions) }))
      const days = rows.reduce((acc, r) => acc.map((n, i) => n + (r.verifyDays[i] ?? 0)), new Array(VERIFY_DAY_BUCKETS).fill(0))
      total = { name, figures: shown(sumFigures(rows.map((r) => r.figures), Number(quarter.slice(0, 4)), days), assumptions) }
    }
    const period = `${quarter}（${quarter === current ? '截至今天' : '季度末'}）`
    const unitLabel = village ? '村民组' : '村'
    {
      for (const t of Object.keys(TABLES) as Array<keyof typeof TABLES>) {
        if (!wanted(t)) continue
        // Per-village tables of a township list every village; a village's village-only tables have its one row.
        const sheet = tableSheet(t, unitLabel, units, total, period)
        if (!TABLES[t].perGroup && !village) sheet.rows = units.map((u) => [u.name, ...TABLES[t].columns.map((c) => c.value({ ...u.figures, complaints: publicComplaints(u.figures.complaints!) }))])
        if (!TABLES[t].perGroup && village) [sheet.rows, sheet.total] = [[sheet.total!], null]
        sheets.push(sheet)
      }
    }
    if (trend) {
      const points = listOf<CounterDoc>(trend).sort((x, y) => (x.quarter < y.quarter ? -1 : 1))
      sheets.push({
        name: '近8个季度', period: points.length ? `${points[0].quarter}–${points[points.length - 1].quarter}` : quarter,
        headers: ['季度', '签约率', '检查完成率', '逾期（户）', '异地证明通过', '本季度收入（元）', '本季度支出（元）'],
        rows: points.map((p) => [p.quarter, p.figures.signing.rate ?? '', p.figures.checkups.rate ?? '', p.figures.checkups.overdue, p.figures.proofs.verified, p.figures.ledger.incomeFen / 100, p.figures.ledger.expenseFen / 100]),
        total: null,
      })
    }
    if (assessments) {
      const docs = listOf<AssessmentDoc>(assessments).sort((x, y) => (x.villageId < y.villageId ? -1 : 1))
      sheets.push({
        name: '六好考评', period: quarter,
        headers: ['村', ...ASSESSMENT_GOODS.flatMap((k) => [ASSESSMENT_GOOD_LABELS[k], '评语']), '合计'],
        rows: docs.map((d) => [d.villageName, ...ASSESSMENT_GOODS.flatMap((k) => { const g = d.goods.find((x) => x.key === k); return [g?.score ?? '', g?.comment ?? ''] }), d.goods.reduce((s, g) => s + (g.score ?? 0), 0)]),
        total: null,
      })
    }
    const buffer = await reportWorkbook(name, generatedAt, sheets)
    const fileName = `${name}工作报表-${quarter}-${generatedAt.slice(0, 10)}.xlsx`
    const cloud = sdk()
    // A random folder: the temporary link is the only way to the file.
    const { fileID } = await cloud.uploadFile({ cloudPath: `exports/report/${village?._id ?? a.townshipId}/${randomUUID()}/${fileName}`, fileContent: buffer })
    const links = (await cloud.getTempFileURL({ fileList: [fileID] })) as { fileList: Array<{ tempFileURL: string }> }
    return { fileName, fileId: fileID, url: links.fileList[0]?.tempFileURL ?? '', sheets: sheets.map((s) => ({ name: s.name, rows: s.rows.length })) }
  },
})
