import { taroMock } from '../../test-mocks/taro'
import { call, getDemoOpenid, listDemoIdentities, NETWORK_MESSAGE, NO_CLOUD_MESSAGE, setDemoOpenid } from './cloud'
import { uuidv4 } from './uuid'

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/
const HASH = 'f'.repeat(64)

/** Run a call to completion while fake timers fast-forward the retry backoff. */
async function settle<T>(p: Promise<T>): Promise<T> {
  await jest.runAllTimersAsync()
  return p
}

beforeEach(() => {
  taroMock.reset()
  Reflect.deleteProperty(process.env, 'TARO_ENV')
  jest.useFakeTimers()
})
afterEach(() => jest.useRealTimers())

describe('uuidv4', () => {
  it('makes RFC 4122 version-4 ids without crypto.randomUUID', () => {
    expect(uuidv4()).toMatch(UUID_V4)
    expect(uuidv4(() => {})).toMatch(UUID_V4) // even from an all-zero source
    expect(uuidv4()).not.toBe(uuidv4())
  })
})

describe('call() in the mini-program', () => {
  it('retries a change after network failures with the same requestId and returns the answer', async () => {
    const seen: string[] = []
    taroMock.cloud = {
      init: () => {},
      callFunction: async ({ name, data }) => {
        const d = data as { action: string; requestId: string }
        expect(name).toBe('commitment')
        seen.push(d.requestId)
        if (seen.length < 3) throw { errMsg: 'cloud.callFunction:fail request:fail timeout' }
        return { result: { ok: true, data: { commitmentId: 'c1', status: 'awaiting-village' } } }
      },
    }
    const r = await settle(call('commitment.sign', { commitmentId: 'c1', contentHash: HASH }))
    expect(r).toEqual({ ok: true, data: { commitmentId: 'c1', status: 'awaiting-village' } })
    expect(seen).toHaveLength(3)
    expect(new Set(seen).size).toBe(1)
    expect(seen[0]).toMatch(UUID_V4)
  })

  it('asks again, with the same requestId, while the first try of the change is still running', async () => {
    const seen: string[] = []
    const busy = { ok: false, error: { code: 'REQUEST_IN_PROGRESS', message: '上一次提交还在处理中，请稍等片刻再试' } }
    taroMock.cloud = {
      init: () => {},
      callFunction: async ({ data }) => {
        seen.push((data as { requestId: string }).requestId)
        return { result: seen.length < 2 ? busy : { ok: true, data: { commitmentId: 'c1', status: 'awaiting-village' } } }
      },
    }
    const r = await settle(call('commitment.sign', { commitmentId: 'c1', contentHash: HASH }))
    expect(r).toEqual({ ok: true, data: { commitmentId: 'c1', status: 'awaiting-village' } })
    expect(seen).toHaveLength(2)
    expect(new Set(seen).size).toBe(1)
  })

  it('says so plainly when the first try is still running after every retry', async () => {
    let attempts = 0
    const busy = { ok: false, error: { code: 'REQUEST_IN_PROGRESS', message: '上一次提交还在处理中，请稍等片刻再试' } }
    taroMock.cloud = { init: () => {}, callFunction: async () => { attempts++; return { result: busy } } }
    const r = await settle(call('commitment.sign', { commitmentId: 'c1', contentHash: HASH }))
    expect(r).toEqual(busy)
    expect(attempts).toBe(3)
  })

  it('keeps a caller-supplied requestId', async () => {
    let got = ''
    taroMock.cloud = { init: () => {}, callFunction: async ({ data }) => { got = (data as { requestId: string }).requestId; return { result: { ok: true, data: {} } } } }
    const rid = uuidv4()
    await settle(call('invite.redeem', { code: 'AB3D5F7H', privacyVersion: '2026-11' }, { requestId: rid }))
    expect(got).toBe(rid)
  })

  it('gives up after three attempts with a plain network message', async () => {
    let attempts = 0
    taroMock.cloud = { init: () => {}, callFunction: async () => { attempts++; throw { errMsg: 'cloud.callFunction:fail request:fail' } } }
    const r = await settle(call('account.whoami', {}))
    expect(attempts).toBe(3)
    expect(r).toEqual({ ok: false, error: { code: 'INTERNAL', message: NETWORK_MESSAGE } })
  })

  it('passes server errors through without retrying', async () => {
    let attempts = 0
    const error = { code: 'NOT_HOUSEHOLD_HEAD', message: '只有户主可以签署本户的承诺书' }
    taroMock.cloud = { init: () => {}, callFunction: async () => { attempts++; return { result: { ok: false, error } } } }
    const r = await settle(call('commitment.sign', { commitmentId: 'c1', contentHash: HASH }))
    expect(attempts).toBe(1)
    expect(r).toEqual({ ok: false, error })
  })

  it('turns a malformed function result into INTERNAL instead of passing it on', async () => {
    taroMock.cloud = { init: () => {}, callFunction: async () => ({ result: { errCode: -1, errMsg: 'boom' } }) }
    const r = await settle(call('account.whoami', {}))
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.error.code).toBe('INTERNAL')
  })

  it('answers with a clear error, not a crash, when wx.cloud does not exist', async () => {
    taroMock.cloud = undefined
    const r = await settle(call('account.whoami', {}))
    expect(r).toEqual({ ok: false, error: { code: 'INTERNAL', message: NO_CLOUD_MESSAGE } })
  })
})

