// The quarterly review at a large village: 十字村 grown to 2,000 households (the upper end of
// a village, PRODUCT.md), its review group of five scoring exception-based, then the round
// closed in batches. Each scoring action must stay within 4 database round trips; closing is
// measured call by call (each call must stay far inside a cloud function's 20 s limit).
// Exported for `npm run bench`; runs on its own with `node --import tsx bench/review.ts`
// (functions built first).
import { randomUUID } from 'crypto'
import { startEmulator, type Emulator } from '../emulator-app/start'
import { businessQuarter } from '../shared/src/domain/dates'

export const REVIEW_BENCH_HOUSEHOLDS = 2_000
/** The round-trip budget of every scoring action (issue 9). */
export const SCORING_ROUND_TRIPS = 4
const MEMBERS = ['o-panel-member', 'o-review-2', 'o-review-3', 'o-review-4', 'o-review-5']
const SCORING = new Set(['review.declareConflict', 'review.score', 'review.confirmGroup', 'review.queue'])

export interface ReviewBenchRow { action: string; who: string; roundTrips: number; ms: number; ok: boolean }
export interface ReviewBench {
  households: number
  rows: ReviewBenchRow[]
  /** The worst round trips of each scoring action. */
  scoring: Record<string, number>
  close: { batch: number; calls: number; totalMs: number; maxCallMs: number; maxRoundTrips: number; results: number }
  failures: string[]
}

/** Grows 十字村 to `total` households (ids after the seeded ones, spread over its five groups). */
function growVillage(emu: Emulator, total: number) {
  const db = emu.wire.db.collection('households')
  const have = db.find({ villageId: 'v-shizi' }).length
  const docs = []
  for (let n = have + 1; n <= total; n++) {
    const id = `h-shizi-${String(n).padStart(4, '0')}`
    docs.push({
      _id: id, villageId: 'v-shizi', groupId: `v-shizi-g${((n - 1) % 5) + 1}`, label: `测试${n}户`, managementType: 'contract', archived: false,
      members: [{ id: `${id}-m1`, name: `测试${n}`, relation: '户主', isHead: true, workingAway: null, idMasked: null, idHash: null }], createdAt: new Date(),
    })
  }
  db.insertMany(docs)
}

export async function benchReview(total = REVIEW_BENCH_HOUSEHOLDS, batch = 200): Promise<ReviewBench> {
  const emu = await startEmulator({ strictIndexes: true, seed: {} })
  const rows: ReviewBenchRow[] = []
  const failures: string[] = []
  const step = async (who: string, action: string, input: unknown, change = false) => {
    const started = Date.now()
    const out = await emu.call('review', { action, input, requestId: change ? randomUUID() : undefined }, who)
    const ok = !!out.result?.ok
    if (!ok) failures.push(`${action} as ${who}: ${JSON.stringify(out.result?.error ?? out.error)}`)
    rows.push({ action, who, roundTrips: out.roundTrips, ms: Date.now() - started, ok })
    return out.result?.data
  }
  try {
    growVillage(emu, total)
    const quarter = businessQuarter(new Date())
    const roundId = `v-shizi:${quarter}`
    await step('o-cadre-shizi', 'review.open', { quarter }, true)
    const scores = (v: number) => ({ h1: v, h2: v, h3: v, h4: v, h5: v })
    for (const [i, m] of MEMBERS.entries()) {
      await step(m, 'review.declareConflict', { roundId, householdIds: i === 4 ? ['h-shizi-0500'] : [] }, true)
      await step(m, 'review.queue', { view: 'groups', roundId })
      await step(m, 'review.queue', { view: 'group', roundId, groupId: 'v-shizi-g1', limit: 50, offset: 350 })
      // A handful of exceptions per member, then every group confirmed.
      for (const h of ['h-shizi-0101', 'h-shizi-0602', 'h-shizi-1203', 'h-shizi-1904']) {
        await step(m, 'review.score', { roundId, householdId: h, mark: 'discuss', scores: scores(i === 0 ? 0 : 2) }, true)
      }
      await step(m, 'review.score', { roundId, scores: { v1: 3, v2: 3, v3: 3, v4: 3, v5: 3, v6: 3 } }, true)
      for (let g = 1; g <= 5; g++) await step(m, 'review.confirmGroup', { roundId, groupId: `v-shizi-g${g}` }, true)
    }
    await step('o-resident-head', 'village.rate', { roundId, scores: { v1: 2, v2: 3, v3: 3, v4: 3, v5: 3, v6: 4 } }, true)

    const closeRows: ReviewBenchRow[] = []
    for (let i = 0; i < 100; i++) {
      const data = await step('o-cadre-shizi', 'review.close', { roundId, batch }, true)
      closeRows.push(rows[rows.length - 1])
      if (!data || data.done) break
    }
    await step('o-cadre-shizi', 'review.publish', { roundId }, true)
    await step('o-panel-member', 'review.results', { view: 'notice', roundId })
    await step('o-panel-member', 'review.results', { view: 'households', roundId, limit: 50, offset: 1500 })
    await step('o-resident-head', 'review.mine', {})

    const scoring: Record<string, number> = {}
    for (const r of rows.filter((r) => SCORING.has(r.action))) scoring[r.action] = Math.max(scoring[r.action] ?? 0, r.roundTrips)
    for (const [action, n] of Object.entries(scoring)) {
      if (n > SCORING_ROUND_TRIPS) failures.push(`${action} costs ${n} round trips at ${total} households (budget ${SCORING_ROUND_TRIPS})`)
    }
    const results = emu.wire.db.collection('review_results').find({ roundId }).length
    if (results !== total) failures.push(`closing computed ${results} results of ${total}`)
    return {
      households: total, rows, scoring, failures,
      close: {
        batch, calls: closeRows.length, totalMs: closeRows.reduce((s, r) => s + r.ms, 0), maxCallMs: Math.max(...closeRows.map((r) => r.ms)),
        maxRoundTrips: Math.max(...closeRows.map((r) => r.roundTrips)), results,
      },
    }
  } finally {
    await emu.stop()
  }
}

export function printReview(r: ReviewBench) {
  console.log(`\nreview at ${r.households} households: worst round trips per scoring action (budget ${SCORING_ROUND_TRIPS})`)
  for (const [action, n] of Object.entries(r.scoring)) console.log(`  ${action.padEnd(24)} ${n}`)
  const others = new Map<string, ReviewBenchRow>()
  for (const row of r.rows) if (!SCORING.has(row.action) && row.action !== 'review.close') others.set(row.action, row)
  for (const row of others.values()) console.log(`  ${row.action.padEnd(24)} ${row.roundTrips}   ${row.ms} ms`)
  const c = r.close
  console.log(`  review.close: ${c.calls} calls of ${c.batch} households, ${c.totalMs} ms in all, slowest call ${c.maxCallMs} ms, ≤ ${c.maxRoundTrips} round trips each, ${c.results} results`)
}

if (require.main === module) {
  benchReview().then((r) => {
    printReview(r)
    if (r.failures.length) {
      console.error(`\nfailures:\n  ${r.failures.join('\n  ')}`)
      process.exit(1)
    }
  }).catch((e) => {
    console.error(e)
    process.exit(1)
  })
}
