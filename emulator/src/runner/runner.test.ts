import path from 'path'
import { startEmulator, type Emulator, type EmulatorOptions } from '../index'
import { FIXTURE_DB } from '../../test/support/emulator'

const start = (runner?: EmulatorOptions['runner']) => startEmulator({
  functionsDir: path.join(__dirname, 'fixtures'), databaseDir: FIXTURE_DB, maxInstances: 2, runner,
  // The sign-in list is the app's: here, whoever the seeded `bulk` documents name.
  seed: {
    seed: () => ({ bulk: [{ _id: 'o-seeded', name: '王秀英' }] }),
    identities: (db) => db.collection('bulk').find().map((d) => ({ openid: d._id, name: String(d.name) })),
  },
})

let emu: Emulator
beforeAll(async () => {
  emu = await start()
})
afterAll(() => emu.stop())

// Both runners (inline: the emulator's thread, the default; worker: a thread per instance) keep the same contract.
describe.each(['inline', 'worker'] as const)('function runner (%s)', (runner) => {
  let emu: Emulator
  beforeAll(async () => {
    emu = await start(runner)
  })
  afterAll(() => emu.stop())

  it('runs the function with the caller as OPENID and the local env, as getWXContext reports them', async () => {
    const out = await emu.call('echo', { hello: 1 }, 'o-caller-a')
    expect(out.result).toMatchObject({ openid: 'o-caller-a', appid: 'wx-emulator-app', env: 'local', event: { hello: 1 } })
    const other = await emu.call('echo', {}, 'o-caller-b')
    expect(other.result.openid).toBe('o-caller-b')
  })

  it('runs one invocation at a time per instance and several instances in parallel', async () => {
    const outs = await Promise.all([1, 2, 3, 4].map((i) => emu.call('echo', { sleepMs: 150, i }, `o-${i}`)))
    expect(outs.map((o) => o.result.overlapped)).toEqual([false, false, false, false])
    expect(outs.map((o) => o.result.openid)).toEqual(['o-1', 'o-2', 'o-3', 'o-4'])
  })

  it('counts the database round trips of one invocation', async () => {
    const out = await emu.call('echo', { count: true }, 'o-a')
    expect(out.roundTrips).toBe(1)
  })

  it('ends an invocation at the timeout in config.json, as the cloud does', async () => {
    const out = await emu.call('echo', { sleepMs: 3000 }, 'o-a')
    expect(out.error?.errCode).toBe(-504003)
    expect(out.error?.errMsg).toMatch(/timed out after 1 seconds/)
    expect((await emu.call('echo', {}, 'o-a')).result.openid).toBe('o-a')
  })

  it('does not count the emulator\'s own set-up time (extendDeadlines) against the time limit', async () => {
    // A 1 s limit and a 2 s call: the emulator keeps giving running invocations more time meanwhile.
    const ticker = setInterval(() => emu.runner.extendDeadlines(500), 100)
    try {
      const out = await emu.call('echo', { sleepMs: 2000 }, 'o-a')
      expect(out.error).toBeUndefined()
      expect(out.result.openid).toBe('o-a')
    } finally {
      clearInterval(ticker)
    }
  })

  it('reports a thrown error as a failed invocation and keeps serving', async () => {
    const out = await emu.call('echo', { throw: true }, 'o-a')
    expect(out.error?.errMsg).toMatch(/boom/)
    expect((await emu.call('echo', {}, 'o-a')).result).toBeTruthy()
  })

  it('reports an event it cannot pass to the function (nested 10,000 deep) as a failed invocation and keeps serving', async () => {
    let deep: unknown = 1
    for (let i = 0; i < 10000; i++) deep = { a: deep }
    const out = await emu.call('echo', { input: deep }, 'o-a')
    expect(out.error).toEqual({ errCode: -504002, errMsg: expect.stringMatching(/^FUNCTIONS_EXECUTE_FAIL/) })
    expect((await emu.call('echo', {}, 'o-a')).result.openid).toBe('o-a')
  })

  it('fires a timer trigger on demand with the timer event shape and no caller', async () => {
    const out = await emu.runner.fireTimer('echo', 'every-minute')
    expect(out.result).toMatchObject({ openid: '', event: { Type: 'Timer', TriggerName: 'every-minute' } })
  })

  it('answers an unknown function like the cloud', async () => {
    expect((await emu.call('nope', {}, 'o-a')).error?.errCode).toBe(-504001)
  })
})

describe('gateway', () => {
  // A client upload the test storage rules allow (test/fixtures/database/storage-rules.json).
  const PHOTO = 'proofs/0123456789abcdef0123456789abcdef/3f2a0c1e-8d4b-4c6a-9e1f-2b7d5a9c0e11.jpg'
  it('serves POST /functions/<name> with the caller from X-Emulator-Openid', async () => {
    const res = await fetch(`${emu.url}/functions/echo`, {
      method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Emulator-Openid': 'o-web' }, body: JSON.stringify({ action: 'x' }),
    })
    const body = await res.json()
    expect(body.result).toMatchObject({ openid: 'o-web', event: { action: 'x' } })
    expect(res.headers.get('x-emulator-round-trips')).toBe('0')
  })

  it('refuses a call without an identity', async () => {
    const res = await fetch(`${emu.url}/functions/echo`, { method: 'POST', body: '{}' })
    expect(res.status).toBe(401)
  })

  it('takes an H5 upload like wx.cloud.uploadFile: stores the bytes and answers the fileID', async () => {
    const bytes = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3])
    const res = await fetch(`${emu.url}/_emulator/upload?cloudPath=${PHOTO}`, {
      method: 'POST', headers: { 'X-Emulator-Openid': 'o-web', 'Content-Type': 'image/jpeg' }, body: bytes,
    })
    const body = await res.json()
    expect(body).toEqual({ fileID: emu.wire.storage.fileIdOf(PHOTO), statusCode: 200, errMsg: 'cloud.uploadFile:ok' })
    expect(emu.wire.storage.files.get(body.fileID)).toMatchObject({ key: PHOTO, contentType: 'image/jpeg', bytes })
    const served = await fetch(emu.wire.storage.urlOf(PHOTO))
    expect(Buffer.from(await served.arrayBuffer())).toEqual(bytes)
  })

  it('refuses an upload without an identity, outside the bucket, or empty, and stores nothing', async () => {
    const before = emu.wire.storage.files.size
    const post = (path: string, headers: Record<string, string>, body = 'x') =>
      fetch(`${emu.url}/_emulator/upload?cloudPath=${encodeURIComponent(path)}`, { method: 'POST', headers, body })
    expect((await post('proofs/a.jpg', {})).status).toBe(401)
    for (const bad of ['/abs.jpg', 'proofs/../x.jpg', 'a%2Fb.jpg', '']) {
      const res = await post(bad, { 'X-Emulator-Openid': 'o-web' })
      expect(res.status).toBe(400)
      expect((await res.json()).errMsg).toMatch(/^cloud.uploadFile:fail/)
    }
    expect((await post(PHOTO.replace(/\w{12}\.jpg$/, '000000000000.jpg'), { 'X-Emulator-Openid': 'o-web' }, '')).status).toBe(400)
    expect(emu.wire.storage.files.size).toBe(before)
  })

  it("lists the identities the app's configuration reads from the database", async () => {
    const { identities } = await (await fetch(`${emu.url}/_emulator/identities`)).json()
    expect(identities).toEqual([{ openid: 'o-seeded', name: '王秀英' }])
  })
})
