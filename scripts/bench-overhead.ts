// The emulator's own cost of a function call (issue 12, item 7): the p50 of N warm
// `account.whoami` calls through the gateway (HTTP → worker → the real wx-server-sdk →
// one aggregate round trip → back), against the p50 of N raw reads of one document through
// the wire with the real SDK. Exported for `npm run bench`; runs on its own too:
//   node --import tsx scripts/bench-overhead.ts
//
// Where the client runs decides what "one raw read" costs. Every client a user has sits
// outside the emulator's event loop: a jest worker or a script talking to `npm start`, the H5
// app, a cloud function's SDK in its instance thread. Each of their reads wakes the
// emulator's thread and waits to be woken with the answer. A client in the emulator's own
// thread (as this bench had it) reads without either hand-off, which makes the read cheaper
// than any user's read while the gateway call still pays its own, so that ratio weighs mostly
// the machine's thread scheduling (under load each hand-off costs about a millisecond; see
// the issue 12 report). The budget is therefore checked with both clients in a thread of
// their own (scripts/bench-overhead-client.cjs), the situation of every user; the same pair
// measured from the emulator's thread is reported beside it.
//
// Functions run with the emulator's default runner, `inline` (in the emulator's thread: no
// hand-off to an instance thread and back); the same pair with `runner: 'worker'` (a thread per
// instance) is reported beside it.
import http from 'http'
import os from 'os'
import path from 'path'
import { performance } from 'perf_hooks'
import { Worker } from 'worker_threads'
import { startEmulator } from '../emulator-app/start'
import { realSdk, ENV } from '../emulator/test/support/emulator'

export const OVERHEAD_BUDGET = 2
export interface Overhead {
  calls: number
  /** Both clients in a thread of their own (the budget): p50s and their ratio. */
  whoamiP50Ms: number; readP50Ms: number; ratio: number
  /** Both clients in the emulator's own thread (no hand-off for the read): p50s and ratio, for reference. */
  sameThread: { whoamiP50Ms: number; readP50Ms: number; ratio: number }
  /** Both clients in a thread of their own, functions in worker threads (`runner: 'worker'`), for reference. */
  worker: { whoamiP50Ms: number; readP50Ms: number; ratio: number }
  /** The machine's 1-minute load average when measured (2 cores here). */
  load: number
}

const OPENID = 'o-resident-head'
const p50 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const summary = (whoamiMs: number[], readMs: number[]) => {
  const whoamiP50Ms = +p50(whoamiMs).toFixed(2), readP50Ms = +p50(readMs).toFixed(2)
  return { whoamiP50Ms, readP50Ms, ratio: +(whoamiP50Ms / readP50Ms).toFixed(2) }
}

function fromOwnThread(url: string, n: number, warm: number): Promise<{ whoamiMs: number[]; readMs: number[] }> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(path.join(__dirname, 'bench-overhead-client.cjs'), { workerData: { url, env: ENV, openid: OPENID, n, warm }, execArgv: [] })
    worker.once('message', (m: { whoamiMs: number[]; readMs: number[]; error?: string }) => {
      void worker.terminate()
      if (m.error) reject(new Error(m.error))
      else resolve(m)
    })
    worker.once('error', reject)
  })
}

async function fromEmulatorThread(url: string, n: number, warm: number): Promise<{ whoamiMs: number[]; readMs: number[] }> {
  const agent = new http.Agent({ keepAlive: true })
  const body = JSON.stringify({ action: 'account.whoami', input: {} })
  const whoami = () => new Promise<void>((resolve, reject) => {
    const req = http.request(`${url}/functions/account`, {
      method: 'POST', agent, headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body), 'X-Emulator-Openid': OPENID },
    }, (res) => {
      let text = ''
      res.setEncoding('utf8').on('data', (c: string) => (text += c)).on('end', () => {
        if (JSON.parse(text).result?.ok) resolve()
        else reject(new Error(`account.whoami failed: ${text}`))
      })
    })
    req.on('error', reject)
    req.end(body)
  })
  const db = realSdk(`${url}/admin`).database()
  const read = () => db.collection('accounts').doc(OPENID).get()
  const timed = async (once: () => Promise<unknown>) => {
    const t = performance.now()
    await once()
    return performance.now() - t
  }
  for (let i = 0; i < warm; i++) await whoami()
  for (let i = 0; i < warm; i++) await read()
  const whoamiMs: number[] = [], readMs: number[] = []
  for (let i = 0; i < n; i++) {
    whoamiMs.push(await timed(whoami))
    readMs.push(await timed(read))
  }
  return { whoamiMs, readMs }
}

export async function benchOverhead(n = 300): Promise<Overhead> {
  const emu = await startEmulator({ strictIndexes: true, runner: 'inline' })
  let own, same
  try {
    own = await fromOwnThread(emu.url, n, 30)
    same = await fromEmulatorThread(emu.url, n, 30)
  } finally {
    await emu.stop()
  }
  const workers = await startEmulator({ strictIndexes: true, runner: 'worker' })
  try {
    const worker = await fromOwnThread(workers.url, n, 30)
    return {
      calls: n, ...summary(own.whoamiMs, own.readMs), sameThread: summary(same.whoamiMs, same.readMs), worker: summary(worker.whoamiMs, worker.readMs),
      load: +os.loadavg()[0].toFixed(1),
    }
  } finally {
    await workers.stop()
  }
}

if (require.main === module) {
  benchOverhead().then((o) => console.log(o), (e) => (console.error(e), process.exit(1)))
}
