// The emulator's own cost of a function call (issue 12, item 7): the p50 of N warm
// `account.whoami` calls through the gateway (HTTP → worker → the real wx-server-sdk →
// one aggregate round trip → back), against the p50 of N raw reads of one document through
// the wire with the real SDK. Exported for `npm run bench`; runs on its own too:
//   node --import tsx scripts/bench-overhead.ts
import http from 'http'
import { performance } from 'perf_hooks'
import { startEmulator } from '../emulator-app/start'
import { realSdk } from '../emulator/test/support/emulator'

export const OVERHEAD_BUDGET = 2
export interface Overhead { calls: number; whoamiP50Ms: number; readP50Ms: number; ratio: number }

const p50 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

async function timed(n: number, once: () => Promise<unknown>): Promise<number[]> {
  const out: number[] = []
  for (let i = 0; i < n; i++) {
    const t = performance.now()
    await once()
    out.push(performance.now() - t)
  }
  return out
}

export async function benchOverhead(n = 300): Promise<Overhead> {
  const emu = await startEmulator({ strictIndexes: true })
  try {
    // The gateway is called with node:http and a kept-alive socket, the client stack the SDK's
    // own reads use, so the ratio weighs the emulator and not two HTTP clients.
    const agent = new http.Agent({ keepAlive: true })
    const body = JSON.stringify({ action: 'account.whoami', input: {} })
    const whoami = () => new Promise<void>((resolve, reject) => {
      const req = http.request(`${emu.url}/functions/account`, {
        method: 'POST', agent, headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body), 'X-Emulator-Openid': 'o-resident-head' },
      }, (res) => {
        let text = ''
        res.setEncoding('utf8').on('data', (c: string) => (text += c)).on('end', () => {
          const answer = JSON.parse(text)
          if (answer.result?.ok) resolve()
          else reject(new Error(`account.whoami failed: ${text}`))
        })
      })
      req.on('error', reject)
      req.end(body)
    })
    const db = realSdk(`${emu.url}/admin`).database()
    const read = () => db.collection('accounts').doc('o-resident-head').get()
    await timed(30, whoami) // warm: the instance is started, the SDK and the bundle are loaded
    await timed(30, read)
    // Alternated call by call, so a noisy neighbour on the machine weighs on both sides alike.
    const w: number[] = [], r: number[] = []
    for (let i = 0; i < n; i++) {
      w.push(...(await timed(1, whoami)))
      r.push(...(await timed(1, read)))
    }
    const whoamiP50Ms = +p50(w).toFixed(2), readP50Ms = +p50(r).toFixed(2)
    return { calls: n, whoamiP50Ms, readP50Ms, ratio: +(whoamiP50Ms / readP50Ms).toFixed(2) }
  } finally {
    await emu.stop()
  }
}

if (require.main === module) {
  benchOverhead().then((o) => console.log(o), (e) => (console.error(e), process.exit(1)))
}
