import { ENV, setFunctionEnv, startWire, type Running } from './support/emulator'

let emu: Running
let cloud: any

beforeAll(async () => {
  emu = await startWire()
  setFunctionEnv()
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the SDK reads its environment when loaded: load it after setFunctionEnv()
  cloud = require('wx-server-sdk')
  cloud.init({ env: ENV }) // no serviceUrl: the URL comes from TCB_CONTEXT_CNFG, as in the function runner
})
afterAll(() => {
  delete process.env.TCB_CONTEXT_CNFG
  return emu.close()
})
beforeEach(() => emu.wire.stats.reset())

const as = (tag: string) => {
  process.env.TCB_CONTEXT_CNFG = JSON.stringify({ URL: `${emu.url}/admin/t/${tag}` })
}

it('counts each database action under the tag of the URL it came through', async () => {
  const db = cloud.database()
  as('booking.create')
  await db.collection('items').add({ data: { _id: 'r1', category: 'c' } })
  await db.collection('items').where({ category: 'c' }).get()
  await db.collection('items').where({ category: 'c' }).count()
  as('report.list')
  await db.collection('items').doc('r1').get()
  expect(emu.wire.stats.perTag()).toEqual({ 'booking.create': 3, 'report.list': 1 })
  expect(emu.wire.stats.byTag('booking.create')).toBe(3)
  expect(emu.wire.stats.total()).toBe(4)
})

it('counts transaction start, operations and commit, but not storage or openapi calls', async () => {
  as('tx')
  await cloud.database().runTransaction(async (t: any) => {
    await t.collection('items').doc('r1').get()
    await t.collection('items').doc('r1').update({ data: { n: 1 } })
  })
  await cloud.uploadFile({ cloudPath: 'x.txt', fileContent: Buffer.from('x') })
  await cloud.openapi.subscribeMessage.send({ touser: 'o', templateId: 't', data: {} })
  expect(emu.wire.stats.byTag('tx')).toBe(4)
  expect(emu.wire.stats.byAction()).toMatchObject({ 'storage.getUploadMetadata': 1, 'wx.openApi': 1, 'database.commitTransaction': 1 })
})

it('serves and resets the counts over HTTP', async () => {
  as('http')
  await cloud.database().collection('items').doc('r1').get()
  expect(await (await fetch(`${emu.url}/_emulator/stats`)).json()).toMatchObject({ total: 1, perTag: { http: 1 } })
  await fetch(`${emu.url}/_emulator/stats/reset`, { method: 'POST' })
  expect(emu.wire.stats.total()).toBe(0)
})

it('answers 404 through the host server for paths it does not own', async () => {
  expect((await fetch(`${emu.url}/somewhere-else`)).status).toBe(404)
})
