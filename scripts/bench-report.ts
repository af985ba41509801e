// Issue 11's scale targets, measured: the township dashboard at township scale (17,090
// households in 14 villages, a year of check-ups) ≤ 10 round trips and ≤ 500 ms; at county
// scale (340,000 households, 20 townships) one township's dashboard with the county-wide
// total ≤ 10 round trips and ≤ 1 s, through the counters (report_counters). Also the
// counters timer itself (a full recount pass, and a run after one change). Exported for
// `npm run bench`; on its own: `node --import tsx scripts/bench-report.ts [township] [county]`
// (functions built first).
import { randomUUID } from 'crypto'
import { startEmulator } from '../emulator-app/start'

export interface ReportBenchRow { scale: string; action: string; who: string; roundTrips: number; ms: number; firstMs: number; ok: boolean; error?: string }
export interface ReportBench { rows: ReportBenchRow[]; failures: string[] }

const SIZES = { township: { households: 17_090, villages: 14, budgetMs: 500 }, county: { households: 340_000, villages: 280, budgetMs: 1000 } } as const
const BUDGET_ROUND_TRIPS = 10
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

export async function benchReport(scales: Array<keyof typeof SIZES> = ['township', 'county']): Promise<ReportBench> {
  const rows: ReportBenchRow[] = []
  const failures: string[] = []
  for (const scale of scales) {
    const { households, villages, budgetMs } = SIZES[scale]
    const seeded = Date.now()
    const emu = await startEmulator({ strictIndexes: true, seed: { households, villages } })
    console.log(`[bench-report] ${scale}: seeded ${households} households in ${Date.now() - seeded} ms`)
    const measure = async (who: string, fn: string, action: string, input: unknown, runs = 5, change = false) => {
      const times: number[] = []
      let last: Awaited<ReturnType<typeof emu.call>> | undefined
      for (let i = 0; i < runs; i++) {
        const started = performance.now()
        last = await emu.call(fn, { action, input, requestId: change ? randomUUID() : undefined }, who)
        times.push(Math.round(performance.now() - started))
      }
      const ok = !!last?.result?.ok
      const row = { scale, action, who, roundTrips: last!.roundTrips, ms: median(times.slice(1).length ? times.slice(1) : times), firstMs: times[0], ok, error: ok ? undefined : JSON.stringify(last?.result?.error ?? last?.error) }
      rows.push(row)
      return row
    }
    try {
      const town = await measure('o-township-officer', 'report', 'dashboard.township', { county: scale === 'county' }, 7)
      if (!town.ok) failures.push(`dashboard.township at ${scale} scale failed: ${town.error}`)
      if (town.roundTrips > BUDGET_ROUND_TRIPS) failures.push(`dashboard.township at ${scale} scale costs ${town.roundTrips} round trips (budget ${BUDGET_ROUND_TRIPS})`)
      if (town.ms > budgetMs) failures.push(`dashboard.township at ${scale} scale takes ${town.ms} ms (budget ${budgetMs} ms)`)
      await measure('o-cadre-shizi', 'report', 'dashboard.village', {})
      await measure('o-cadre-shizi', 'report', 'dashboard.village', { households: { filter: 'checkup-overdue' }, limit: 50 }, 3)
      await measure('o-cadre-shizi', 'report', 'work.today', {})
      await measure('o-township-officer', 'report', 'dashboard.trend', {})
      // The timer: one change, then the run that recounts the changed village only.
      const waiting = emu.wire.db.collection('commitments').findOne({ villageId: 'v-shizi', status: 'awaiting-village' }) as { _id: string; contentHash: string } | undefined
      if (waiting) await emu.call('commitment', { action: 'commitment.countersign', input: { commitmentId: waiting._id, contentHash: waiting.contentHash }, requestId: randomUUID() }, 'o-cadre-shizi')
      for (const [label, reset] of [['timer counters (after one change)', false], ['timer counters (full pass, first run)', true]] as const) {
        if (reset) emu.wire.db.collection('report_state').remove({ _id: 'counters' })
        const started = performance.now()
        const run = await emu.runner.fireTimer('report', 'counters')
        const result = run.result as { counted?: number } | undefined
        rows.push({ scale, action: `${label}: ${result?.counted ?? '?'} villages`, who: 'timer', roundTrips: emu.wire.stats.byTag(run.tag), ms: Math.round(performance.now() - started), firstMs: 0, ok: !run.error, error: run.error?.errMsg })
      }
    } finally {
      await emu.stop()
    }
  }
  return { rows, failures }
}

export function printReport(bench: ReportBench): void {
  console.log('\nreports (issue 11): dashboards through the counters (budget: township dashboard ≤ 10 round trips, ≤ 500 ms at township scale, ≤ 1 s at county scale)')
  for (const r of bench.rows) console.log(`  ${r.scale.padEnd(9)} ${r.action.padEnd(44)} ${r.who.padEnd(20)} ${String(r.roundTrips).padStart(4)} rt  ${String(r.ms).padStart(6)} ms  (first ${r.firstMs} ms)${r.ok ? '' : `  FAILED ${r.error}`}`)
}

if (require.main === module) {
  const picked = process.argv.slice(2).filter((a): a is keyof typeof SIZES => a in SIZES)
  benchReport(picked.length ? picked : ['township', 'county']).then((b) => {
    printReport(b)
    if (b.failures.length) console.error(`over budget:\n  ${b.failures.join('\n  ')}`)
  }).catch((e) => {
    console.error(e)
    process.exit(1)
  })
}
