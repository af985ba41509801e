import { ASSESSMENT_GOODS } from '@chengxin/shared/src/domain/report-labels'
import { businessDay, businessQuarter } from '@chengxin/shared/src/domain/dates'
import { countVillage, sumFigures, VERIFY_DAY_BUCKETS, type CountInput } from '@chengxin/shared/src/domain/report-count'
import { rulesOf } from '@chengxin/shared/src/domain/checkup-standing'
import type { Figures } from '@chengxin/shared/src/api/report/report'
import type { VillageDoc } from '@chengxin/shared/src/server/documents'
import type { CounterDoc } from '@chengxin/shared/src/server/report-documents'
import type { SeedData } from './demo'

type Row = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any -- the seed's own documents, read back by field

const day = (d: unknown) => (d ? businessDay(new Date(d as string)) : null)
const previous = (q: string) => (q.endsWith('Q1') ? `${Number(q.slice(0, 4)) - 1}Q4` : `${q.slice(0, 5)}${Number(q.slice(5)) - 1}`)

function byVillage(rows: Row[] | undefined): Map<string, Row[]> {
  const out = new Map<string, Row[]>()
  for (const r of rows ?? []) (out.get(r.villageId) ?? out.set(r.villageId, []).get(r.villageId)!).push(r)
  return out
}

/**
 * The dashboards' counters as the `report` timer would count them from the seed (the same
 * domain count), so every dashboard answers from the start; the demo village's past seven
 * quarters as snapshots (illustrative history: the current figures scaled down quarter by
 * quarter, so trend charts have something to show); the six-goods assessment of the last
 * two quarters submitted for every village and the current quarter opened.
 */
