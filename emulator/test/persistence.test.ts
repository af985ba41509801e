import { appendFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { EJSON } from 'bson'
import { createWire } from '../src/wire'
import { FIXTURE_DB, ENV, realSdk, startWire } from './support/emulator'
import { insert, update } from './support/admin-http'

const dir = mkdtempSync(join(tmpdir(), 'emulator-persist-'))
const dataFile = join(dir, 'data.json')
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** A wire started afresh on `file`, as a restart after a crash would (nothing flushed by anyone). */
const reopen = (file: string) => createWire({ env: ENV, databaseDir: FIXTURE_DB, dataFile: file, publicUrl: () => 'http://127.0.0.1:9' })
const journals = (file: string) => readdirSync(dir).filter((n) => n.startsWith(`${file.split('/').pop()}.journal.`))

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

it('has a change on disk by the time it is answered, and compaction folds the journal into the snapshot', async () => {
  const file = join(dir, 'journaled.json')
  const emu = await startWire({ dataFile: file })
  try {
    // Plain HTTP: the SDK in this process stays with the first test's server.
    expect((await insert(emu.url, 'items', [{ _id: 'answered', n: 1 }])).data).toEqual({ insertedIds: ['answered'] })
    expect((await update(emu.url, 'items', 'answered', { n: 2 })).data).toEqual({ updated: 1 })
    // No flush: what the SDK saw acknowledged is already in the journal.
    expect(reopen(file).db.collection('items').findOne({ _id: 'answered' })).toEqual({ _id: 'answered', n: 2 })
    expect(existsSync(file)).toBe(false)

    await emu.wire.compact()
    expect(existsSync(file)).toBe(true)
    expect(journals(file)).toEqual([])
    emu.wire.db.collection('items').remove({ _id: 'answered' })
    await insert(emu.url, 'items', [{ _id: 'after', n: 3 }])
    const again = reopen(file)
    expect(again.db.collection('items').find()).toEqual([{ _id: 'after', n: 3 }])
  } finally {
    await emu.close()
  }
})

it('ignores a record cut short at the end of the journal, and goes on writing after it', async () => {
  const file = join(dir, 'torn.json')
  const first = reopen(file)
  first.db.collection('items').insertMany([{ _id: 'a' }, { _id: 'b' }])
  await first.flush()
  const [segment] = journals(file)
  appendFileSync(join(dir, segment), '[["put","items",{"_id":"c"') // the process died mid-write
  const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined)
  try {
    const second = reopen(file)
    expect(second.db.collection('items').find().map((d) => d._id)).toEqual(['a', 'b'])
    expect(warn).toHaveBeenCalledWith(expect.stringContaining(`ignored the unfinished last record of ${join(dir, segment)}`))
    second.db.collection('items').insertOne({ _id: 'd' })
    await second.flush()
    expect(reopen(file).db.collection('items').find().map((d) => d._id)).toEqual(['a', 'b', 'd'])
  } finally {
    warn.mockRestore()
  }
})

it('refuses a damaged journal with a message that names the file and says what to do', async () => {
  const file = join(dir, 'damaged.json')
  const wire = reopen(file)
  wire.db.collection('items').insertOne({ _id: 'a', note: 'first' })
  await wire.flush()
  wire.db.collection('items').insertOne({ _id: 'b' })
  await wire.flush()
  const segment = join(dir, journals(file)[0])
  writeFileSync(segment, readFileSync(segment, 'utf8').replace('first', 'fir5t')) // a flipped byte, records after it
  expect(() => reopen(file)).toThrow(`emulator: cannot load ${segment}: line 1 is damaged: its checksum does not match`)
  expect(() => reopen(file)).toThrow(/Restore the file from a backup, or move it and the journal files beside it/)
})

it('refuses a snapshot cut short, naming it', async () => {
  const file = join(dir, 'short.json')
  const wire = reopen(file)
  wire.db.collection('items').insertMany([{ _id: 'a' }, { _id: 'b' }])
  await wire.compact()
  const text = readFileSync(file, 'utf8')
  writeFileSync(file, text.slice(0, text.lastIndexOf('{"end"')))
  expect(() => reopen(file)).toThrow(`emulator: cannot load ${file}: line 3 is the last, and the closing line is missing: the file was cut short`)
})

it('still loads a data file written before the journal (format 1)', () => {
  const file = join(dir, 'format1.json')
  const at = new Date('2025-01-02T03:04:05Z')
  writeFileSync(file, EJSON.stringify({ version: 1, collections: { items: [{ _id: 'old', at }] }, created: ['made'], files: {} }, { relaxed: true }))
  const wire = reopen(file)
  expect(wire.db.collection('items').findOne({ _id: 'old' })).toEqual({ _id: 'old', at })
  expect(wire.db.collections()).toContain('made')
})
