import { businessDay, rulesOf, type CountInput } from '@chengxin/shared/src/domain'
import type { VillageDoc } from '@chengxin/shared/src/server'
import { listOf, type Database } from '@chengxin/shared/src/server'

// Aggregates answer every row (no 1,000 cap as for reads); this bounds a village generously.
const MOST = 50_000
const day = (d: Date | string | null | undefined) => (d ? businessDay(new Date(d)) : null)

/**
 * Everything countVillage needs of one village, in nine indexed reads run side by side and
 * one more for the review results. Only the fields counted are read.
 */
export async function loadVillage(db: Database, village: VillageDoc, today: string, quarter: string): Promise<CountInput> {
  const _ = db.command
  const year = today.slice(0, 4)
  const v = village._id
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- projected raw rows, mapped to CountInput below
  const agg = async (collection: string, match: object, project: object) => listOf<Record<string, any>>(await db.collection(collection).aggregate().match(match).project(project).limit(MOST).end())
  const rows = async <T>(p: Promise<unknown> | unknown) => listOf<T>(await p)
  const [households, commitments, enrolments, bookings, proofs, complaints, rounds, ledger, pending] = await Promise.all([
    agg('households', { villageId: v }, { groupId: 1, managementType: 1, managementSince: 1, archived: 1 }),
    agg('commitments', { villageId: v }, { householdId: 1, status: 1 }),
    agg('enrolments', { villageId: v, status: 'pending' }, { householdId: 1, status: 1 }),
    agg('bookings', { villageId: v, day: _.gte(`${year}-01-01`).and(_.lte(`${year}-12-31`)) }, { householdId: 1, day: 1, status: 1 }),
    agg('proofs', { villageId: v }, { householdId: 1, status: 1, checkupDay: 1, submittedAt: 1, decidedAt: 1 }),
    agg('complaints', { villageId: v }, { filedDay: 1, status: 1, firstAnswerDay: 1, firstAnswerWithin: 1, acceptBy: 1, answerBy: 1 }),
    rows<{ _id: string; quarter: string; status: string }>(db.collection('review_rounds').where({ villageId: v }).orderBy('quarter', 'desc').limit(12).field({ quarter: true, status: true }).get()),
    rows<{ _id: string; inFen: number; outFen: number; count: number }>(db.collection('ledger_chain').aggregate().match({ villageId: v })
      .group({ _id: '$quarter', inFen: { $sum: { $max: ['$signedFen', 0] } }, outFen: { $sum: { $max: [{ $multiply: ['$signedFen', -1] }, 0] } }, count: { $sum: 1 } } as never).limit(1000).end()),
    countOf(db.collection('ledger_entries').where({ villageId: v, status: 'pending' }).count()),
  ])
  const round = rounds.find((r) => r.status === 'published' || r.status === 'final') ?? null
  const results = round
    ? listOf<{ householdId: string; current: { outcome: string } }>(await db.collection('review_results').aggregate().match({ roundId: round._id }).project({ householdId: 1, 'current.outcome': 1 }).limit(MOST).end())
    : []
  return {
    today, quarter, rules: rulesOf(village.checkupRules), village: { _id: v, groups: village.groups },
    households: households.map((h) => ({ _id: h._id, groupId: h.groupId, managementType: h.managementType, managementSinceDay: day(h.managementSince), archived: !!h.archived })),
    commitments: commitments.map((c) => ({ householdId: c.householdId, status: c.status })),
    enrolments: enrolments.map((e) => ({ householdId: e.householdId, status: e.status })),
    bookings: bookings.map((b) => ({ householdId: b.householdId, day: b.day, status: b.status })),
    proofs: proofs.map((p) => ({ householdId: p.householdId, status: p.status, checkupDay: p.checkupDay, submittedDay: day(p.submittedAt)!, decidedDay: day(p.decidedAt) })),
    complaints: complaints.map((c) => ({ filedDay: c.filedDay, status: c.status, firstAnswerDay: c.firstAnswerDay ?? null, firstAnswerWithin: c.firstAnswerWithin ?? null, acceptBy: c.acceptBy, answerBy: c.answerBy })),
    review: round ? { quarter: round.quarter, roundId: round._id, results: results.map((r) => ({ householdId: r.householdId, outcome: r.current?.outcome })) } : null,
    ledger: { quarters: ledger.map((q) => ({ quarter: q._id, inFen: q.inFen, outFen: q.outFen, count: q.count })), pending },
  }
}

export async function countOf(p: Promise<unknown> | unknown): Promise<number> {
  return ((await p) as { total?: number })?.total ?? 0
}
