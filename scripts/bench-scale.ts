// The emulator at demo, township and county scale: start time (seed included; wall and CPU,
// with the machine's load average, since on a shared machine the wall time is mostly waiting),
// memory after seeding, a read by _id over the wire, commitment.stats and due.list (median of
// warm runs, and the first run apart: the first query of a collection builds its indexes). Each scale runs in a
// process of its own (`… scripts/bench-scale.ts --child <scale>`, one JSON line out) so its
// memory is its own. Exported for `npm run bench`; on its own: `node --import tsx
// scripts/bench-scale.ts [demo] [township] [county]` (functions built first).
//
// Start time is the seed's generation (the emulator stores the documents as they are and builds
// indexes at first use). Caching the generated data does not help: loading it costs more than
// making it. Measured (issue 12, CPU time): township (79,273 docs) generation 1.5 s, snapshot
// line format read 3.9 s (69 MB), v8 structured clone read 1.6 s; county (1,553,624 docs)
// generation 20.9 s, v8 clone read 38.9 s (778 MB; two heaps' worth of garbage). A quarter of
// generation is garbage collection of the growing heap; the rest is the seed's own code.
import { spawnSync } from 'child_process'
import http from 'http'
import os from 'os'
import path from 'path'
import { startEmulator } from '../emulator-app/start'

export type Scale = 'demo' | 'township' | 'county'
export interface ScaleBench {
  scale: Scale; households: number; villages: number
  startMs: number; startCpuMs: number; load: number; rssMB: number; heapMB: number
  byIdMs: number; statsMs: number; dueListMs: number; statsFirstMs: number; dueListFirstMs: number
  failures: string[]
}

// A county is some twenty townships of fourteen villages; the seed has one township, so the
// county's households are spread over 280 villages of ordinary size (about 1,200 each).
const SIZES: Record<Scale, { households: number; villages: number }> = {
  demo: { households: 200, villages: 7 },
  township: { households: 17_090, villages: 14 },
  county: { households: 340_000, villages: 280 },
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const MB = 1024 * 1024

async function measure(scale: Scale): Promise<ScaleBench> {
  const { households, villages } = SIZES[scale]
  const failures: string[] = []
  const started = performance.now()
  const cpu = process.cpuUsage()
  const emu = await startEmulator({ strictIndexes: true, seed: { households, villages } })
  const startMs = Math.round(performance.now() - started)
  const used = process.cpuUsage(cpu)
  const startCpuMs = Math.round((used.user + used.system) / 1000)
  const load = +os.loadavg()[0].toFixed(1)
  global.gc?.()
  const mem = process.memoryUsage()
  try {
    // A read of one household by _id, as doc(id).get() sends it, median of many.
    const ids = emu.wire.db.collection('villages').find().flatMap((v) => ['001', '002', '003'].map((n) => `h-${v._id.slice(2)}-${n}`))
    const byId: number[] = []
    const agent = new http.Agent({ keepAlive: true }) // as the SDK's own agent; fetch adds ~25 ms of its own here
    const post = (payload: string) => new Promise<string>((resolve, reject) => {
      const req = http.request(`${emu.url}/admin`, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } }, (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c)).on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
      })
      req.on('error', reject).end(payload)
    })
    for (let i = 0; i < 300; i++) {
      const id = ids[i % ids.length]
      const t = performance.now()
      const text = await post(JSON.stringify({ action: 'database.getDocument', collectionName: 'households', queryType: 'DOC', query: JSON.stringify({ _id: id }), limit: 1 }))
      byId.push(performance.now() - t)
      const body = JSON.parse(text) as { data?: { list: string[] } }
      if (body.data?.list.length !== 1) failures.push(`${scale}: read of ${id} by _id answered ${JSON.stringify(body).slice(0, 200)}`)
    }
    // The first run starts the function's instance and builds the indexes its queries need: reported apart.
    const timed = async (fn: string, action: string, who: string, runs: number) => {
      const ms: number[] = []
      for (let i = 0; i < runs + 1; i++) {
        const t = performance.now()
        const out = await emu.call(fn, { action, input: action === 'due.list' ? { limit: 50 } : {} }, who)
        ms.push(performance.now() - t)
        if (!out.result?.ok) failures.push(`${scale}: ${action} failed: ${JSON.stringify(out.result?.error ?? out.error)}`)
      }
      return { first: ms[0], median: median(ms.slice(1)) }
    }
    const stats = await timed('commitment', 'commitment.stats', 'o-township-officer', 3)
    const dueList = await timed('checkup', 'due.list', 'o-cadre-shizi', 3)
    const r = (x: number) => Math.round(x * 100) / 100
    return {
      scale, households, villages, startMs, startCpuMs, load, rssMB: Math.round(mem.rss / MB), heapMB: Math.round(mem.heapUsed / MB),
      byIdMs: r(median(byId)), statsMs: r(stats.median), dueListMs: r(dueList.median), statsFirstMs: r(stats.first), dueListFirstMs: r(dueList.first), failures,
    }
  } finally {
    await emu.stop()
  }
}

