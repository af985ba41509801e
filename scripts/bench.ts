// npm run bench: the budgets of ARCHITECTURE.md, measured. Prints a table and writes
// bench/latest.json; exits non-zero when a budget is exceeded.
//   weapp main package ≤ 600 KB, each subpackage ≤ 1 MB (../shared/tools/weapp-size.js)
//   every read ≤ 4 database round trips, every change ≤ 5 (counted by the emulator; shared/src/api/budgets.ts)
//   the emulator at demo, township and county scale (scripts/bench-scale.ts; county seeds 340,000
//   households, a few minutes on a loaded 2-core machine; --no-county leaves it out); a read by
//   _id at county scale ≤ 2× demo, every app read answered at every scale
//   issue 11's dashboards through the counters: the township dashboard ≤ 10 round trips and
//   ≤ 500 ms at township scale, one township and the county total ≤ 1 s at county scale (scripts/bench-report.ts)
//   a warm account.whoami through the gateway ≤ 2× one raw database read (p50s, both from a client
//   thread of their own; scripts/bench-overhead.ts says why)
import { execFileSync } from 'child_process'
import { randomUUID } from 'crypto'
import fs from 'fs'
import path from 'path'
import { startEmulator } from '../emulator-app/start'
import { measureActions } from './bench-actions'
import { benchDue } from './bench-due'
import { benchScales, printScales } from './bench-scale'
import { benchOverhead, OVERHEAD_BUDGET } from './bench-overhead'
import { benchLedger } from './bench-ledger'
import { benchReport, printReport } from './bench-report'
import { benchReview, printReview } from '../bench/review'
import { roundTripBudget } from '../shared/src/api/budgets'
import { benchFirstScreen, FIRST_SCREEN_GOAL } from '../bench/first-screen'

const root = path.resolve(__dirname, '..')
const KB = 1024
const failures: string[] = []

function weappSizes(): Record<string, number> {
  const dist = path.join(root, 'client/dist')
  const tool = path.resolve(root, '../shared/tools/weapp-size.js')
  const out = execFileSync(process.execPath, [tool, dist, '--json'], { encoding: 'utf8' })
  const sizes = JSON.parse(out) as Record<string, number>
  for (const [pkg, bytes] of Object.entries(sizes)) {
    if (pkg === 'total') continue
    const budget = pkg === 'main' ? 600 * KB : 1024 * KB
    if (bytes > budget) failures.push(`weapp ${pkg} is ${(bytes / KB).toFixed(1)} KB (budget ${budget / KB} KB)`)
  }
  return sizes
}

function overBudget(r: { action: string; roundTrips: number }, where = ''): void {
  const budget = roundTripBudget(r.action)
  if (r.roundTrips > budget) failures.push(`${r.action}${where} costs ${r.roundTrips} round trips (budget ${budget})`)
}

async function journeyRoundTrips() {
  const emu = await startEmulator({ strictIndexes: true })
  const rows: Array<{ action: string; who: string; roundTrips: number; ms: number; ok: boolean }> = []
  const step = async (who: string, fn: string, action: string, input: unknown, change = false) => {
    const started = Date.now()
    const out = await emu.call(fn, { action, input, requestId: change ? randomUUID() : undefined }, who)
    rows.push({ action, who, roundTrips: out.roundTrips, ms: Date.now() - started, ok: !!out.result?.ok })
    if (!out.result?.ok) failures.push(`${action} as ${who} failed: ${JSON.stringify(out.result ?? out.error)}`)
    return out.result?.data
  }
  try {
    await step('o-new-villager-1', 'account', 'account.whoami', {}) // first sign-in
    await step('o-new-villager-1', 'account', 'invite.redeem', { code: 'SZHEAD23', privacyVersion: '2026-11' }, true)
    await step('o-new-villager-1', 'account', 'account.whoami', {})
    const { commitment } = await step('o-new-villager-1', 'commitment', 'commitment.mine', {})
    await step('o-new-villager-1', 'commitment', 'commitment.sign', { commitmentId: commitment.id, contentHash: commitment.contentHash }, true)
    await step('o-cadre-shizi', 'commitment', 'commitment.list', { status: 'awaiting-village', limit: 20 })
    await step('o-cadre-shizi', 'commitment', 'commitment.get', { commitmentId: commitment.id })
    await step('o-cadre-shizi', 'commitment', 'commitment.countersign', { commitmentId: commitment.id, contentHash: commitment.contentHash }, true)
    await step('o-new-villager-1', 'commitment', 'commitment.mine', {})
  } finally {
    await emu.stop()
  }
  for (const r of rows) overBudget(r)
  return rows
}

async function everyAction() {
  const emu = await startEmulator({ strictIndexes: true })
  try {
    const rows = await measureActions(emu)
    for (const r of rows) {
      if (!r.ok) failures.push(`${r.action} as ${r.who} failed: ${r.error}`)
      overBudget(r)
    }
    return rows
  } finally {
    await emu.stop()
  }
}

