import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { monitorEventLoopDelay, performance } from 'node:perf_hooks'
import type { StoredDoc } from '../src/wire'
import { createWire } from '../src/wire'
import { getById, insert } from './support/admin-http'
import { ENV, FIXTURE_DB, startWire } from './support/emulator'

// A township's worth of data (17,090 households, their commitments, 43,497 bookings: ~60 MB on
// disk, shaped like the app's seed) is compacted while reads and writes keep arriving. A save
// that held the event loop would show up as a read waiting for it (issue 12: 1.8 s).

const dir = mkdtempSync(join(tmpdir(), 'emulator-compaction-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

// CPU time of this process's main thread, in ms: Linux's schedstat counts only that thread
// (process.cpuUsage, the fallback elsewhere, also counts GC and I/O helper threads).
const SCHEDSTAT = `/proc/self/task/${process.pid}/schedstat`
const mainThreadCpu = existsSync(SCHEDSTAT)
  ? () => Number(readFileSync(SCHEDSTAT, 'utf8').split(' ')[0]) / 1e6
  : () => {
      const { user, system } = process.cpuUsage()
      return (user + system) / 1000
    }
const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((xs.length * p) / 100))]

const NAMES = ['冯立新', '秦晓燕', '冯长林', '冯建国', '王秀英', '李桂兰']
const ITEMS = [
  '村务、财务每季度公开，接受村民监督', '按标准及时兑现奖励优惠待遇，不克扣、不拖延', '免费提供家庭健康检查服务，并提前通知时间和地点',
  '为外出务工人员上传异地检查证明提供帮助，及时审核', '认真办理村民投诉，按期答复', '保护村民个人信息，不泄露隐私',
]
const at = new Date('2026-01-15T03:30:00Z')

function township(): Record<string, StoredDoc[]> {
  const households: StoredDoc[] = []
  const commitments: StoredDoc[] = []
  const bookings: StoredDoc[] = []
  for (let h = 0; h < 17_090; h++) {
    const _id = `h-${Math.floor(h / 1221)}-${h}`
    const members = NAMES.slice(0, 2 + (h % 3)).map((name, m) => ({ id: `${_id}-m${m}`, name, relation: m ? '子' : '户主', isHead: !m, workingAway: null, idMasked: null, idHash: null }))
    households.push({ _id, villageId: `v-${h % 14}`, groupId: `g-${h % 9}`, label: `${NAMES[0]}户`, members, managementType: 'contract', archived: false, createdAt: at })
    commitments.push({
      _id: `${_id}:v1`, householdId: _id, villageId: `v-${h % 14}`, villageName: '十字村', householdLabel: `${NAMES[0]}户`, title: '2026年度双诚信双承诺书',
      villageItems: ITEMS.map((text, i) => ({ id: `v${i}`, text })), householdItems: ITEMS.map((text, i) => ({ id: `h${i}`, text })),
      contentHash: 'efdce28b0d7a71fc3cb1ce685bcb7fcbfcb0e249c6118dde90c3bdfba953fcd7', status: 'awaiting-household', createdAt: at, updatedAt: at,
    })
  }
  for (let b = 0; b < 43_497; b++) {
    const h = households[b % households.length]
    bookings.push({
      _id: `${h._id}-b${b}`, householdId: h._id, villageId: h.villageId, groupId: h.groupId, memberId: `${h._id}-m${b % 2}`, memberName: NAMES[b % 6],
      slotId: `seed-past-${h.villageId}-2026P1-${b % 40}`, releaseSlotId: null, remindedAt: null, period: '2026P1', siteName: '十字镇卫生院家庭医生服务站',
      day: '2026-01-15', startsAt: at, status: 'attended', code: `SEED${b}`, markedBy: '村专干', markedAt: at, createdAt: at, updatedAt: at, requestId: `seed-${b}`,
    })
  }
  // Reads go to a small collection of their own (`items`), so what they measure is the wait the
  // compaction adds, not the cost of scanning 17,090 households (issue 12's index work).
  const items = Array.from({ length: 200 }, (_, i) => ({ _id: `read-${i}`, i, at }))
  return { items, ledger: [...households, ...commitments], bulk: bookings }
}

