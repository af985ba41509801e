import path from 'path'
import http from 'http'
import { startEmulator, type Emulator } from './index'
import { FIXTURE_DB } from '../test/support/emulator'

const DAY = 86_400_000
let emu: Emulator
beforeAll(async () => {
  emu = await startEmulator({ functionsDir: path.join(__dirname, '../test/clock-fixtures'), databaseDir: FIXTURE_DB, maxInstances: 1 })
})
afterAll(() => emu.stop())
afterEach(() => emu.setClock(0))

function post(url: string, body: string): Promise<{ status: number; body: any }> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: 'POST', headers: { 'Content-Type': 'application/json' } }, (res) => {
      let text = ''
      res.on('data', (c) => (text += c))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) }))
    })
    req.on('error', reject)
    req.end(body)
  })
}

describe('emulator clock', () => {
  it('shifts Date inside functions and server dates written through the wire', async () => {
    emu.setClock(3 * DAY)
    const before = Date.now()
    const out = await emu.call('now', { write: true }, 'o-a')
    // Compared in days, with an hour of slack: a busy machine may take seconds between the calls.
    expect(Math.round((out.result.now - before) / DAY)).toBe(3)
    expect(Math.round((Date.parse(out.result.date) - before) / DAY)).toBe(3)
    expect(out.result.explicit).toBe('1970-01-01T00:00:00.000Z')
    const stored = emu.wire.db.collection('bulk').find({ _id: 'clock' })[0] as unknown as { at: Date }
    expect(Math.round((new Date(stored.at).getTime() - before) / DAY)).toBe(3)
  })

  it('goes back to real time at offset 0, in the same worker', async () => {
    emu.setClock(5 * DAY)
    await emu.call('now', {}, 'o-a')
    emu.setClock(0)
    const out = await emu.call('now', {}, 'o-a')
    expect(Math.abs(out.result.now - Date.now())).toBeLessThan(DAY / 24)
  })

  it('fires timers with the shifted time', async () => {
    emu.setClock(-2 * DAY)
    const out = (await emu.runner.fireTimer('now', 'any')) as { result: { trigger: string } }
    expect(Math.round((Date.now() - Date.parse(out.result.trigger)) / DAY)).toBe(2)
  })

  it('is moved over the gateway with POST /_emulator/clock and refuses nonsense', async () => {
    const moved = await post(`${emu.url}/_emulator/clock`, JSON.stringify({ offsetMs: DAY }))
    expect(moved.status).toBe(200)
    expect(moved.body.offsetMs).toBe(DAY)
    expect(Math.round((Date.parse(moved.body.now) - Date.now()) / DAY)).toBe(1)
    expect((await post(`${emu.url}/_emulator/clock`, '{"offsetMs":"soon"}')).status).toBe(400)
    expect((await post(`${emu.url}/_emulator/clock`, 'not json')).status).toBe(400)
  })
})
