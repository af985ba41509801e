import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { realSdk, startWire } from './support/emulator'

const dir = mkdtempSync(join(tmpdir(), 'emulator-persist-'))
const dataFile = join(dir, 'data.json')
afterAll(() => rmSync(dir, { recursive: true, force: true }))

it('keeps documents, created collections and files across a restart', async () => {
  const emu = await startWire({ dataFile })
  const cloud = realSdk(`${emu.url}/admin`)
  const db = cloud.database()
  await db.collection('items').add({ data: { _id: 'kept', at: new Date('2025-03-01T00:00:00Z'), n: 1.5, nested: { list: [1, 'two'] } } })
  await db.createCollection('made_later')
  const { fileID } = await cloud.uploadFile({ cloudPath: 'a/b.png', fileContent: Buffer.from([137, 80, 78, 71]) })
  const first = emu.wire
  const second = { wire: await emu.restart() } // flushes the first, then loads the file afresh
  expect(second.wire).not.toBe(first)
  try {
    expect(second.wire.db.collection('items').findOne({ _id: 'kept' })).toEqual({
      _id: 'kept', at: new Date('2025-03-01T00:00:00Z'), n: 1.5, nested: { list: [1, 'two'] },
    })
    expect(second.wire.db.collections()).toContain('made_later')
    expect(second.wire.storage.files.get(fileID)?.bytes).toEqual(Buffer.from([137, 80, 78, 71]))
    expect((await db.collection('items').doc('kept').get()).data.at).toEqual(new Date('2025-03-01T00:00:00Z'))
  } finally {
    await emu.close()
  }
})

it('writes the data file on its own shortly after a change', async () => {
  const file = join(dir, 'debounced.json')
  const emu = await startWire({ dataFile: file })
  try {
    emu.wire.db.collection('items').insertOne({ _id: 'x' })
    expect(existsSync(file)).toBe(false)
    // Nothing here flushes: the file appears by itself once the debounce has run. How soon
    // depends on the machine's load, so wait for it rather than for a fixed 400 ms.
    for (const end = Date.now() + 30_000; !existsSync(file) && Date.now() < end;) await new Promise((r) => setTimeout(r, 50))
    expect(existsSync(file)).toBe(true)
  } finally {
    await emu.close()
  }
})
