#!/usr/bin/env node
// Probes a running emulator with the real wx-server-sdk and prints what it answered, as JSON.
// Usage: node emulator/scripts/probe.mjs http://127.0.0.1:8787/admin [env]
// Every query filters on _id, so the probe also passes in strict index mode. It works in
// its own collection, probe_items, and leaves it empty.
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
const arg = process.argv[2]
if (!arg) {
  console.error('usage: node emulator/scripts/probe.mjs <admin URL, e.g. http://127.0.0.1:8787/admin> [env]')
  process.exit(2)
}
const url = new URL(arg)
if (url.pathname === '/' || url.pathname === '') url.pathname = '/admin'
if (!['localhost', '127.0.0.1', '[::1]'].includes(url.hostname)) {
  console.error(`probe: ${url.hostname} is not loopback; this probe only talks to a local emulator`)
  process.exit(2)
}
const env = process.argv[3] ?? process.env.TCB_ENV ?? 'chengxin-local'

// What a cloud function sees (CLOUDBASE-WIRE.md): no metadata probes, a fixed caller.
Object.assign(process.env, {
  TENCENTCLOUD_RUNENV: 'SCF', TENCENTCLOUD_SECRETID: 'local', TENCENTCLOUD_SECRETKEY: 'local',
  SCF_NAMESPACE: env, TCB_ENV: env, TENCENTCLOUD_REGION: 'ap-shanghai', SILENCE: 'true',
  WX_CONTEXT_KEYS: 'WX_OPENID,WX_APPID', WX_OPENID: 'o-probe', WX_APPID: 'wx-probe',
})
const cloud = require('wx-server-sdk')
cloud.init({ env, serviceUrl: url.toString(), secretId: 'local', secretKey: 'local' })
const db = cloud.database()
const _ = db.command
const COLL = 'probe_items'
const ALL = { _id: db.RegExp({ regexp: '^probe-' }) }
const items = db.collection(COLL)
const failure = (err) => ({ errCode: err?.errCode ?? err?.code, errMsg: err?.errMsg ?? err?.message ?? String(err) })
const ids = (res) => res.data.map((d) => d._id)

async function main() {
  const out = { url: url.toString(), env }
  try {
    await db.createCollection(COLL)
    out.createCollection = 'created'
  } catch (err) {
    out.createCollection = failure(err) // already there from an earlier run
  }
  await items.where(ALL).remove()
  const seed = [
    { _id: 'probe-1', group: 'a', n: 1, tags: ['x'], at: new Date('2025-01-01T00:00:00Z') },
    { _id: 'probe-2', group: 'a', n: 5, tags: ['y'], at: new Date('2025-02-01T00:00:00Z') },
    { _id: 'probe-3', group: 'b', n: 3, tags: ['x', 'y'], at: new Date('2025-03-01T00:00:00Z') },
    { _id: 'probe-4', group: 'b', n: 8, tags: [], at: new Date('2025-04-01T00:00:00Z') },
  ]
  for (const doc of seed) await items.add({ data: doc })

  out.where = {
    gt: ids(await items.where({ ...ALL, n: _.gt(3) }).get()),
    in: ids(await items.where({ _id: _.in(['probe-1', 'probe-3', 'probe-9']) }).get()),
    or: ids(await items.where(_.and([ALL, _.or([{ group: 'b', n: _.lt(5) }, { tags: 'y', group: 'a' }])])).get()),
    regex: ids(await items.where({ _id: /^probe-[12]$/g }).get()),
    date: ids(await items.where({ ...ALL, at: _.gte(new Date('2025-03-01T00:00:00Z')) }).get()),
    count: (await items.where(ALL).count()).total,
  }
  out.orderSkipLimit = (await items.where(ALL).orderBy('n', 'desc').skip(1).limit(2).field({ n: true }).get()).data

  const inc = await items.doc('probe-1').update({ data: { n: _.inc(10), tags: _.push('z') } })
  out.updateInc = { stats: inc.stats, after: (await items.doc('probe-1').get()).data }

  let attempts = 0
  out.transactionConflict = {}
  try {
    const result = await db.runTransaction(async (t) => {
      attempts += 1
      const { data } = await t.collection(COLL).doc('probe-2').get()
      // A concurrent writer on the first attempt: CloudBase refuses the transaction's write to the
      // changed document (DATABASE_TRANSACTION_CONFLICT); wx-server-sdk reports it as errCode
      // -501001 without the code, so runTransaction does not retry (emulator/FIDELITY.md).
      if (attempts === 1) await items.doc('probe-2').update({ data: { n: _.inc(100) } })
      await t.collection(COLL).doc('probe-2').update({ data: { n: data.n + 1 } })
      return data.n
    })
    out.transactionConflict.runTransaction = { attempts, readOnFinalAttempt: result, final: (await items.doc('probe-2').get()).data.n }
  } catch (err) {
    out.transactionConflict.runTransaction = { attempts, error: failure(err) }
  }
  const t = await db.startTransaction()
  await t.collection(COLL).doc('probe-3').get()
  await items.doc('probe-3').update({ data: { n: _.inc(1) } })
  try {
    await t.collection(COLL).doc('probe-3').update({ data: { n: -1 } })
    await t.commit()
    out.transactionConflict.manualCommit = { committed: true }
  } catch (err) {
    const conflict = /TransactionConflict/.test(String(err?.errMsg ?? err?.message))
    out.transactionConflict.manualCommit = { committed: false, errCode: err?.errCode, conflict, final: (await items.doc('probe-3').get()).data.n }
  }

  out.cleanup = (await items.where(ALL).remove()).stats
  return out
}

main().then(
  (out) => {
    console.log(JSON.stringify(out, null, 2))
    process.exit(0)
  },
  (err) => {
    console.error('probe failed:', err)
    process.exit(1)
  },
)
