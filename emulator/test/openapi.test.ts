import { realSdk, startWire, type Running } from './support/emulator'

let emu: Running
let cloud: any
const invoked: Array<{ name: string; data: unknown; tag: string }> = []

beforeAll(async () => {
  emu = await startWire({
    invokeFunction: async (name, data, tag) => {
      invoked.push({ name, data, tag })
      if (name === 'broken') throw new Error('function crashed')
      return { ok: true, echo: data }
    },
  })
  cloud = realSdk(`${emu.url}/admin`)
})
afterAll(() => emu.close())
beforeEach(() => emu.wire.openapi.reset())

it('records subscribeMessage.send with its data and answers ok, sending nothing', async () => {
  const res = await cloud.openapi.subscribeMessage.send({
    touser: 'o-villager', templateId: 'TPL-1', page: 'pages/home/index', data: { thing1: { value: '承诺书待签' } },
  })
  expect(res).toMatchObject({ errCode: 0 })
  expect(emu.wire.openapi.calls).toEqual([
    expect.objectContaining({
      apiName: 'subscribeMessage.send',
      tag: 'direct',
      data: expect.objectContaining({ touser: 'o-villager', template_id: 'TPL-1', data: { thing1: { value: '承诺书待签' } } }),
    }),
  ])
  const listed = await (await fetch(`${emu.url}/_emulator/openapi`)).json()
  expect(listed.calls[0].apiName).toBe('subscribeMessage.send')
})

it('rejects with the WeChat errcode a test scripted for that apiName', async () => {
  emu.wire.openapi.respond('subscribeMessage.send', 43101)
  await expect(cloud.openapi.subscribeMessage.send({ touser: 'o-x', templateId: 'T', data: {} })).rejects.toMatchObject({ errCode: 43101 })
  expect(emu.wire.openapi.calls).toHaveLength(1)
})

it('passes content checks and answers a trace_id for mediaCheckAsync', async () => {
  const text = await cloud.openapi.security.msgSecCheck({ content: '你好', version: 2, scene: 1, openid: 'o-x' })
  expect(text).toMatchObject({ errCode: 0, result: { suggest: 'pass' } })
  const media = await cloud.openapi.security.mediaCheckAsync({ mediaUrl: 'http://127.0.0.1/x.png', mediaType: 2, version: 2, scene: 1, openid: 'o-x' })
  expect(media.traceId).toMatch(/^[0-9a-f]+$/)
})

it('answers wxacode.getUnlimited with a PNG buffer', async () => {
  const res = await cloud.openapi.wxacode.getUnlimited({ scene: 'h=1', page: 'pages/home/index' })
  expect(res.contentType).toBe('image/png')
  expect(res.buffer.subarray(1, 4).toString()).toBe('PNG')
})

it('passes callFunction to the attached runner with the caller tag, and relays its result', async () => {
  const res = await cloud.callFunction({ name: 'booking', data: { action: 'booking.create', n: 1 } })
  expect(res.result).toEqual({ ok: true, echo: { action: 'booking.create', n: 1 } })
  expect(invoked.at(-1)).toEqual({ name: 'booking', data: { action: 'booking.create', n: 1 }, tag: 'direct' })
  await expect(cloud.callFunction({ name: 'broken', data: {} })).rejects.toMatchObject({ errMsg: expect.stringContaining('function crashed') })
})
