import { businessQuarter, sumFigures, VERIFY_DAY_BUCKETS } from '@chengxin/shared/src/domain'
import type { CounterDoc } from '@chengxin/shared/src/server'
import { accountOf, assert, defineAction, listOf } from '@chengxin/shared/src/server'
import { countNow, newestPerVillage, previousQuarter, townshipSum } from './counters'
import { householdPage } from './households'
import { assumptionsOf, iso, isTownship, preloadVillage, shown, villageInScope } from './scope'

const TOWNSHIP = { from: 'townships' as const, ofCaller: { _id: 'townshipId' as const } }

/**
 * One village's figures and its groups', from its counter (one context round trip); with
 * `households`, the page of households behind a number (one to three more).
 */
export const dashboardVillage = defineAction<'dashboard.village'>()({
  preload: (input) => preloadVillage(input.villageId),

  async run(ctx, input) {
    const village = villageInScope(ctx, input.villageId)
    assert(village, 'INVALID_INPUT', { villageId: '请选择村' })
    const now = new Date()
    // Before the timer's first count of this village (a village just created) it is counted
    // now, not stored: a read writes nothing (the timer will).
    const counter = ctx.preloaded.counter[0] ?? (await countNow(ctx.db, village, now))
    const assumptions = assumptionsOf(ctx.preloaded.township[0])
    if (input.groupId) assert(village.groups.some((g) => g.id === input.groupId), 'NOT_FOUND')
    const households = input.households
      ? await householdPage(ctx.db, village, counter, input.households, { groupId: input.groupId, limit: input.limit, offset: input.offset, today: now })
      : null
    return {
      villageId: village._id, villageName: village.name, quarter: counter.quarter, asOf: iso(counter.countedAt)!,
      figures: shown(counter.figures, assumptions),
      groups: counter.groups.filter((g) => !input.groupId || g.groupId === input.groupId),
      households,
    }
  },
})

/**
 * The township's total and its villages' figures: one read of the township's counters (this
 * quarter's and last quarter's, the newest per village) after the context; roster order.
 */
export const dashboardTownship = defineAction<'dashboard.township'>()({
  preload: () => ({ township: TOWNSHIP }),

  async run(ctx, input) {
    const account = accountOf(ctx.caller)
    const township = ctx.preloaded.township[0]
    assert(isTownship(account) && township, 'FORBIDDEN_ROLE')
    const quarter = businessQuarter(new Date())
    const _ = ctx.db.command
    const [mine, county] = await Promise.all([
      ctx.db.collection('report_counters').where({ townshipId: township._id, quarter: _.in([quarter, previousQuarter(quarter)]) }).limit(1000).get(),
      input.county ? ctx.db.collection('report_counters').where({ kind: 'township', quarter: _.in([quarter, previousQuarter(quarter)]) }).limit(1000).get() : null,
    ])
    const rows = listOf<CounterDoc>(mine)
    const villages = newestPerVillage(rows.filter((r) => r.kind === 'village'))
    // The township's own counter, or (before the timer summed it) its villages' summed here.
    const total = rows.filter((r) => r.kind === 'township').sort((a, b) => (a.quarter < b.quarter ? 1 : -1))[0]
      ?? townshipSum(township._id, township.name, villages, quarter, new Date())
    const assumptions = assumptionsOf(township)
    const countyRows = county ? newestPerTownship(listOf<CounterDoc>(county)) : []
    return {
      townshipId: township._id, townshipName: township.name, quarter, asOf: iso(total.countedAt)!,
      figures: shown(total.figures, assumptions),
      villages: villages.map((v) => ({ villageId: v.villageId!, villageName: v.name, figures: shown(v.figures, assumptions) })),
      county: county ? {
        townships: countyRows.length, villages: countyRows.reduce((a, t) => a + t.villages, 0),
        figures: shown(sumFigures(countyRows.map((t) => t.figures), Number(quarter.slice(0, 4)),
          countyRows.reduce((a, t) => a.map((n, i) => n + (t.verifyDays[i] ?? 0)), new Array(VERIFY_DAY_BUCKETS).fill(0))), assumptions),
      } : null,
    }
  },
})

function newestPerTownship(rows: CounterDoc[]): CounterDoc[] {
  const best = new Map<string, CounterDoc>()
  for (const r of rows) if (!best.has(r.townshipId) || best.get(r.townshipId)!.quarter < r.quarter) best.set(r.townshipId, r)
  return [...best.values()]
}

const quartersBack = (quarter: string, n: number) => {
  const out = [quarter]
  while (out.length < n) out.unshift(previousQuarter(out[0]))
  return out
}

/** The last quarters' counters of a village (or, for a township officer naming none, the township), oldest first. */
export const dashboardTrend = defineAction<'dashboard.trend'>()({
  preload: (input) => ({ ...preloadVillage(input.villageId), townshipDoc: TOWNSHIP }),

  async run(ctx, input) {
    const account = accountOf(ctx.caller)
    const village = villageInScope(ctx, input.villageId)
    const township = ctx.preloaded.townshipDoc[0]
    const quarter = businessQuarter(new Date())
    const wanted = quartersBack(quarter, input.quarters)
    const _ = ctx.db.command
    const where = village
      ? { villageId: village._id, quarter: _.in(wanted) }
      : { townshipId: account.townshipId, kind: 'township', quarter: _.in(wanted) }
    const rows = listOf<CounterDoc>(await ctx.db.collection('report_counters').where(where).limit(input.quarters).get())
      .sort((a, b) => (a.quarter < b.quarter ? -1 : 1))
    const assumptions = assumptionsOf(township)
    return {
      scope: village ? 'village' as const : 'township' as const,
      id: village?._id ?? account.townshipId ?? '',
      name: village?.name ?? township?.name ?? '',
      points: rows.map((r) => ({ quarter: r.quarter, live: r.quarter === quarter, figures: shown(r.figures, assumptions) })),
    }
  },
})