describe('call() in the H5 build', () => {
  const fetchMock = jest.fn()
  beforeEach(() => {
    process.env.TARO_ENV = 'h5'
    fetchMock.mockReset()
    global.fetch = fetchMock as unknown as typeof fetch
  })
  const reply = (status: number, body: unknown) => ({ ok: status >= 200 && status < 300, status, json: async () => body })

  it('posts to the emulator gateway as the chosen demo identity', async () => {
    setDemoOpenid('demo-cadre-shizi')
    fetchMock.mockResolvedValue(reply(200, { result: { ok: true, data: { bound: true } } }))
    const r = await settle(call('account.whoami', {}))
    expect(r).toEqual({ ok: true, data: { bound: true } })
    const [url, init] = fetchMock.mock.calls[0]
    expect(url).toBe('/functions/account')
    expect(init.headers['X-Emulator-Openid']).toBe('demo-cadre-shizi')
    expect(JSON.parse(init.body)).toMatchObject({ action: 'account.whoami', input: {} })
  })

  it('retries HTTP 5xx and a thrown fetch with one requestId, then succeeds', async () => {
    fetchMock
      .mockRejectedValueOnce(new TypeError('Failed to fetch'))
      .mockResolvedValueOnce(reply(502, null))
      .mockResolvedValueOnce(reply(200, { result: { ok: true, data: { ok: 1 } } }))
    const r = await settle(call('commitment.countersign', { commitmentId: 'c1', contentHash: HASH }))
    expect(r.ok).toBe(true)
    const ids = fetchMock.mock.calls.map(([, init]) => JSON.parse(init.body).requestId)
    expect(ids).toHaveLength(3)
    expect(new Set(ids).size).toBe(1)
  })

  it('treats an { errCode, errMsg } body as a failed function call', async () => {
    fetchMock.mockResolvedValue(reply(200, { errCode: -504002, errMsg: 'function timed out' }))
    const r = await settle(call('account.whoami', {}))
    expect(fetchMock).toHaveBeenCalledTimes(3)
    expect(r).toEqual({ ok: false, error: { code: 'INTERNAL', message: '服务暂时不可用，请稍后重试' } })
  })

  it('lists demo identities and remembers the chosen one', async () => {
    const identities = [{ openid: 'o1', name: '王大山', roles: ['resident'], villageName: '十字村', householdLabel: '王大山户', note: '户主' }]
    fetchMock.mockResolvedValue(reply(200, { identities }))
    expect(await listDemoIdentities()).toEqual({ ok: true, data: { identities } })
    expect(fetchMock.mock.calls[0][0]).toBe('/_emulator/identities')
    setDemoOpenid('o1')
    expect(getDemoOpenid()).toBe('o1')
    setDemoOpenid(null)
    expect(getDemoOpenid()).toBeNull()
  })
})
