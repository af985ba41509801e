// The gateway answers a hostile event shape with the envelope the kit's handler gives it
// (emulator-app's screenCall runs the handler's own checkEvent), so the H5 build sees what the
// mini-program sees and nothing hostile reaches the function runner.
import { ERROR_MESSAGES } from '../../shared/src/api/errors'
import { EVENT_MESSAGES } from '../../shared/src/server/event-guard'
import { startEmulator, type Emulator } from '../../emulator-app/start'

let emu: Emulator
beforeAll(async () => {
  emu = await startEmulator({ seed: false })
})
afterAll(() => emu.stop())

const post = (body: string | Buffer) => fetch(`${emu.url}/functions/household`, {
  method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Emulator-Openid': 'o-web' }, body: typeof body === 'string' ? body : new Uint8Array(body),
})
const deepJson = (depth: number) => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth)
const invalidInput = (field: string, message: string) => ({
  result: { ok: false, error: { code: 'INVALID_INPUT', message: ERROR_MESSAGES.INVALID_INPUT, fields: { [field]: message } } },
})

describe('gateway: hostile shapes of callFunction data', () => {
  it.each([
    ['as a field', `{"action":"household.get","input":{"note":${deepJson(10000)}}}`, /^input\.note\.a/],
    ['as input', `{"action":"household.get","input":${deepJson(10000)}}`, /^input\.a\.a/],
    ['beside input', `{"action":"household.get","input":{},"extra":${deepJson(10000)}}`, /^extra\.a/],
  ])('answers JSON nested 10,000 deep %s with the INVALID_INPUT envelope, not an invocation', async (_, body, field) => {
    const res = await post(body)
    expect(res.status).toBe(200)
    expect(res.headers.get('x-emulator-round-trips')).toBe('0')
    const answer = await res.json()
    expect(answer).toEqual(invalidInput(Object.keys(answer.result.error.fields)[0], EVENT_MESSAGES.depth))
    expect(Object.keys(answer.result.error.fields)[0]).toMatch(field)
  })

  it('refuses bytes that are not UTF-8 in a text field instead of passing on U+FFFD', async () => {
    const body = Buffer.concat([Buffer.from('{"action":"x","input":{"name":"王'), Buffer.from([0xe7, 0x8e]), Buffer.from('英","ok":"是"}}')])
    expect(await (await post(body)).json()).toEqual(invalidInput('input.name', EVENT_MESSAGES.text))
  })

  it('refuses a lone surrogate sent as a JSON escape', async () => {
    expect(await (await post('{"action":"x","input":{"name":"a\\ud800b"}}')).json()).toEqual(invalidInput('input.name', EVENT_MESSAGES.text))
  })
})