async function main() {
  const sizes = weappSizes()
  const journey = await journeyRoundTrips()
  const actions = await everyAction()
  const due = await benchDue()
  const scales = benchScales(process.argv.includes('--no-county') ? ['demo', 'township'] : ['demo', 'township', 'county'])
  failures.push(...scales.failures)
  const overhead = await benchOverhead()
  if (overhead.ratio > OVERHEAD_BUDGET) failures.push(`a warm account.whoami through the gateway costs ${overhead.ratio}× a raw read (budget ${OVERHEAD_BUDGET}×)`)
  const ledger = await benchLedger()
  if (!ledger.ok || ledger.checked !== ledger.entries) failures.push(`ledger.verify of ${ledger.entries} entries did not check out`)
  for (const n of ledger.roundTrips) overBudget({ action: 'ledger.verify', roundTrips: n }, ` (${ledger.entries} entries)`)
  const report = await benchReport(process.argv.includes('--no-county') ? ['township'] : ['township', 'county'])
  failures.push(...report.failures)
  const review = await benchReview()
  failures.push(...review.failures)
  for (const r of review.rows) overBudget(r, ` (review, ${review.households} households)`)
  // The H5 first screen against a blank Taro app's, both built for production (issue 13).
  const firstScreen = await benchFirstScreen({ rounds: 25 })
  if (firstScreen.ratio > FIRST_SCREEN_GOAL) failures.push(`首页 content appears ${firstScreen.ratio}× a blank Taro app's (goal ${FIRST_SCREEN_GOAL}×)`)
  for (const r of due) {
    if (!r.ok) failures.push(`${r.action} at full scale failed: ${r.error}`)
    if (r.action !== 'timer due-notice') overBudget(r, ' at full scale')
  }
  console.log('\nweapp packages (KB)')
  for (const [pkg, bytes] of Object.entries(sizes)) console.log(`  ${pkg.padEnd(20)} ${(bytes / KB).toFixed(1)}`)
  console.log('\njourney: database round trips per action (budget: read 4, change 5)')
  for (const r of journey) console.log(`  ${r.action.padEnd(24)} ${r.who.padEnd(18)} ${String(r.roundTrips).padStart(2)}   ${r.ms} ms`)
  console.log('\nevery action once: database round trips (budget: read 4, change 5)')
  for (const r of actions) console.log(`  ${r.action.padEnd(28)} ${r.who.padEnd(20)} ${String(r.roundTrips).padStart(2)}   ${r.ms} ms${r.ok ? '' : '   FAILED'}`)
  console.log(`\nfull township: ${due[0]?.households} households, ${due[0]?.bookings} bookings this year`)
  for (const r of due) console.log(`  ${r.action.padEnd(28)} ${r.who.padEnd(20)} ${String(r.roundTrips).padStart(2)}   ${r.ms} ms${r.ok ? '' : '   FAILED'}`)
  printScales(scales.rows)
  console.log(`\nemulator overhead: p50 of ${overhead.calls} warm calls (budget ${OVERHEAD_BUDGET}×), load average ${overhead.load}`)
  console.log(`  clients in a thread of their own (budget)   emulator's own thread`)
  console.log(`  account.whoami through the gateway   ${`${overhead.whoamiP50Ms} ms`.padStart(9)}   ${`${overhead.sameThread.whoamiP50Ms} ms`.padStart(9)}`)
  console.log(`  raw read of one document (SDK)       ${`${overhead.readP50Ms} ms`.padStart(9)}   ${`${overhead.sameThread.readP50Ms} ms`.padStart(9)}`)
  console.log(`  ratio                                ${`${overhead.ratio}×`.padStart(9)}   ${`${overhead.sameThread.ratio}×`.padStart(9)}`)
  console.log(`  (functions in worker threads, --runner worker: ${overhead.worker.whoamiP50Ms} ms vs ${overhead.worker.readP50Ms} ms, ${overhead.worker.ratio}×)`)
  console.log(`\nledger.verify of ${ledger.entries} entries: ${ledger.ms} ms in ${ledger.calls} calls (round trips ${ledger.roundTrips.join(', ')}), ${ledger.ok ? '账目完整' : 'BROKEN'}`)
  printReview(review)
  printReport(report)
  console.log(`\nfirst screen (H5, returning user, median of ${firstScreen.rounds}): 首页 ${firstScreen.appMs} ms, blank Taro app ${firstScreen.blankMs} ms → ${firstScreen.ratio}× (goal ${FIRST_SCREEN_GOAL}×); JS ${firstScreen.appJsKB} KB vs ${firstScreen.blankJsKB} KB`)
  const result = { at: new Date().toISOString(), weappBytes: sizes, journey, actions, fullTownship: due, scales: scales.rows, overhead, ledgerVerify: ledger, review, report: report.rows, firstScreen, failures }
  fs.mkdirSync(path.join(root, 'bench'), { recursive: true })
  fs.writeFileSync(path.join(root, 'bench/latest.json'), JSON.stringify(result, null, 2))
  console.log(`\nwritten to bench/latest.json`)
  if (failures.length) {
    console.error(`\nover budget:\n  ${failures.join('\n  ')}`)
    process.exit(1)
  }
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
