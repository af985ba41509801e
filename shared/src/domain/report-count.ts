// The dashboards' figures counted from a village's raw records (docs/reports.md). Pure: the
// `report` timer feeds it what its indexed reads found, the demo seed its own arrays, and the
// recount test every stored record, unfiltered; all must agree.
import type { ComplaintFigures, Figures, GroupFigures } from '../api/report/report'
import type { CheckupRules } from './checkup-plan'
import { plannedInYear } from './checkup-plan'
import { managementHistory, standing } from './checkup-standing'
import { MIN_PUBLIC_CELL } from './report-labels'

/** Days from submission to verification are kept as a histogram (0 … 60, the last bucket "60 or more"), so medians add up exactly. */
export const VERIFY_DAY_BUCKETS = 61

export interface CountVillage {
  _id: string
  groups: Array<{ id: string; name: string }>
}

export interface CountInput {
  /** Beijing day of the count, and its quarter (`2026Q4`). */
  today: string
  quarter: string
  rules: CheckupRules
  village: CountVillage
  households: Array<{ _id: string; groupId: string; managementType: string; managementSinceDay: string | null; archived: boolean }>
  /** The village's commitments (any status; superseded ones are skipped). */
  commitments: Array<{ householdId: string; status: string }>
  enrolments: Array<{ householdId: string; status: string }>
  /** Bookings (any status; only this year's booked and attended count). */
  bookings: Array<{ householdId: string; day: string; status: string }>
  proofs: Array<{ householdId: string; status: string; checkupDay: string; submittedDay: string; decidedDay: string | null }>
  complaints: Array<{ filedDay: string; status: string; firstAnswerDay: string | null; firstAnswerWithin: boolean | null; acceptBy: string; answerBy: string }>
  /** The latest published review round and its households' current outcomes. */
  review: { quarter: string; roundId: string; results: Array<{ householdId: string; outcome: string }> } | null
  /** Approved ledger entries summed by quarter (money in, money out, entries), and how many wait for approval. */
  ledger: { quarters: Array<{ quarter: string; inFen: number; outFen: number; count: number }>; pending: number }
}

/** What the counters store per village: raw figures (complaints unhidden) and the verify-days histogram. */
export interface VillageCount {
  figures: Figures
  groups: Array<{ groupId: string; groupName: string; figures: GroupFigures }>
  verifyDays: number[]
}

const rate = (n: number, d: number) => (d > 0 ? Math.round((n / d) * 10000) / 10000 : null)
const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86400000)
const quarterOfDay = (day: string) => `${day.slice(0, 4)}Q${Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1}`

export function emptyGroupFigures(year: number): GroupFigures {
  return {
    signing: { due: 0, signed: 0, complete: 0, awaitingVillage: 0, rate: null },
    enrolment: { households: 0, contract: 0, recognised: 0, committed: 0, behavioural: 0, pending: 0 },
    checkups: { year, planned: 0, done: 0, booked: 0, rate: null, dueNow: 0, overdue: 0 },
    proofs: { pending: 0, verified: 0, medianDaysToVerify: null },
    review: { quarter: null, exemplary: 0, fulfilled: 0, support: 0, unrated: 0 },
  }
}

export function emptyFigures(year: number): Figures {
  return {
    ...emptyGroupFigures(year),
    complaints: { hidden: false, filed: 0, answered: 0, withinDeadline: 0, withinRate: null, open: 0, overdue: 0 },
    ledger: { incomeFen: 0, expenseFen: 0, entries: 0, balanceFen: 0, pending: 0 },
    savings: { tripsAvoided: 0, roundsAvoided: 0, totalFen: 0 },
  }
}

/** The median of a verify-days histogram (null when empty). */
export function histogramMedian(h: readonly number[]): number | null {
  const n = h.reduce((a, b) => a + b, 0)
  if (!n) return null
  const at = (k: number) => { let seen = 0; for (let d = 0; d < h.length; d++) { seen += h[d]; if (seen > k) return d } return h.length - 1 }
  return n % 2 ? at((n - 1) / 2) : (at(n / 2 - 1) + at(n / 2)) / 2
}

