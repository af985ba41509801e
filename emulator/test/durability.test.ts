import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { admin, ejson, getById, insert, remove, update } from './support/admin-http'

// kill -9 in the middle of a burst of writes, restart on the same data, and every write that
// was answered ok is there — and no transaction or multi-document insert is there by halves.
// Writes that were in flight at the kill may or may not be there; the check allows exactly those.
// Compaction is set to run every ~16 KB of journal, so some kills land in the middle of one.

const ROUNDS = 3
const WORKERS = 6
const dir = mkdtempSync(join(tmpdir(), 'emulator-kill9-'))
const dataFile = join(dir, 'data.json')
let child: ChildProcess | undefined
afterAll(() => {
  child?.kill('SIGKILL')
  rmSync(dir, { recursive: true, force: true })
})

function start(): Promise<string> {
  const proc = spawn(process.execPath, ['--import', 'tsx', join(__dirname, 'support/wire-process.ts'), dataFile, '16384'], {
    cwd: join(__dirname, '../..'),
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  child = proc
  return new Promise((resolve, reject) => {
    let out = ''
    proc.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      const ready = /READY (\S+)/.exec(out)
      if (ready) resolve(ready[1])
    })
    proc.on('exit', (code) => reject(new Error(`the wire process exited (${code}) before it was ready`)))
  })
}

function kill(): Promise<void> {
  const proc = child!
  child = undefined
  return new Promise((resolve) => {
    proc.on('exit', () => resolve())
    proc.kill('SIGKILL')
  })
}

const ok = (reply: Record<string, any>) => reply.code === undefined
/**
 * What the emulator acknowledged, across every round. Each worker writes only documents of its
 * own, one request at a time, so a document's last acknowledged state is known exactly; the one
 * request a worker had in flight at the kill may or may not have landed (`inflight`). The shared
 * flags are the exception on purpose: every worker sets the same ones, so most of those updates
 * find the work done by a twin (`updated: 0`) whose write may still be on its way to the disk.
 */
const acked = {
  inserted: [] as Array<{ _id: string; round: number; i: number }>,
  pairs: [] as string[][], // two documents inserted by one request
  updated: new Map<string, number>(),
  removed: new Set<string>(),
  transfers: new Map<string, number>(), // ledger pair → transfers answered ok
  files: new Map<string, Buffer>(),
  flags: new Set<string>(), // shared flag documents some worker was told are set
}
/** A worker's request that the kill cut off: it may have been applied, or not. */
type InFlight = { kind: 'update'; _id: string; touched: number } | { kind: 'remove'; _id: string } | { kind: 'pair'; ids: string[] } | { kind: 'other' }
const inflight: InFlight[] = []
let attempted = 0

async function transfer(url: string, pair: string): Promise<boolean> {
  const { transactionId } = await admin(url, { action: 'database.startTransaction' })
  const move = (id: string, by: number) =>
    admin(url, { action: 'database.modifyDocument', collectionName: 'ledger', queryType: 'DOC', query: ejson({ _id: id }), data: ejson({ $inc: { balance: by } }), merge: true, multi: false, transactionId })
  if (!ok(await move(`${pair}-from`, -10)) || !ok(await move(`${pair}-to`, 10))) return false
  return ok(await admin(url, { action: 'database.commitTransaction', transactionId }))
}

async function upload(url: string, key: string, bytes: Buffer): Promise<boolean> {
  const meta = await admin(url, { action: 'storage.getUploadMetadata', path: key })
  const res = await fetch(meta.data.url, { method: 'PUT', headers: { 'x-cos-security-token': meta.data.token }, body: new Uint8Array(bytes) })
  await res.arrayBuffer()
  return res.status === 200
}

const setFlag = (url: string, id: string) =>
  admin(url, { action: 'database.modifyDocument', collectionName: 'items', queryType: 'DOC', query: ejson({ _id: id }), data: ejson({ $set: { flag: true } }), merge: true, multi: false, upsert: true })

