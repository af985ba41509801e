// Issue 8's two proofs: an anonymous complaint's whole life leaves its author nowhere in what
// the database holds about it, and the people a complaint names get nothing of it.
import { createHmac } from 'crypto'
import { DEV_ID_HASH_KEY } from '@chengxin/shared/src/server/id-hash'
import { useEmulator } from '../../test/support/actions'
import { CADRE, complaintCalls, FINANCE, HEAD, NEIGHBOUR, SPOUSE, SUPERVISOR, TOWN } from './complaint-support'

const t = useEmulator()
const { call, change, tokens, refOf } = complaintCalls(t)

type Dump = Map<string, string>
/** Every document of every collection, as JSON, keyed by collection and id. */
function dump(): Dump {
  const db = t.emu.wire.db
  const out: Dump = new Map()
  for (const name of db.collections()) for (const doc of db.collection(name).find()) out.set(`${name}/${String(doc._id)}`, JSON.stringify(doc))
  return out
}

/** What identifies the author, and what the server could derive from it with its own keys. */
function identityOf(openid: string): string[] {
  const a = t.findOne('accounts', { _id: openid })
  const keyed = (text: string) => createHmac('sha256', DEV_ID_HASH_KEY).update(text).digest('hex')
  return [
    openid, a.householdId, a.memberId, a.name, a.householdLabel,
    keyed(`proof-photos\n${openid}`).slice(0, 32), // the author's photo folder
    keyed(`complaint-person\n${openid}`).slice(0, 24), // a person reference
  ]
}

const relay = () => t.emu.runner.fireTimer('notify', 'relay')

describe('an anonymous complaint, its whole life long', () => {
  it('leaves its author in no document that names it, and in nothing written since it was filed', async () => {
    const identity = identityOf(HEAD)
    // Tokens are obtained ahead (the phone keeps a few): issuance is per household by design.
    const [token] = await tokens(HEAD)
    await relay()
    const before = dump()

    const filed = await change(HEAD, 'complaint.file', { anonymous: true, category: 'conduct', text: '有干部在办低保时收取好处费', token })
    const { complaint, receipt } = filed.data
    const id = complaint.id
    const steps = [
      await change(SUPERVISOR, 'complaint.accept', { complaintId: id }),
      await change(SUPERVISOR, 'complaint.respond', { as: 'answer', complaintId: id, text: '经查，没有收取好处费的情况' }),
      await call(HEAD, 'complaint.follow', { receipts: [receipt] }),
      await change(HEAD, 'complaint.rate', { locator: { receipt }, stars: 1, comment: '没有调查清楚', resolved: false }),
      await change(HEAD, 'complaint.respond', { as: 'addition', locator: { receipt }, text: '补充：上月十五号在村部', photos: [] }),
      await change(HEAD, 'complaint.reopen', { locator: { receipt }, reason: '请说明调查了哪些人' }),
      await change(SUPERVISOR, 'complaint.escalate', { complaintId: id, reason: '涉及低保，请镇里办理' }),
      await change(TOWN, 'complaint.respond', { as: 'answer', complaintId: id, text: '镇里已约谈相关人员' }),
      await change(TOWN, 'complaint.close', { complaintId: id, reason: '证据不足，无法认定' }),
      await call(SUPERVISOR, 'complaint.get', { complaintId: id }),
      await call(TOWN, 'complaint.get', { complaintId: id }),
    ]
    expect([filed, ...steps].map((s) => s.ok)).toEqual(Array(steps.length + 1).fill(true))
    await relay()
    await t.emu.runner.fireTimer('complaint', 'overdue')
    const after = dump()

    const doc = t.findOne('complaints', { _id: id })
    const namesIt = [id, doc.receiptHash, ...doc.claims.map((c: { id: string }) => c.id)]
    const leaks: string[] = []
    for (const [key, json] of after) {
      const changed = before.get(key) !== json
      const aboutIt = namesIt.some((n) => json.includes(n))
      if (!changed && !aboutIt) continue
      for (const value of identity) if (json.includes(value)) leaks.push(`${key} holds ${value}`)
    }
    expect(leaks).toEqual([])
    // The scan saw the complaint, its log entries, the handlers' inbox and deliveries.
    const written = [...after.keys()].filter((k) => before.get(k) !== after.get(k))
    expect(written.some((k) => k.startsWith('complaints/'))).toBe(true)
    expect(written.filter((k) => k.startsWith('audit/')).length).toBeGreaterThanOrEqual(8)
    expect(written.some((k) => k.startsWith('inbox/'))).toBe(true)
    // No time of day anywhere about it: every log entry of the author's own changes is at midnight.
    for (const a of t.find('audit').filter((a) => a.target?.id === id && a.actor === null)) expect(new Date(a.at).toISOString()).toMatch(/T16:00:00.000Z$/)
    // And the author's household learns nothing from "谁查看了我家信息".
    expect(JSON.stringify((await t.call(SPOUSE, 'household', 'household.views', {})).data)).not.toContain('投诉')
  })
})

