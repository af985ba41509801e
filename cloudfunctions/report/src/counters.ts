import { businessDay, businessQuarter, countVillage, sumFigures, VERIFY_DAY_BUCKETS } from '@chengxin/shared/src/domain'
import type { VillageDoc } from '@chengxin/shared/src/server'
import { database, dayStart, listOf, type Database } from '@chengxin/shared/src/server'
import type { CounterDoc, CounterStateDoc } from '@chengxin/shared/src/server'
import { loadVillage } from './load'

const STATE_ID = 'counters'
/** Changes are logged when they complete; a run also recounts what changed shortly before the last one started (clock skew, changes completing meanwhile). */
const OVERLAP_MS = 5 * 60_000
const PAGE = 1000

export const villageCounterId = (villageId: string, quarter: string) => `${villageId}:${quarter}`
export const townshipCounterId = (townshipId: string, quarter: string) => `t:${townshipId}:${quarter}`

/** Counts one village now and stores its counter for the current quarter. */
export async function countAndStore(db: Database, village: VillageDoc, now: Date): Promise<CounterDoc> {
  const doc = await countNow(db, village, now)
  const { _id, ...data } = doc
  await db.collection('report_counters').doc(_id).set({ data })
  return doc
}

/** One village's counter for the current quarter, counted now from its records (not stored). */
export async function countNow(db: Database, village: VillageDoc, now: Date): Promise<CounterDoc> {
  const today = businessDay(now)
  const quarter = businessQuarter(now)
  const input = await loadVillage(db, village, today, quarter)
  const counted = countVillage(input)
  const doc: CounterDoc = {
    _id: villageCounterId(village._id, quarter), kind: 'village', townshipId: village.townshipId, villageId: village._id, name: village.name,
    quarter, countedAt: now, figures: counted.figures, groups: counted.groups, verifyDays: counted.verifyDays,
    reviewRoundId: input.review?.roundId ?? null, villages: 1,
  }
  return doc
}

/** The newest counter of each village of a township (this quarter's, else the last one counted). */
export async function villageCounters(db: Database, townshipId: string, quarter: string, previous: string): Promise<CounterDoc[]> {
  const _ = db.command
  const rows: CounterDoc[] = []
  for (let skip = 0; ; skip += PAGE) {
    const page = listOf<CounterDoc>(await db.collection('report_counters').where({ townshipId, kind: 'village', quarter: _.in([quarter, previous]) }).skip(skip).limit(PAGE).get())
    rows.push(...page)
    if (page.length < PAGE) break
  }
  return newestPerVillage(rows)
}

export function newestPerVillage(rows: CounterDoc[]): CounterDoc[] {
  const best = new Map<string, CounterDoc>()
  for (const r of rows) if (!best.has(r.villageId!) || best.get(r.villageId!)!.quarter < r.quarter) best.set(r.villageId!, r)
  return [...best.values()].sort((a, b) => (a.villageId! < b.villageId! ? -1 : 1))
}

/** A township's counter for the quarter: its villages' counters summed (not stored). */
export function townshipSum(townshipId: string, name: string, villages: CounterDoc[], quarter: string, now: Date): CounterDoc {
  const year = Number(businessDay(now).slice(0, 4))
  const verifyDays = villages.reduce((a, v) => a.map((n, i) => n + (v.quarter === quarter ? (v.verifyDays[i] ?? 0) : 0)), new Array(VERIFY_DAY_BUCKETS).fill(0))
  return {
    _id: townshipCounterId(townshipId, quarter), kind: 'township', townshipId, villageId: null, name, quarter, countedAt: now,
    figures: sumFigures(villages.map((v) => v.figures), year, verifyDays), groups: [], verifyDays, reviewRoundId: null, villages: villages.length,
  }
}

/** Sums a township's village counters into its own counter for the quarter. */
export async function storeTownship(db: Database, townshipId: string, name: string, villages: CounterDoc[], quarter: string, now: Date): Promise<CounterDoc> {
  const doc = townshipSum(townshipId, name, villages, quarter, now)
  const { _id, ...data } = doc
  await db.collection('report_counters').doc(_id).set({ data })
  return doc
}

export function previousQuarter(quarter: string): string {
  const y = Number(quarter.slice(0, 4))
  const q = Number(quarter.slice(5))
  return q === 1 ? `${y - 1}Q4` : `${y}Q${q - 1}`
}

