import { ENV, setFunctionEnv, startWire, type Running } from './support/emulator'

// Any environment id the SDK names gets a database and storage of its own on first use;
// the default environment (the emulator's `env`) is the one a request naming none uses.
let emu: Running
let cloud: any
beforeAll(async () => {
  emu = await startWire()
  setFunctionEnv()
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the SDK reads its environment when loaded: load it after setFunctionEnv()
  cloud = require('wx-server-sdk')
  cloud.init({ env: 'test-env', serviceUrl: `${emu.url}/admin`, secretId: 'x', secretKey: 'x' })
})
afterAll(() => emu.close())

it('serves cloud.init({ env: "test-env" }) from a database of its own', async () => {
  const db = cloud.database()
  await db.collection('items').add({ data: { _id: 'only-in-test-env', category: 'x' } })
  expect((await db.collection('items').doc('only-in-test-env').get()).data).toEqual({ _id: 'only-in-test-env', category: 'x' })
  expect(emu.wire.env('test-env').db.collection('items').count()).toBe(1)
  expect(emu.wire.db.collection('items').count()).toBe(0)
})

it('keeps two environments apart, and the default one as it was', async () => {
  emu.wire.db.collection('items').insertOne({ _id: 'shared-id', where: ENV })
  const other = cloud.database({ env: 'other-env' })
  const test = cloud.database({ env: 'test-env' })
  const home = cloud.database({ env: ENV })
  await other.collection('items').add({ data: { _id: 'shared-id', where: 'other-env' } })
  await test.collection('items').add({ data: { _id: 'shared-id', where: 'test-env' } })
  expect((await other.collection('items').doc('shared-id').get()).data.where).toBe('other-env')
  expect((await test.collection('items').doc('shared-id').get()).data.where).toBe('test-env')
  expect((await home.collection('items').doc('shared-id').get()).data.where).toBe(ENV)
  await other.collection('items').doc('shared-id').remove()
  expect((await test.collection('items').where({ _id: 'shared-id' }).count()).total).toBe(1)
  expect((await other.collection('items').where({ _id: 'shared-id' }).count()).total).toBe(0)
  // Transactions belong to their environment too.
  await test.runTransaction(async (tx: { collection: (n: string) => { doc: (id: string) => { update: (u: object) => Promise<unknown> } } }) => {
    await tx.collection('items').doc('shared-id').update({ data: { n: 1 } })
  })
  expect(emu.wire.env('test-env').db.collection('items').findOne({ _id: 'shared-id' })).toMatchObject({ n: 1 })
  expect(emu.wire.db.collection('items').findOne({ _id: 'shared-id' })).toEqual({ _id: 'shared-id', where: ENV })
})

it('follows DYNAMIC_CURRENT_ENV to the function\'s own environment (SCF_NAMESPACE)', async () => {
  const before = { SCF_NAMESPACE: process.env.SCF_NAMESPACE, TCB_ENV: process.env.TCB_ENV }
  Object.assign(process.env, { SCF_NAMESPACE: 'ns-env', TCB_ENV: 'ns-env' })
  try {
    const db = cloud.database({ env: cloud.DYNAMIC_CURRENT_ENV })
    await db.collection('items').add({ data: { _id: 'dyn' } })
    expect(emu.wire.env('ns-env').db.collection('items').findOne({ _id: 'dyn' })).toEqual({ _id: 'dyn' })
  } finally {
    Object.assign(process.env, before)
  }
})

it('stores and serves each environment\'s files apart', async () => {
  const { fileID } = await cloud.uploadFile({ cloudPath: 'a/same.txt', fileContent: Buffer.from('test-env bytes') })
  expect(fileID).toMatch(/^cloud:\/\/test-env\./)
  const [link] = (await cloud.getTempFileURL({ fileList: [fileID] })).fileList
  expect(await (await fetch(link.tempFileURL)).text()).toBe('test-env bytes')
  emu.wire.storage.put('a/same.txt', Buffer.from('default bytes'))
  expect(await (await fetch(link.tempFileURL)).text()).toBe('test-env bytes')
  expect(emu.wire.storage.files.size).toBe(1)
  await cloud.deleteFile({ fileList: [fileID] })
  expect(emu.wire.env('test-env').storage.files.size).toBe(0)
  expect(emu.wire.storage.files.size).toBe(1)
})

it('answers INVALID_ENV for a name that cannot be an environment id', async () => {
  const res = await fetch(`${emu.url}/admin`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ action: 'database.getDocument', envName: 'no such/env', collectionName: 'items' }) })
  expect(await res.json()).toMatchObject({ code: 'INVALID_ENV', message: expect.stringContaining('no such/env') })
})
