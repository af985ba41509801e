// The cadre's due list at full scale: a township of 17,090 households in 14 villages with a
// year of check-ups (emulator-app/seed/checkups.ts). Exported for `npm run bench`; runs on
// its own with `node --import tsx scripts/bench-due.ts` (functions built first).
import { randomUUID } from 'crypto'
import { startEmulator } from '../emulator-app/start'

export interface DueBench { action: string; who: string; households: number; bookings: number; roundTrips: number; ms: number; ok: boolean; error?: string }

export async function benchDue(households = 17_090, villages = 14): Promise<DueBench[]> {
  const seeded = Date.now()
  const emu = await startEmulator({ strictIndexes: true, seed: { households, villages } })
  console.log(`[bench-due] seeded ${households} households in ${Date.now() - seeded} ms`)
  const bookings = emu.wire.db.collection('bookings').count()
  const rows: DueBench[] = []
  const step = async (who: string, action: string, input: unknown, change = false, fn = 'checkup') => {
    const started = Date.now()
    const out = await emu.call(fn, { action, input, requestId: change ? randomUUID() : undefined }, who)
    const ok = !!out.result?.ok
    rows.push({ action, who, households, bookings, roundTrips: out.roundTrips, ms: Date.now() - started, ok, error: ok ? undefined : JSON.stringify(out.result?.error ?? out.error) })
  }
  try {
    await step('o-cadre-shizi', 'due.list', { limit: 50 }) // cold: the worker starts
    await step('o-cadre-shizi', 'due.list', { limit: 50 })
    await step('o-cadre-shizi', 'due.list', { status: 'overdue', groupId: 'v-shizi-g3', limit: 50, offset: 50 })
    await step('o-cadre-shizi', 'due.export', {})
    await step('o-resident-head', 'plan.mine', {})
    await step('o-township-officer', 'savings.get', {})
    // The township dashboard: signing rates of every village (ARCHITECTURE: ≤ 10 round trips).
    await step('o-township-officer', 'commitment.stats', {}, false, 'commitment')
    await step('o-township-officer', 'commitment.stats', {}, false, 'commitment')
    const started = Date.now()
    const timer = await emu.runner.fireTimer('checkup', 'due-notice')
    rows.push({ action: 'timer due-notice', who: 'timer', households, bookings, roundTrips: emu.wire.stats.byTag(timer.tag), ms: Date.now() - started, ok: !timer.error, error: timer.error?.errMsg })
  } finally {
    await emu.stop()
  }
  return rows
}

if (require.main === module) {
  benchDue().then((rows) => {
    for (const r of rows) console.log(`  ${r.action.padEnd(20)} ${r.who.padEnd(20)} ${String(r.roundTrips).padStart(3)} round trips  ${String(r.ms).padStart(6)} ms${r.ok ? '' : `  FAILED ${r.error}`}`)
  }).catch((e) => {
    console.error(e)
    process.exit(1)
  })
}
