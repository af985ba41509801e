import type { DueItem } from '@chengxin/shared/src/api'
import { managementHistory, rulesOf, standing } from '@chengxin/shared/src/domain'
import { businessDay } from '@chengxin/shared/src/domain/dates'
import type { HouseholdDoc } from '@chengxin/shared/src/server'
import { listOf, type Database } from '@chengxin/shared/src/server'
import type { CheckupVillage } from './views'

// Aggregates answer every row (no 1,000 cap as for reads); this bounds a village generously.
const MOST = 20_000

type Row = Pick<HouseholdDoc, '_id' | 'label' | 'groupId' | 'managementType' | 'managementSince'> & { members: Array<{ workingAway: unknown }> }
type Days = { _id: string; days: Array<{ d: string; s: string }> }

export interface VillageStanding {
  year: number
  today: string
  /** Every household of the village not archived, in roster order, with where it stands. */
  rows: DueItem[]
}

/**
 * Where every household of one village stands this year, in three aggregates run side by
 * side: the households (a few fields), and the year's bookings and verified proofs grouped
 * by household. With the context load that is four round trips however large the village.
 */
export async function villageStanding(db: Database, village: CheckupVillage, today: string): Promise<VillageStanding> {
  const _ = db.command
  const year = Number(today.slice(0, 4))
  const days = _.gte(`${year}-01-01`).and(_.lte(`${year}-12-31`))
  const [households, bookings, proofs] = await Promise.all([
    db.collection('households').aggregate().match({ villageId: village._id, archived: false })
      .project({ label: 1, groupId: 1, managementType: 1, managementSince: 1, 'members.workingAway': 1 }).limit(MOST).end(),
    db.collection('bookings').aggregate().match({ villageId: village._id, day: days, status: _.in(['booked', 'attended']) })
      .group({ _id: '$householdId', days: { $push: { d: '$day', s: '$status' } } } as never).limit(MOST).end(),
    db.collection('proofs').aggregate().match({ villageId: village._id, status: 'verified', checkupDay: days })
      .group({ _id: '$householdId', days: { $push: { d: '$checkupDay', s: 'verified' } } } as never).limit(MOST).end(),
  ])
  const byHousehold = new Map<string, Array<{ d: string; s: string }>>()
  for (const r of [...listOf<Days>(bookings), ...listOf<Days>(proofs)]) byHousehold.set(r._id, [...(byHousehold.get(r._id) ?? []), ...r.days])

  const rules = rulesOf(village.checkupRules)
  const groups = new Map(village.groups.map((g, i) => [g.id, { name: g.name, order: i }]))
  const rows = listOf<Row>(households).map((h) => {
    const facts = byHousehold.get(h._id) ?? []
    const done = facts.filter((f) => f.s !== 'booked').map((f) => f.d)
    const sinceDay = h.managementSince ? businessDay(new Date(h.managementSince)) : null
    const s = standing(year, today, managementHistory(h.managementType, sinceDay), rules, { done, booked: facts.filter((f) => f.s === 'booked').map((f) => f.d) })
    return {
      householdId: h._id, label: h.label, groupId: h.groupId, groupName: groups.get(h.groupId)?.name ?? '',
      managementType: h.managementType, planned: s.planned, done: s.done, booked: s.booked, due: s.due,
      dueNow: s.dueNow, overdue: s.overdue, lastDoneDay: done.length ? done.reduce((a, b) => (a > b ? a : b)) : null,
      workingAway: (h.members ?? []).filter((m) => m.workingAway).length, perYear: s.perYear,
    }
  })
  const order = (id: string) => groups.get(id)?.order ?? groups.size
  rows.sort((a, b) => order(a.groupId) - order(b.groupId) || (a.householdId < b.householdId ? -1 : 1))
  return { year, today, rows }
}

export type DueStatus = 'due' | 'overdue' | 'any'

export function isListed(row: Pick<DueItem, 'dueNow' | 'overdue'>, status: DueStatus): boolean {
  if (status === 'due') return row.dueNow
  if (status === 'overdue') return row.overdue.length > 0
  return row.dueNow || row.overdue.length > 0
}