/** Villages whose records changed since `since`: every change's log entry names its village. */
async function changedVillages(db: Database, since: Date, now: Date): Promise<string[]> {
  const _ = db.command
  // Complaint log entries carry the day only (anonymous ones must): look back to yesterday's start for them.
  const yesterday = dayStart(businessDay(new Date(now.getTime() - 86400000)))
  const [recent, complaints] = await Promise.all([
    db.collection('audit').aggregate().match({ at: _.gt(since) }).group({ _id: '$target.villageId' } as never).limit(100_000).end(),
    db.collection('audit').aggregate().match({ 'target.collection': 'complaints', at: _.gte(yesterday) }).group({ _id: '$target.villageId' } as never).limit(100_000).end(),
  ])
  const ids = new Set([...listOf<{ _id: string | null }>(recent), ...listOf<{ _id: string | null }>(complaints)].map((r) => r._id).filter((id): id is string => !!id))
  // A slot of several villages closed: its log entry names no village, its bookings do.
  const slots = listOf<{ _id: string }>(await db.collection('audit').aggregate().match({ 'target.collection': 'checkup_slots', at: _.gt(since), 'target.villageId': null })
    .group({ _id: '$target.id' } as never).limit(10_000).end()).map((r) => r._id)
  if (slots.length) {
    const touched = await db.collection('bookings').aggregate().match({ slotId: _.in(slots) }).group({ _id: '$villageId' } as never).limit(100_000).end()
    for (const r of listOf<{ _id: string }>(touched)) ids.add(r._id)
  }
  return [...ids].sort()
}

async function villagesByIds(db: Database, ids: string[]): Promise<VillageDoc[]> {
  const _ = db.command
  const out: VillageDoc[] = []
  for (let i = 0; i < ids.length; i += PAGE) {
    out.push(...listOf<VillageDoc>(await db.collection('villages').where({ _id: _.in(ids.slice(i, i + PAGE)) }).limit(PAGE).get()))
  }
  return out
}

export interface CounterRun { counted: number; townships: number; full: boolean; done: boolean }

/**
 * Timer `counters` (every 10 minutes): recounts the villages changed since the last run, and
 * once a day every village (figures that move with the date alone: due and overdue check-ups,
 * overdue complaints), as many as fit before `deadline`, carrying on at the next run; then sums
 * the townships touched. A new quarter starts with a full recount, so its counters exist.
 */
export async function runCounters(db: Database = database(), options: { now?: Date; deadline?: number; full?: boolean } = {}): Promise<CounterRun> {
  const now = options.now ?? new Date()
  const deadline = options.deadline ?? Date.now() + 45_000
  const today = businessDay(now)
  const quarter = businessQuarter(now)
  const stateRes = listOf<CounterStateDoc>(await db.collection('report_state').where({ _id: STATE_ID }).limit(1).get())[0]
  const state: CounterStateDoc = stateRes ?? { _id: STATE_ID, lastRunAt: null, fullDay: null, fullCursor: null, quarter: null }
  const full = options.full || state.fullDay !== today || state.quarter !== quarter
  const _ = db.command

  let villages: VillageDoc[] = []
  let cursor = state.fullCursor
  if (full) {
    villages = listOf<VillageDoc>(await db.collection('villages').where({ _id: _.gt(cursor ?? '') }).orderBy('_id', 'asc').limit(PAGE).get())
  } else {
    const since = state.lastRunAt ? new Date(new Date(state.lastRunAt).getTime() - OVERLAP_MS) : new Date(0)
    villages = await villagesByIds(db, await changedVillages(db, since, now))
  }

  const townships = new Map<string, string>()
  let counted = 0
  for (const v of villages) {
    if (counted > 0 && Date.now() > deadline) break
    await countAndStore(db, v, now)
    townships.set(v.townshipId, v.townshipId)
    counted++
    if (full) cursor = v._id
  }
  const finished = !full || counted === villages.length && villages.length < PAGE
  await sumTownships(db, [...townships.keys()], quarter, now)

  const next: Omit<CounterStateDoc, '_id'> = full
    ? { lastRunAt: state.lastRunAt ? new Date(state.lastRunAt) : now, fullDay: finished ? today : state.fullDay, fullCursor: finished ? null : cursor, quarter: finished ? quarter : state.quarter }
    : { lastRunAt: now, fullDay: state.fullDay, fullCursor: state.fullCursor, quarter: state.quarter }
  // A full pass keeps the dirty cursor where it was: changes made meanwhile are counted by the next dirty run.
  await db.collection('report_state').doc(STATE_ID).set({ data: next })
  return { counted, townships: townships.size, full, done: finished }
}

export async function sumTownships(db: Database, townshipIds: string[], quarter: string, now: Date): Promise<void> {
  if (!townshipIds.length) return
  const names = new Map(listOf<{ _id: string; name: string }>(await db.collection('townships').where({ _id: db.command.in(townshipIds) }).limit(PAGE).get()).map((t) => [t._id, t.name]))
  for (const t of townshipIds) await storeTownship(db, t, names.get(t) ?? '', await villageCounters(db, t, quarter, previousQuarter(quarter)), quarter, now)
}
