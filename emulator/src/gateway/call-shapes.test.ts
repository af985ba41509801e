import http from 'http'
import path from 'path'
import { startEmulator, type Emulator } from '../index'
import { MAX_CALL_BYTES } from './call-body'
import { FIXTURE_DB } from '../../test/support/emulator'

let emu: Emulator
beforeAll(async () => {
  emu = await startEmulator({
    functionsDir: path.join(__dirname, '../runner/fixtures'), databaseDir: FIXTURE_DB, maxInstances: 2,
    seed: { screenCall: (event) => ((event as { action?: unknown })?.action === 'screened' ? { result: { refused: 'screened' } } : undefined) },
  })
})
afterAll(() => emu.stop())

const HEADERS = { 'Content-Type': 'application/json', 'X-Emulator-Openid': 'o-web' }
const post = (body: string | Buffer) => fetch(`${emu.url}/functions/echo`, { method: 'POST', headers: HEADERS, body: typeof body === 'string' ? body : new Uint8Array(body) })

/** JSON text of `{"a":{"a":…1…}}`, `depth` objects deep. */
const deepJson = (depth: number) => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth)


interface Answer { status: number; body: string; sentWhenAnswered: number }

/**
 * A raw POST that sends `first` bytes, then keeps streaming `chunk`-sized pieces every few ms up
 * to `total` without ever ending unless told to: the answer must come while the body is still open.
 */
function streamPost(opts: { headers: Record<string, string | number>; total: number; chunk: number }): Promise<Answer> {
  return new Promise((resolve, reject) => {
    let sent = 0
    let answered = false
    const req = http.request(`${emu.url}/functions/echo`, { method: 'POST', headers: { ...HEADERS, ...opts.headers } }, (res) => {
      answered = true
      const sentWhenAnswered = sent
      let body = ''
      res.setEncoding('utf8')
      res.on('data', (c: string) => (body += c))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, sentWhenAnswered }))
    })
    // The server closes the connection once it has refused: writing into it may then fail.
    req.on('error', (err) => (answered ? undefined : reject(err)))
    const piece = Buffer.alloc(opts.chunk, 0x20)
    const pump = () => {
      if (answered || req.destroyed) return
      if (sent >= opts.total) return // never end(): a server that waits for the end never answers
      sent += piece.length
      req.write(piece, () => setTimeout(pump, 2))
    }
    req.write('{"action":"x","input":"', () => pump())
    setTimeout(() => (answered ? undefined : (req.destroy(), reject(new Error(`no answer after sending ${sent} bytes`)))), 60000).unref()
  })
}

describe('gateway: the shape of callFunction data', () => {
  it("answers with the app's screen instead of invoking when it has an answer", async () => {
    const res = await post(JSON.stringify({ action: 'screened' }))
    expect(res.headers.get('x-emulator-round-trips')).toBe('0')
    expect(await res.json()).toEqual({ result: { refused: 'screened' } })
  })

  it('answers JSON nested 10,000 deep as a failed invocation, as the cloud does, not an empty 500', async () => {
    const res = await post(`{"action":"x","input":${deepJson(10000)}}`)
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ errCode: -504002, errMsg: expect.stringMatching(/^FUNCTIONS_EXECUTE_FAIL/) })
  })

  it('answers a body that is not JSON with a plain refusal', async () => {
    const res = await post('{"action":')
    expect(res.status).toBe(400)
    expect((await res.json()).errMsg).toMatch(/must be JSON/)
  })

  it('passes well-formed text, Chinese and emoji included, to the function', async () => {
    const input = { name: '王秀英', note: '在外务工 👷‍♀️' }
    const answer = await (await post(JSON.stringify({ action: 'x', input }))).json()
    expect(answer.result.event).toEqual({ action: 'x', input })
  })

  it('refuses a body whose Content-Length is over 6 MB before reading it, as the cloud caps an invocation event', async () => {
    const answer = await streamPost({ headers: { 'Content-Length': 20 * 1024 * 1024 }, total: 20 * 1024 * 1024, chunk: 64 * 1024 })
    expect(answer.status).toBe(413)
    expect(JSON.parse(answer.body)).toEqual({ errCode: -501001, errMsg: expect.stringMatching(/^EXCEED_MAX_PAYLOAD_SIZE/) })
    expect(answer.sentWhenAnswered).toBeLessThan(MAX_CALL_BYTES)
  })

  it('refuses a streamed body as soon as it passes 6 MB, without waiting for the rest', async () => {
    const answer = await streamPost({ headers: { 'Transfer-Encoding': 'chunked' }, total: 64 * 1024 * 1024, chunk: 256 * 1024 })
    expect(answer.status).toBe(413)
    expect(JSON.parse(answer.body).errMsg).toMatch(/^EXCEED_MAX_PAYLOAD_SIZE/)
    expect(answer.sentWhenAnswered).toBeLessThan(MAX_CALL_BYTES + 4 * 1024 * 1024)
  })

  it('serves other calls while an oversized body is refused', async () => {
    const big = streamPost({ headers: { 'Transfer-Encoding': 'chunked' }, total: 64 * 1024 * 1024, chunk: 256 * 1024 })
    const answer = await (await post(JSON.stringify({ action: 'y' }))).json()
    expect(answer.result.event).toEqual({ action: 'y' })
    expect((await big).status).toBe(413)
  })
})