/** One worker: a stream of writes of every kind, each recorded only once it is answered ok. */
async function worker(url: string, round: number, w: number, stop: { killed: boolean }): Promise<void> {
  const pair = `p${round}-${w}`
  await admin(url, { action: 'database.insertDocument', collectionName: 'ledger', data: [ejson({ _id: `${pair}-from`, balance: 1000 }), ejson({ _id: `${pair}-to`, balance: 0 })] })
  acked.transfers.set(pair, 0)
  const mine: string[] = [] // this worker's acknowledged, not removed, single inserts
  for (let i = 0; !stop.killed; i++) {
    const id = `r${round}-w${w}-${i}`
    attempted++
    let now: InFlight = { kind: 'other' }
    try {
      switch (i % 6) {
        case 0:
          if (ok(await insert(url, 'items', [{ _id: id, round, i }]))) {
            acked.inserted.push({ _id: id, round, i })
            mine.push(id)
          }
          break
        case 1:
          now = { kind: 'pair', ids: [`${id}-a`, `${id}-b`] }
          if (ok(await insert(url, 'items', [{ _id: `${id}-a`, half: 'a' }, { _id: `${id}-b`, half: 'b' }]))) acked.pairs.push([`${id}-a`, `${id}-b`])
          break
        case 2: {
          const target = mine.at(-1)
          if (!target) break
          now = { kind: 'update', _id: target, touched: i }
          if (ok(await update(url, 'items', target, { touched: i }))) acked.updated.set(target, i)
          break
        }
        case 3:
          if (await transfer(url, pair)) acked.transfers.set(pair, acked.transfers.get(pair)! + 1)
          break
        case 4: {
          if (i % 12 === 4) {
            const bytes = Buffer.from(`${id} bytes`)
            if (await upload(url, `f/${id}.txt`, bytes)) acked.files.set(`f/${id}.txt`, bytes)
            break
          }
          const older = mine.length > 2 ? mine.splice(Math.floor(mine.length / 2), 1)[0] : undefined
          if (!older) break
          now = { kind: 'remove', _id: older }
          if (ok(await remove(url, 'items', older))) acked.removed.add(older)
          break
        }
        case 5: {
          // Every worker sets the same flag for a while: most of these find it already set.
          const flag = `flag-r${round}-${Math.floor(i / 30)}`
          if (ok(await setFlag(url, flag))) acked.flags.add(flag)
          break
        }
      }
    } catch {
      inflight.push(now) // the process was killed under this request: it was never acknowledged
      return
    }
  }
}

async function verify(url: string): Promise<number> {
  let checked = 0
  const maybe = { updated: new Map<string, number>(), removed: new Set<string>(), pairs: [] as string[][] }
  for (const f of inflight.splice(0)) {
    if (f.kind === 'update') maybe.updated.set(f._id, f.touched)
    if (f.kind === 'remove') maybe.removed.add(f._id)
    if (f.kind === 'pair') maybe.pairs.push(f.ids)
  }
  for (const d of acked.inserted) {
    const found = await getById(url, 'items', d._id)
    if (acked.removed.has(d._id)) expect(found).toBeUndefined()
    else if (!(found === undefined && maybe.removed.has(d._id))) {
      const touched = [acked.updated.get(d._id), ...(maybe.updated.has(d._id) ? [maybe.updated.get(d._id)] : [])]
      expect({ _id: d._id, round: found?.round, i: found?.i }).toEqual({ _id: d._id, round: d.round, i: d.i })
      expect(touched).toContain(found?.touched)
      // Seen after a restart, the in-flight request's outcome is durable: later rounds expect it.
      if (found?.touched !== undefined) acked.updated.set(d._id, found.touched as number)
    } else acked.removed.add(d._id)
    checked++
  }
  for (const [a, b] of acked.pairs) {
    expect([await getById(url, 'items', a), await getById(url, 'items', b)]).toEqual([{ _id: a, half: 'a' }, { _id: b, half: 'b' }])
    checked++
  }
  for (const [a, b] of maybe.pairs) {
    const both = [await getById(url, 'items', a), await getById(url, 'items', b)]
    expect([[undefined, undefined], [{ _id: a, half: 'a' }, { _id: b, half: 'b' }]]).toContainEqual(both) // all or nothing
    if (both[0]) acked.pairs.push([a, b])
  }
  for (const flag of acked.flags) {
    expect(await getById(url, 'items', flag)).toEqual({ _id: flag, flag: true })
    checked++
  }
  for (const [pair, n] of acked.transfers) {
    const from = (await getById(url, 'ledger', `${pair}-from`))?.balance as number
    const to = (await getById(url, 'ledger', `${pair}-to`))?.balance as number
    expect(from + to).toBe(1000) // no transfer half-applied
    expect([n, n + 1]).toContain(to / 10) // every acknowledged one, and at most the one in flight
    checked += n
  }
  for (const [key, bytes] of acked.files) {
    const { data } = await admin(url, { action: 'storage.batchGetDownloadUrl', file_list: [{ fileid: `cloud://${'chengxin-local'}.${Buffer.from('chengxin-local').toString('hex').slice(0, 4)}-chengxin-local-1250000000/${key}` }] })
    expect(data.download_list[0].code).toBe('SUCCESS')
    expect(Buffer.from(await (await fetch(data.download_list[0].tempFileURL)).arrayBuffer())).toEqual(bytes)
    checked++
  }
  return checked
}

it(`keeps every acknowledged write through ${ROUNDS} kill -9s in the middle of a burst`, async () => {
  let url = await start()
  for (let round = 1; round <= ROUNDS; round++) {
    const stop = { killed: false }
    const before = acked.inserted.length + acked.pairs.length
    const workers = Array.from({ length: WORKERS }, (_, w) => worker(url, round, w, stop))
    // Kill once this round has had a random number of answers, with writes still in flight.
    const target = before + 60 + Math.floor(Math.random() * 120)
    while (acked.inserted.length + acked.pairs.length < target) await new Promise((r) => setTimeout(r, 2))
    await kill()
    stop.killed = true
    await Promise.all(workers)
    url = await start()
    const checked = await verify(url)
    if (process.env.EMULATOR_REPORT) console.log(`round ${round}: ${checked} acknowledged writes checked, all present; ${attempted} attempted so far`)
  }
  await kill()
}, 180_000)