/** Every figure of one village and its groups. Savings carry trips and rounds; their fen are priced when read. */
export function countVillage(input: CountInput): VillageCount {
  const year = Number(input.today.slice(0, 4))
  const groups = new Map(input.village.groups.map((g) => [g.id, { groupId: g.id, groupName: g.name, figures: emptyGroupFigures(year) }]))
  const histograms = new Map<string, number[]>()
  const households = new Map(input.households.filter((h) => !h.archived).map((h) => [h._id, h]))
  const groupOf = (householdId: string) => {
    const h = households.get(householdId)
    if (!h) return null
    if (!groups.has(h.groupId)) groups.set(h.groupId, { groupId: h.groupId, groupName: '', figures: emptyGroupFigures(year) })
    return groups.get(h.groupId)!.figures
  }

  const bookings = new Map<string, { done: string[]; booked: string[] }>()
  const facts = (id: string) => bookings.get(id) ?? bookings.set(id, { done: [], booked: [] }).get(id)!
  for (const b of input.bookings) {
    if (!b.day.startsWith(`${year}-`)) continue
    if (b.status === 'attended') facts(b.householdId).done.push(b.day)
    else if (b.status === 'booked') facts(b.householdId).booked.push(b.day)
  }
  let tripsAvoided = 0
  for (const p of input.proofs) {
    if (p.status !== 'verified' || !p.checkupDay.startsWith(`${year}-`)) continue
    facts(p.householdId).done.push(p.checkupDay)
    tripsAvoided++
  }

  let roundsAvoided = 0
  for (const h of households.values()) {
    const f = groupOf(h._id)!
    const history = managementHistory(h.managementType as never, h.managementSinceDay)
    const s = standing(year, input.today, history, input.rules, facts(h._id))
    f.signing.due++
    f.enrolment.households++
    f.enrolment[h.managementType as 'contract']++
    f.checkups.planned += s.planned
    f.checkups.done += Math.min(s.done, s.planned)
    f.checkups.booked += s.booked
    if (s.dueNow) f.checkups.dueNow++
    if (s.overdue.length) f.checkups.overdue++
    roundsAvoided += Math.max(0, input.rules.perYear.contract - plannedInYear(year, history, input.rules))
  }
  for (const c of input.commitments) {
    const f = groupOf(c.householdId)
    if (!f || c.status === 'superseded') continue
    if (c.status === 'awaiting-village' || c.status === 'complete') f.signing.signed++
    if (c.status === 'awaiting-village') f.signing.awaitingVillage++
    if (c.status === 'complete') f.signing.complete++
  }
  for (const e of input.enrolments) if (e.status === 'pending') { const f = groupOf(e.householdId); if (f) f.enrolment.pending++ }
  for (const p of input.proofs) {
    const f = groupOf(p.householdId)
    if (!f) continue
    if (p.status === 'pending') f.proofs.pending++
    if (p.status === 'verified' && p.decidedDay && quarterOfDay(p.decidedDay) === input.quarter) {
      f.proofs.verified++
      const gid = households.get(p.householdId)!.groupId
      const h = histograms.get(gid) ?? histograms.set(gid, new Array(VERIFY_DAY_BUCKETS).fill(0)).get(gid)!
      h[Math.min(VERIFY_DAY_BUCKETS - 1, Math.max(0, daysBetween(p.submittedDay, p.decidedDay)))]++
    }
  }
  for (const r of input.review?.results ?? []) {
    const f = groupOf(r.householdId)
    if (f && r.outcome in f.review) f.review[r.outcome as 'unrated']++
  }

  const groupRows = input.village.groups.map((g) => groups.get(g.id)!).concat([...groups.values()].filter((g) => !g.groupName))
  for (const g of groupRows) {
    finishGroup(g.figures, histograms.get(g.groupId))
    g.figures.review.quarter = input.review?.quarter ?? null
  }
  const verifyDays = [...histograms.values()].reduce((a, h) => addHistograms(a, h), new Array(VERIFY_DAY_BUCKETS).fill(0))
  const total = sumFigures(groupRows.map((g) => ({ ...emptyFigures(year), ...g.figures })), year, verifyDays)
  total.complaints = countComplaints(input.complaints, input.quarter, input.today)
  total.ledger = countLedger(input.ledger, input.quarter)
  total.savings = { tripsAvoided, roundsAvoided, totalFen: 0 }
  return { figures: total, groups: groupRows, verifyDays }
}