export function demoReport(data: SeedData, now: Date): SeedData {
  const today = businessDay(now)
  const quarter = businessQuarter(now)
  const villages = data.villages as unknown as VillageDoc[]
  const [households, commitments, enrolments, bookings, proofs, complaints, chain, entries] =
    ['households', 'commitments', 'enrolments', 'bookings', 'proofs', 'complaints', 'ledger_chain', 'ledger_entries'].map((c) => byVillage(data[c] as Row[]))
  const rounds = byVillage(data.review_rounds as Row[])
  const results = new Map<string, Row[]>()
  for (const r of (data.review_results ?? []) as Row[]) (results.get(r.roundId) ?? results.set(r.roundId, []).get(r.roundId)!).push(r)

  const counters: CounterDoc[] = []
  for (const v of villages) {
    const round = (rounds.get(v._id) ?? []).filter((r) => r.status === 'published' || r.status === 'final').sort((a, b) => (a.quarter < b.quarter ? 1 : -1))[0]
    const ledgerQuarters = new Map<string, { quarter: string; inFen: number; outFen: number; count: number }>()
    for (const e of chain.get(v._id) ?? []) {
      const q = ledgerQuarters.get(e.quarter) ?? ledgerQuarters.set(e.quarter, { quarter: e.quarter, inFen: 0, outFen: 0, count: 0 }).get(e.quarter)!
      q.count++
      if (e.signedFen > 0) q.inFen += e.signedFen
      else q.outFen -= e.signedFen
    }
    const input: CountInput = {
      today, quarter, rules: rulesOf(v.checkupRules), village: { _id: v._id, groups: v.groups },
      households: (households.get(v._id) ?? []).map((h) => ({ _id: h._id, groupId: h.groupId, managementType: h.managementType, managementSinceDay: day(h.managementSince), archived: !!h.archived })),
      commitments: (commitments.get(v._id) ?? []).map((c) => ({ householdId: c.householdId, status: c.status })),
      enrolments: (enrolments.get(v._id) ?? []).map((e) => ({ householdId: e.householdId, status: e.status })),
      bookings: (bookings.get(v._id) ?? []).map((b) => ({ householdId: b.householdId, day: b.day, status: b.status })),
      proofs: (proofs.get(v._id) ?? []).map((p) => ({ householdId: p.householdId, status: p.status, checkupDay: p.checkupDay, submittedDay: day(p.submittedAt)!, decidedDay: day(p.decidedAt) })),
      complaints: (complaints.get(v._id) ?? []).map((c) => ({ filedDay: c.filedDay, status: c.status, firstAnswerDay: c.firstAnswerDay ?? null, firstAnswerWithin: c.firstAnswerWithin ?? null, acceptBy: c.acceptBy, answerBy: c.answerBy })),
      review: round ? { quarter: round.quarter, roundId: round._id, results: (results.get(round._id) ?? []).map((r) => ({ householdId: r.householdId, outcome: r.current?.outcome })) } : null,
      ledger: { quarters: [...ledgerQuarters.values()], pending: (entries.get(v._id) ?? []).filter((e) => e.status === 'pending').length },
    }
    const counted = countVillage(input)
    counters.push({ _id: `${v._id}:${quarter}`, kind: 'village', townshipId: v.townshipId, villageId: v._id, name: v.name, quarter, countedAt: now, ...counted, reviewRoundId: round?._id ?? null, villages: 1 })
  }
  const year = Number(today.slice(0, 4))
  const townships = (data.townships ?? []) as Row[]
  for (const t of townships) {
    const mine = counters.filter((c) => c.kind === 'village' && c.townshipId === t._id)
    const verifyDays = mine.reduce((a, c) => a.map((n, i) => n + c.verifyDays[i]), new Array(VERIFY_DAY_BUCKETS).fill(0))
    counters.push({ _id: `t:${t._id}:${quarter}`, kind: 'township', townshipId: t._id, villageId: null, name: t.name, quarter, countedAt: now, figures: sumFigures(mine.map((c) => c.figures), year, verifyDays), groups: [], verifyDays, reviewRoundId: null, villages: mine.length })
  }
  // Illustrative history for the first township (the demo's 十字镇): seven earlier quarters.
  const history: CounterDoc[] = []
  const first = townships[0]?._id
  for (const c of counters.filter((c) => c.townshipId === first)) {
    let q = quarter
    for (let k = 1; k <= 7; k++) {
      q = previous(q)
      const share = Math.max(0.2, 1 - k * 0.1)
      history.push({ ...c, _id: c.kind === 'village' ? `${c.villageId}:${q}` : `t:${c.townshipId}:${q}`, quarter: q, countedAt: new Date(now.getTime() - k * 91 * 86400000), figures: scaled(c.figures, share, k), groups: c.groups.map((g) => ({ ...g, figures: scaled({ ...c.figures, ...g.figures }, share, k) })) })
    }
  }

  const assessmentRounds: Row[] = []
  const assessments: Row[] = []
  const past = [previous(quarter), previous(previous(quarter))]
  for (const t of townships) {
    const mine = villages.filter((v) => v.townshipId === t._id)
    for (const q of [quarter, ...past]) assessmentRounds.push({ _id: `${t._id}:${q}`, townshipId: t._id, quarter: q, villages: mine.length, openedAt: now, openedBy: '镇卫健办', requestId: `seed-assessment-${t._id}-${q}` })
    if (t._id !== first) continue
    mine.forEach((v, i) => past.forEach((q, j) => assessments.push({
      _id: `${v._id}:${q}`, townshipId: t._id, villageId: v._id, villageName: v.name, quarter: q, status: 'submitted',
      goods: ASSESSMENT_GOODS.map((key, n) => ({ key, score: 6 + ((i + j + n) % 5), comment: n === 0 ? '班子团结，按时开会' : '' })),
      scoredBy: '镇卫健办', updatedAt: now, submittedAt: now, requestId: `seed-assessment-${v._id}-${q}`, version: 1,
    })))
  }
  return {
    report_counters: [...counters, ...history] as unknown as SeedData[string],
    report_state: [{ _id: 'counters', lastRunAt: now, fullDay: today, fullCursor: null, quarter }],
    assessment_rounds: assessmentRounds as SeedData[string],
    assessments: assessments as SeedData[string],
  }
}

/** Figures of an earlier quarter for the illustration: counts scaled by `share`, rates recomputed. */
function scaled(f: Figures, share: number, k: number): Figures {
  const s = (n: number) => Math.round(n * share)
  const due = f.signing.due
  const signed = Math.min(due, s(f.signing.signed))
  const planned = f.checkups.planned
  const done = Math.min(planned, s(f.checkups.done))
  return {
    ...f,
    signing: { ...f.signing, signed, complete: Math.min(signed, s(f.signing.complete)), awaitingVillage: Math.max(0, signed - s(f.signing.complete)), rate: due ? signed / due : null },
    checkups: { ...f.checkups, done, rate: planned ? done / planned : null, overdue: f.checkups.overdue + k },
    proofs: { ...f.proofs, verified: s(f.proofs.verified) + (k % 3), medianDaysToVerify: 2 + (k % 4) },
    ledger: { ...f.ledger, incomeFen: s(f.ledger.incomeFen) + 50000 * (k % 3), expenseFen: s(f.ledger.expenseFen) + 20000 * (k % 2), entries: s(f.ledger.entries) + (k % 4) },
  }
}