describe('the person a complaint names', () => {
  it('the cadre gets nothing of it from any action: list, get, stats, inbox', async () => {
    const [token] = await tokens(HEAD)
    const res = await change(HEAD, 'complaint.file', { anonymous: true, category: 'conduct', text: '村专干办事拖拉', token, about: { personRef: await refOf(HEAD, CADRE) } })
    const id = res.data.complaint.id
    expect(res.data.complaint.level).toBe('township')
    await change(TOWN, 'complaint.respond', { as: 'answer', complaintId: id, text: '已约谈' })
    await relay()
    expect((await call(CADRE, 'complaint.list')).error?.code).toBe('FORBIDDEN_ROLE')
    expect((await call(CADRE, 'complaint.get', { complaintId: id })).error?.code).toBe('FORBIDDEN_ROLE')
    const stats = await call(CADRE, 'complaint.stats', {})
    expect(stats.data.rows.every((r: { hidden: boolean; count: number | null }) => r.hidden && r.count === null)).toBe(true)
    const inbox = await t.call(CADRE, 'notify', 'inbox.list', {})
    expect(JSON.stringify(inbox.data)).not.toMatch(/投诉|complaint/)
    expect(t.find('inbox', { openid: CADRE })).toHaveLength(0)
    expect(t.find('deliveries', { openid: CADRE })).toHaveLength(0)
  })

  it('a panel member named, and every supervisor of their household, never see it', async () => {
    // A supervision member living with the finance member the complaint names, and one elsewhere.
    const finance = t.findOne('accounts', { _id: FINANCE })
    const db = t.emu.wire.db.collection('accounts')
    db.insertOne({ ...finance, _id: 'o-sup-housemate', name: '同户监督员', memberId: `${finance.householdId}-m2`, isHead: false, panelGroups: ['supervision'] })
    const neighbour = t.findOne('accounts', { _id: NEIGHBOUR })
    db.insertOne({ ...neighbour, _id: 'o-sup-other', name: '另一监督员', memberId: `${neighbour.householdId}-m2`, isHead: false, roles: ['resident', 'panel'], panelGroups: ['supervision'] })

    const res = await change(HEAD, 'complaint.file', { anonymous: false, category: 'accounts', text: '理财小组账目有疑问', about: { personRef: await refOf(HEAD, FINANCE) } })
    const id = res.data.complaint.id
    expect(res.data.complaint.level).toBe('village')
    expect(t.findOne('complaints', { _id: id }).handlers.sort()).toEqual(['o-sup-other', SUPERVISOR].sort())
    await relay()
    for (const excluded of ['o-sup-housemate']) {
      expect((await call(excluded, 'complaint.list')).data.items.map((i: { id: string }) => i.id)).not.toContain(id)
      expect((await call(excluded, 'complaint.get', { complaintId: id })).error?.code).toBe('NOT_FOUND')
      expect(t.find('inbox', { openid: excluded })).toHaveLength(0)
    }
    expect((await call(FINANCE, 'complaint.get', { complaintId: id })).error?.code).toMatch(/NOT_HANDLER|NOT_FOUND/)
    expect(t.find('inbox', { openid: FINANCE })).toHaveLength(0)
    expect((await call('o-sup-other', 'complaint.get', { complaintId: id })).ok).toBe(true)
  })
})
