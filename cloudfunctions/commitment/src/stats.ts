import type { StatsRow } from '@chengxin/shared/src/api'
import type { ActionDef, VillageDoc } from '@chengxin/shared/src/server'
import { accountOf, assert, listOf, type Database } from '@chengxin/shared/src/server'

const SIGNED = ['awaiting-village', 'complete']
const VILLAGE_PAGE = 1000

function row(id: string, name: string, due: number, signed: number, complete: number): StatsRow {
  return { id, name, due, signed, complete, rate: due ? Math.round((signed / due) * 1000) / 1000 : 0 }
}

/** Households due and commitments signed, grouped by `by` (groupId or villageId): two aggregates. */
async function counts(db: Database, villageIds: string[], by: 'groupId' | 'villageId') {
  const match = { villageId: villageIds.length === 1 ? villageIds[0] : db.command.in(villageIds) }
  const [due, signed] = await Promise.all([
    db.collection('households').aggregate().match({ ...match, archived: false })
      .group({ _id: `$${by}`, n: { $sum: 1 } } as never).end(),
    db.collection('commitments').aggregate().match({ ...match, status: db.command.in(SIGNED) })
      .group({ _id: `$${by}`, n: { $sum: 1 }, complete: { $sum: { $cond: [{ $eq: ['$status', 'complete'] }, 1, 0] } } } as never).end(),
  ])
  const dueBy = new Map(listOf<{ _id: string; n: number }>(due).map((r) => [r._id, r.n]))
  const signedBy = new Map(listOf<{ _id: string; n: number; complete: number }>(signed).map((r) => [r._id, r]))
  return (id: string, name: string) => row(id, name, dueBy.get(id) ?? 0, signedBy.get(id)?.n ?? 0, signedBy.get(id)?.complete ?? 0)
}

function withTotal(scope: 'village' | 'township', title: string, rows: StatsRow[]) {
  const sum = (k: 'due' | 'signed' | 'complete') => rows.reduce((a, r) => a + r[k], 0)
  return { scope, title, rows, total: row('total', '合计', sum('due'), sum('signed'), sum('complete')) }
}

/** 应签 / 已签 / 签约率: per villager group for a village, per village for the township. */
export const stats: ActionDef<'commitment.stats'> = {
  preload: (input) => ({
    own: { from: 'villages', ofCaller: { _id: 'villageId' } },
    ...(input.villageId ? { named: { from: 'villages', match: { _id: input.villageId } } } : {}),
  }),

  async run({ db, caller, preloaded }, input) {
    const account = accountOf(caller)
    const township = caller.roles.includes('township')
    if (!township || input.villageId) {
      const village = (input.villageId ? preloaded.named : preloaded.own)[0] as VillageDoc | undefined
      assert(village, 'NOT_FOUND')
      if (township) assert(village.townshipId === account.townshipId, 'NOT_IN_VILLAGE')
      else assert(village._id === account.villageId, 'NOT_IN_VILLAGE')
      const of = await counts(db, [village._id], 'groupId')
      return withTotal('village', village.name, village.groups.map((g) => of(g.id, g.name)))
    }
    // Every village of the township, a page of 1,000 (a read's most) at a time: none dropped.
    const villages: VillageDoc[] = []
    for (;;) {
      const page = listOf<VillageDoc>(await db.collection('villages').where({ townshipId: account.townshipId }).orderBy('_id', 'asc').skip(villages.length).limit(VILLAGE_PAGE).get())
      villages.push(...page)
      if (page.length < VILLAGE_PAGE) break
    }
    const of = await counts(db, villages.map((v) => v._id), 'villageId')
    return withTotal('township', account.townshipName ?? '全镇', villages.map((v) => of(v._id, v.name)))
  },
}