it('answers reads within 50 ms while a township-sized snapshot (~60 MB) is written', async () => {
  const dataFile = join(dir, 'township.json')
  const emu = await startWire({ dataFile })
  const data = township()
  emu.wire.db.load(data, [])
  const loop = monitorEventLoopDelay({ resolution: 1 })
  const reads: number[] = []
  const writes: number[] = []
  let running = true
  // Reads before the compaction, for comparison: this machine's own noise.
  const quiet: number[] = []
  for (let i = 0; i < 40; i++) {
    const t = performance.now()
    await getById(emu.url, 'items', `read-${i % 200}`)
    quiet.push(performance.now() - t)
  }
  try {
    const compaction = emu.wire.compact().finally(() => (running = false))
    loop.enable()
    const started = performance.now()
    // A read by _id (and, alongside, a small write) every few milliseconds until it is done.
    const reader = (async () => {
      for (let i = 0; running; i++) {
        const t = performance.now()
        expect(await getById(emu.url, 'items', `read-${i % 200}`)).toBeDefined()
        reads.push(performance.now() - t)
        await new Promise((r) => setTimeout(r, 5))
      }
    })()
    const writer = (async () => {
      for (let i = 0; running; i++) {
        const t = performance.now()
        expect((await insert(emu.url, 'items', [{ _id: `during-${i}`, i }])).code).toBeUndefined()
        writes.push(performance.now() - t)
        await new Promise((r) => setTimeout(r, 20))
      }
    })()
    // The main thread's CPU time between two ticks of a 1 ms timer: how long code (or GC) held
    // the loop, whatever else the machine is doing; wall-clock gaps also count the time this
    // process waited for a core.
    let held = 0
    let cpu = mainThreadCpu()
    const ticker = setInterval(() => {
      const now = mainThreadCpu()
      held = Math.max(held, now - cpu)
      cpu = now
    }, 1)
    await Promise.all([compaction, reader, writer])
    clearInterval(ticker)
    loop.disable()
    const took = performance.now() - started
    const max = (xs: number[]) => Math.max(...xs)
    if (process.env.EMULATOR_REPORT) {
      console.log(
        `compaction of ${(statSync(dataFile).size / 1e6).toFixed(1)} MB took ${took.toFixed(0)} ms; loop held at most ${held.toFixed(1)} ms of CPU; event-loop delay max ${(loop.max / 1e6).toFixed(1)} ms, ` +
          `p99 ${(loop.percentile(99) / 1e6).toFixed(1)} ms; ${reads.length} reads, p50 ${percentile(reads, 50).toFixed(1)} p95 ${percentile(reads, 95).toFixed(1)} max ${max(reads).toFixed(1)} ms ` +
          `(before it: p50 ${percentile(quiet, 50).toFixed(1)} p95 ${percentile(quiet, 95).toFixed(1)} max ${max(quiet).toFixed(1)} ms); ` +
          `${writes.length} writes, max ${max(writes).toFixed(1)} ms; load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores`,
      )
    }
    expect(statSync(dataFile).size).toBeGreaterThan(55e6)
    expect(reads.length).toBeGreaterThan(20) // the reads really overlapped the compaction
    // A save that blocks shows here as a second or so (issue 12: 0.9–1.8 s per save). On a
    // machine at rest this stays under 50 ms (15–46 ms measured); when the 1 ms ticker itself
    // is starved of a core, several turns fall between two ticks and add up, so the bound
    // leaves room for that (102 ms seen under stress-ng) and still catches a blocking save.
    expect(held).toBeLessThan(250)
    // Under 50 ms on a machine at rest. A machine busy with other work adds its own wait to every
    // read, with or without a compaction: the reads before it measure that, and are allowed for.
    expect(percentile(reads, 95)).toBeLessThan(50 + percentile(quiet, 95))
  } finally {
    running = false
    await emu.close()
  }
  // The snapshot holds everything, including what was written while it was being made.
  const reopened = createWire({ env: ENV, databaseDir: FIXTURE_DB, dataFile, publicUrl: () => 'http://127.0.0.1:9' })
  expect(reopened.db.collection('bulk').count()).toBe(43_497)
  expect(reopened.db.collection('items').count()).toBe(200 + writes.length)
  expect(reopened.db.collection('ledger').count()).toBe(2 * 17_090)
  expect(reopened.db.collection('ledger').findOne({ _id: data.ledger[20_000]._id })).toEqual(data.ledger[20_000])
}, 120_000)
