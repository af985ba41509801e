import { realSdk, REPO_DB, startWire, type Running } from './support/emulator'

let emu: Running
let db: any

// The repo's own database/collections.json: the $lookup below is the shape the cloud functions use.
beforeAll(async () => {
  emu = await startWire({ databaseDir: REPO_DB })
  db = realSdk(`${emu.url}/admin`).database()
  emu.wire.db.collection('accounts').insertMany([
    { _id: 'o-1', villageId: 'v1', roles: ['villager'], points: 10 },
    { _id: 'o-2', villageId: 'v1', roles: ['cadre'], points: 30 },
    { _id: 'o-3', villageId: 'v2', roles: ['villager'], points: 5 },
  ])
  emu.wire.db.collection('audit').insertMany([
    { _id: 'req-1', actor: { openid: 'o-1' }, at: new Date('2025-01-01T00:00:00Z') },
    { _id: 'req-2', actor: { openid: 'o-2' }, at: new Date('2025-01-02T00:00:00Z') },
  ])
})
afterAll(() => emu.close())

it('groups with accumulators and sorts the groups', async () => {
  const $ = db.command.aggregate
  const res = await db.collection('accounts').aggregate()
    .match({ villageId: db.command.in(['v1', 'v2']) })
    .group({ _id: '$villageId', total: $.sum('$points'), people: $.sum(1) })
    .sort({ total: -1 })
    .end()
  expect(res.list).toEqual([
    { _id: 'v1', total: 40, people: 2 },
    { _id: 'v2', total: 5, people: 1 },
  ])
})

it('joins another collection with $lookup and a pipeline', async () => {
  const res = await db.collection('accounts').aggregate()
    .match({ _id: 'o-1' })
    .lookup({ from: 'audit', pipeline: [{ $match: { _id: 'req-1' } }], as: 'prior' })
    .end()
  expect(res.list).toHaveLength(1)
  expect(res.list[0].prior).toHaveLength(1)
  expect(res.list[0].prior[0]._id).toBe('req-1')
  expect(res.list[0].prior[0].at).toEqual(new Date('2025-01-01T00:00:00Z'))
})

it('answers an empty prior list when the joined document is absent', async () => {
  const res = await db.collection('accounts').aggregate()
    .match({ _id: 'o-2' })
    .lookup({ from: 'audit', pipeline: [{ $match: { _id: 'missing' } }], as: 'prior' })
    .end()
  expect(res.list).toEqual([{ _id: 'o-2', villageId: 'v1', roles: ['cadre'], points: 30, prior: [] }])
})

it('joins with localField/foreignField and unwinds', async () => {
  const res = await db.collection('audit').aggregate()
    .match({ 'actor.openid': 'o-2' })
    .lookup({ from: 'accounts', localField: 'actor.openid', foreignField: '_id', as: 'actorAccount' })
    .unwind('$actorAccount')
    .project({ role: '$actorAccount.roles', _id: 0 })
    .end()
  expect(res.list).toEqual([{ role: ['cadre'] }])
})

it('does not let a pipeline stage change the stored documents', async () => {
  await db.collection('accounts').aggregate().match({ _id: 'o-3' }).addFields({ points: 999 }).end()
  expect(emu.wire.db.collection('accounts').findOne({ _id: 'o-3' })?.points).toBe(5)
})
