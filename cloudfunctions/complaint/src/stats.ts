import type { ComplaintStatsOutput, ComplaintStatsRow } from '@chengxin/shared/src/api'
import { ComplaintCategory } from '@chengxin/shared/src/api'
import { daysBetween, MIN_STATS_CELL, type ComplaintStatus } from '@chengxin/shared/src/domain'
import type { ComplaintDoc, VillageDoc } from '@chengxin/shared/src/server'
import { accountOf, assert, defineAction, listOf } from '@chengxin/shared/src/server'
import { isTownshipOfficer } from './desk'
import { today } from './change'

type Row = Pick<ComplaintDoc, 'filedDay' | 'category' | 'status' | 'firstAnswerDay' | 'firstAnswerWithin'>

/**
 * Public figures per month and category. A cell of fewer than MIN_STATS_CELL complaints shows
 * nothing but that it is hidden: in a village, "one complaint about accounts in March" names
 * someone. Round trips: context, one read (2).
 */
export const stats = defineAction<'complaint.stats'>()({
  preload: (input) => ({
    village: input.villageId ? { from: 'villages', match: { _id: input.villageId } } : { from: 'villages', ofCaller: { _id: 'villageId' } },
  }),
  async run(ctx, input): Promise<ComplaintStatsOutput> {
    const a = accountOf(ctx.caller)
    const village: VillageDoc | undefined = ctx.preloaded.village[0]
    if (isTownshipOfficer(a)) {
      assert(village, 'NOT_FOUND')
      assert(village.townshipId === a.townshipId, 'NOT_IN_VILLAGE')
    } else {
      assert(village && village._id === a.villageId && (!input.villageId || input.villageId === a.villageId), 'NOT_IN_VILLAGE')
    }
    const to = input.to ?? today().slice(0, 7)
    const months = monthsEnding(to, input.months)
    const res = await ctx.db.collection('complaints')
      .where({ villageId: village._id, filedDay: ctx._.gte(`${months[0]}-01`).and(ctx._.lte(`${to}-31`)) })
      .field({ filedDay: true, category: true, status: true, firstAnswerDay: true, firstAnswerWithin: true })
      .limit(1000).get()
    const docs = listOf<Row>(res)
    const rows: ComplaintStatsRow[] = []
    for (const month of months) {
      for (const category of ComplaintCategory.options) {
        const cell = docs.filter((d) => d.filedDay.startsWith(month) && d.category === category)
        if (cell.length === 0) continue
        rows.push(cell.length < MIN_STATS_CELL ? { month, category, hidden: true, count: null, byStatus: null, medianDaysToAnswer: null, withinDeadline: null } : figures(month, category, cell))
      }
    }
    return { villageId: village._id, villageName: village.name, minCell: MIN_STATS_CELL, rows }
  },
})

function figures(month: string, category: ComplaintStatsRow['category'], cell: Row[]): ComplaintStatsRow {
  const byStatus: Partial<Record<ComplaintStatus, number>> = {}
  for (const d of cell) byStatus[d.status] = (byStatus[d.status] ?? 0) + 1
  const answered = cell.filter((d) => d.firstAnswerDay)
  const days = answered.map((d) => daysBetween(d.filedDay, d.firstAnswerDay!)).sort((x, y) => x - y)
  const median = days.length === 0 ? null : days.length % 2 ? days[(days.length - 1) / 2] : (days[days.length / 2 - 1] + days[days.length / 2]) / 2
  return {
    month, category, hidden: false, count: cell.length, byStatus, medianDaysToAnswer: median,
    withinDeadline: answered.length ? Math.round((answered.filter((d) => d.firstAnswerWithin).length / answered.length) * 100) / 100 : null,
  }
}

function monthsEnding(to: string, n: number): string[] {
  const [y, m] = to.split('-').map(Number)
  const out: string[] = []
  for (let i = n - 1; i >= 0; i--) {
    const d = new Date(Date.UTC(y, m - 1 - i, 1))
    out.push(d.toISOString().slice(0, 7))
  }
  return out
}