/** Runs each scale in its own process and checks the by-_id read at county scale stays within 2× of demo. */
export function benchScales(scales: Scale[]): { rows: ScaleBench[]; failures: string[] } {
  const rows: ScaleBench[] = []
  const failures: string[] = []
  for (const scale of scales) {
    // A larger young generation: seeding allocates millions of short-lived objects.
    const out = spawnSync(process.execPath, ['--expose-gc', '--max-old-space-size=8192', '--max-semi-space-size=32', '--import', 'tsx', __filename, '--child', scale], {
      cwd: path.resolve(__dirname, '..'), encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 * MB,
    })
    const line = out.stdout.trim().split('\n').filter((l) => l.startsWith('{')).pop()
    if (out.status !== 0 || !line) {
      failures.push(`${scale} scale did not finish (exit ${out.status})`)
      continue
    }
    const row = JSON.parse(line) as ScaleBench
    rows.push(row)
    failures.push(...row.failures)
  }
  const demo = rows.find((r) => r.scale === 'demo')
  const county = rows.find((r) => r.scale === 'county')
  if (demo && county && county.byIdMs > 2 * demo.byIdMs) failures.push(`a read by _id takes ${county.byIdMs} ms at county scale, over 2× demo (${demo.byIdMs} ms)`)
  return { rows, failures }
}

export function printScales(rows: ScaleBench[]): void {
  console.log('\nscale: start (seed included: wall, CPU, load average then), memory after seeding, median by-_id read (wire),')
  console.log('       commitment.stats (township officer) and due.list (cadre): median of 3 warm runs, first run in brackets')
  console.log(`  ${'scale'.padEnd(9)} ${'households'.padStart(10)} ${'start'.padStart(10)} ${'CPU'.padStart(10)} ${'load'.padStart(5)} ${'RSS'.padStart(8)} ${'heap'.padStart(8)} ${'by _id'.padStart(9)} ${'stats'.padStart(22)} ${'due.list'.padStart(22)}`)
  for (const r of rows) {
    console.log(`  ${r.scale.padEnd(9)} ${String(r.households).padStart(10)} ${`${r.startMs} ms`.padStart(10)} ${`${r.startCpuMs} ms`.padStart(10)} ${String(r.load).padStart(5)} ${`${r.rssMB} MB`.padStart(8)} ${`${r.heapMB} MB`.padStart(8)} ${`${r.byIdMs} ms`.padStart(9)} ${`${r.statsMs} ms (${r.statsFirstMs})`.padStart(22)} ${`${r.dueListMs} ms (${r.dueListFirstMs})`.padStart(22)}`)
  }
}

if (require.main === module) {
  const scale = process.argv[3] as Scale
  if (process.argv[2] === '--child') {
    measure(scale).then((row) => {
      console.log(JSON.stringify(row))
      process.exit(0) // the function runner's workers are gone; nothing else should hold the process
    }, (e) => {
      console.error(e)
      process.exit(1)
    })
  } else {
    const { rows, failures } = benchScales((process.argv.slice(2).filter((a) => a in SIZES) as Scale[]).length ? (process.argv.slice(2) as Scale[]) : ['demo', 'township'])
    printScales(rows)
    if (failures.length) console.error(`\nfailures:\n  ${failures.join('\n  ')}`)
  }
}
