import http from 'http'
import path from 'path'
import { ERROR_MESSAGES } from '@chengxin/shared/src/api/errors'
import { EVENT_MESSAGES } from '@chengxin/shared/src/server/event-guard'
import { startEmulator, type Emulator } from '../index'
import { MAX_CALL_BYTES } from './call-body'

let emu: Emulator
beforeAll(async () => {
  emu = await startEmulator({ functionsDir: path.join(__dirname, '../runner/fixtures'), maxInstances: 2, seed: false })
})
afterAll(() => emu.stop())

const HEADERS = { 'Content-Type': 'application/json', 'X-Emulator-Openid': 'o-web' }
const post = (body: string | Buffer) => fetch(`${emu.url}/functions/echo`, { method: 'POST', headers: HEADERS, body: typeof body === 'string' ? body : new Uint8Array(body) })

/** JSON text of `{"a":{"a":…1…}}`, `depth` objects deep. */
const deepJson = (depth: number) => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth)

const invalidInput = (field: string, message: string) => ({
  result: { ok: false, error: { code: 'INVALID_INPUT', message: ERROR_MESSAGES.INVALID_INPUT, fields: { [field]: message } } },
})

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
    setTimeout(() => (answered ? undefined : (req.destroy(), reject(new Error(`no answer after sending ${sent} bytes`)))), 10000).unref()
  })
}

describe('gateway: hostile shapes of callFunction data', () => {
  it.each([
    ['as a field', `{"action":"household.get","input":{"note":${deepJson(10000)}}}`, /^input\.note\.a/],
    ['as input', `{"action":"household.get","input":${deepJson(10000)}}`, /^input\.a\.a/],
    ['beside input', `{"action":"household.get","input":{},"extra":${deepJson(10000)}}`, /^extra\.a/],
  ])('answers JSON nested 10,000 deep %s with the INVALID_INPUT envelope, not an empty 500', async (_, body, field) => {
    const res = await post(body)
    expect(res.status).toBe(200)
    const answer = await res.json()
    expect(answer).toEqual(invalidInput(Object.keys(answer.result.error.fields)[0], EVENT_MESSAGES.depth))
    expect(Object.keys(answer.result.error.fields)[0]).toMatch(field)
  })

  it('refuses bytes that are not UTF-8 in a text field instead of passing on U+FFFD', async () => {
    const body = Buffer.concat([Buffer.from('{"action":"x","input":{"name":"王'), Buffer.from([0xe7, 0x8e]), Buffer.from('英","ok":"是"}}')])
    const res = await post(body)
    expect(await res.json()).toEqual(invalidInput('input.name', EVENT_MESSAGES.text))
  })

  it('refuses a lone surrogate sent as a JSON escape', async () => {
    expect(await (await post('{"action":"x","input":{"name":"a\\ud800b"}}')).json()).toEqual(invalidInput('input.name', EVENT_MESSAGES.text))
  })

  it('still passes well-formed text, Chinese and emoji included, to the function', async () => {
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