function countComplaints(rows: CountInput['complaints'], quarter: string, today: string): ComplaintFigures {
  const out = { hidden: false, filed: 0, answered: 0, withinDeadline: 0, withinRate: null as number | null, open: 0, overdue: 0 }
  for (const c of rows) {
    if (quarterOfDay(c.filedDay) === quarter) {
      out.filed++
      if (c.firstAnswerDay) out.answered++
      if (c.firstAnswerWithin) out.withinDeadline++
    }
    if (c.status === 'submitted' || c.status === 'accepted') {
      out.open++
      if ((c.status === 'submitted' ? c.acceptBy : c.answerBy) < today) out.overdue++
    }
  }
  out.withinRate = rate(out.withinDeadline, out.answered)
  return out
}

function countLedger(ledger: CountInput['ledger'], quarter: string): Figures['ledger'] {
  const out = { incomeFen: 0, expenseFen: 0, entries: 0, balanceFen: 0, pending: ledger.pending }
  for (const q of ledger.quarters) {
    out.balanceFen += q.inFen - q.outFen
    if (q.quarter !== quarter) continue
    out.entries += q.count
    out.incomeFen += q.inFen
    out.expenseFen += q.outFen
  }
  return out
}

function addHistograms(a: number[] | undefined, b: readonly number[]): number[] {
  const out = a ? [...a] : new Array(VERIFY_DAY_BUCKETS).fill(0)
  b.forEach((n, i) => (out[i] += n))
  return out
}

function finishGroup(f: GroupFigures, histogram: readonly number[] | undefined): void {
  f.signing.rate = rate(f.signing.signed, f.signing.due)
  f.checkups.rate = rate(f.checkups.done, f.checkups.planned)
  f.proofs.medianDaysToVerify = histogram ? histogramMedian(histogram) : null
}

/** Adds figures of villages (or groups) up: counts sum, rates and medians are worked out again. */
export function sumFigures(parts: readonly Figures[], year: number, verifyDays: readonly number[]): Figures {
  const total = emptyFigures(year)
  const add = (into: Record<string, unknown>, from: Record<string, unknown>) => {
    for (const [k, v] of Object.entries(from)) {
      if (k === 'rate' || k === 'withinRate' || k === 'medianDaysToVerify' || k === 'year' || k === 'hidden') continue
      if (typeof v === 'number') into[k] = ((into[k] as number) ?? 0) + v
      else if (v && typeof v === 'object') add(into[k] as Record<string, unknown>, v as Record<string, unknown>)
      else if (k === 'quarter' && typeof v === 'string' && (!into[k] || (into[k] as string) < v)) into[k] = v
    }
  }
  for (const p of parts) add(total as unknown as Record<string, unknown>, p as unknown as Record<string, unknown>)
  finishGroup(total, verifyDays)
  total.complaints.withinRate = rate(total.complaints.withinDeadline ?? 0, total.complaints.answered ?? 0)
  return total
}

/** Complaint figures as shown: below MIN_PUBLIC_CELL filed, nothing but `hidden`. */
export function publicComplaints(c: ComplaintFigures): ComplaintFigures {
  if ((c.filed ?? 0) >= MIN_PUBLIC_CELL) return { ...c, hidden: false }
  return { hidden: true, filed: null, answered: null, withinDeadline: null, withinRate: null, open: null, overdue: null }
}
