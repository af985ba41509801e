import { realSdk, startWire, type Running } from './support/emulator'

let emu: Running
let cloud: any

beforeAll(async () => {
  emu = await startWire()
  cloud = realSdk(`${emu.url}/admin`)
})
afterAll(() => emu.close())

it('uploads, serves a temporary URL, downloads and deletes a file', async () => {
  const bytes = Buffer.from('村民承诺书 v1')
  const { fileID } = await cloud.uploadFile({ cloudPath: 'commitments/h-1/v1.txt', fileContent: bytes })
  expect(fileID).toMatch(/^cloud:\/\/chengxin-local\.[^/]+\/commitments\/h-1\/v1\.txt$/)
  expect(emu.wire.storage.files.get(fileID)?.bytes).toEqual(bytes)

  const { fileList } = await cloud.getTempFileURL({ fileList: [fileID] })
  expect(fileList[0]).toMatchObject({ fileID, status: 0 })
  expect(fileList[0].tempFileURL.startsWith(`${emu.url}/`)).toBe(true)
  const served = await fetch(fileList[0].tempFileURL)
  expect(served.headers.get('content-type')).toContain('text/plain')
  expect(Buffer.from(await served.arrayBuffer())).toEqual(bytes)

  const { fileContent } = await cloud.downloadFile({ fileID })
  expect(fileContent).toEqual(bytes)

  const deleted = await cloud.deleteFile({ fileList: [fileID] })
  expect(deleted.fileList).toEqual([{ fileID, status: 0, errMsg: 'ok' }])
  expect(emu.wire.storage.files.size).toBe(0)
  expect((await fetch(fileList[0].tempFileURL)).status).toBe(404)
})

it('answers STORAGE_FILE_NONEXIST per missing file', async () => {
  const missing = emu.wire.storage.fileIdOf('nope.png')
  const urls = await cloud.getTempFileURL({ fileList: [missing] })
  expect(urls.fileList[0]).toMatchObject({ fileID: missing, status: -503003, tempFileURL: '' })
  const deleted = await cloud.deleteFile({ fileList: [missing] })
  expect(deleted.fileList[0]).toMatchObject({ fileID: missing, status: -503003 })
})

it('refuses a public URL that is not loopback', () => {
  const wire = emu.wire
  expect(() => wire.storage.urlOf('x')).not.toThrow()
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded inside the test so only this case builds a second wire
  const { createWire } = require('../src/wire') as typeof import('../src/wire')
  const remote = createWire({ env: 'e', databaseDir: `${__dirname}/fixtures/database`, publicUrl: () => 'https://example.com' })
  expect(() => remote.storage.urlOf('x')).toThrow(/not loopback/)
})
