import { randomUUID } from 'crypto'
import { useEmulator } from '../../test/support/actions'

const t = useEmulator()
const HEAD = 'o-resident-head' // head of h-shizi-001 (十字村)
const SPOUSE = 'o-resident-spouse'
const MIGRANT = 'o-migrant' // a third bound member of h-shizi-001, working away
const PANEL_HEAD = 'o-panel-member' // head of h-shizi-002
const CADRE = 'o-cadre-shizi'
const NEW_CADRE = 'o-new-cadre' // redeems a 十字村 cadre invite
const MINUTE = 60_000

const sends = () => t.emu.wire.openapi.calls.filter((c) => c.apiName === 'subscribeMessage.send')
const inboxOf = (openid: string, template?: string) => t.find('inbox', template ? { openid, template } : { openid })
const deliveryOf = (openid: string, template: string) => t.findOne('deliveries', { openid, template })

async function relay(): Promise<Record<string, number>> {
  const out = await t.emu.runner.fireTimer('notify', 'relay')
  if (out.error) throw new Error(out.error.errMsg)
  return { ...(out.result as Record<string, number>), roundTrips: t.emu.wire.stats.byTag(out.tag) }
}
const contentHash = (id: string) => t.findOne('commitments', { _id: id }).contentHash
const sign = async (openid: string, id: string) => expect((await t.change(openid, 'commitment', 'commitment.sign', { commitmentId: id, contentHash: contentHash(id) })).ok).toBe(true)
const countersign = async (id: string) => expect((await t.change(CADRE, 'commitment', 'commitment.countersign', { commitmentId: id, contentHash: contentHash(id) })).ok).toBe(true)
const subscribe = async (openid: string, template: string, times = 1) => {
  for (let i = 0; i < times; i++) {
    expect((await t.change(openid, 'notify', 'subscription.grant', { results: [{ template, answer: 'accept' }] })).ok).toBe(true)
  }
}
/** Direct edits stand in for the passing of time or for a relay that died. */
function patch(collection: string, id: string, fields: Record<string, unknown>) {
  const db = t.emu.wire.db
  const doc = db.collection(collection).findOne({ _id: id })!
  db.collection(collection).remove({ _id: id })
  db.collection(collection).insertOne({ ...doc, ...fields })
}
const pending = () => t.find('audit', { outboxPending: true })

beforeEach(() => t.emu.wire.openapi.reset())

describe('notify relay: inbox', () => {
  it("tells the village's cadres of a signature, and every bound member of the household of the countersignature", async () => {
    expect((await t.change(NEW_CADRE, 'account', 'invite.redeem', { code: 'SZCADRE8', privacyVersion: '2026-11' })).ok).toBe(true)
    await sign(HEAD, 'h-shizi-001:v1')
    const first = await relay()
    expect(first).toMatchObject({ entries: 1, claimed: 2, noSubscription: 2, sent: 0 })
    for (const cadre of [CADRE, NEW_CADRE]) {
      expect(inboxOf(cadre)).toEqual([expect.objectContaining({
        template: 'commitment-countersign-due', title: '承诺书待会签', page: 'packages/cadre/pages/commitment/index?id=h-shizi-001:v1', readAt: null,
      })])
    }
    expect(inboxOf('o-cadre-baizi')).toEqual([])
    expect(inboxOf(HEAD)).toEqual([])

    await countersign('h-shizi-001:v1')
    await relay()
    for (const member of [HEAD, SPOUSE, MIGRANT]) {
      expect(inboxOf(member)).toEqual([expect.objectContaining({ template: 'commitment-complete', title: '承诺书已生效', body: '十字村已会签您户的双向承诺书' })])
    }
    expect(inboxOf(PANEL_HEAD)).toEqual([])
    expect(pending()).toEqual([])
    expect(sends()).toEqual([])
  })

  it('stamps each message with the time of the change and keys it so no re-run can copy it', async () => {
    await sign(HEAD, 'h-shizi-001:v1')
    const [audit] = pending()
    await relay()
    patch('audit', audit._id, { outboxPending: true }) // as if the run died before settling it
    await relay()
    const [message] = inboxOf(CADRE)
    expect(inboxOf(CADRE)).toHaveLength(1)
    expect(message._id).toBe(`${audit._id}#0#${CADRE}`)
    expect(message.at).toEqual(audit.at)
    expect(t.find('deliveries')).toHaveLength(1)
  })

  it('reaches a person named by openid, and settles an entry with nobody bound to it', async () => {
    t.emu.wire.db.collection('audit').insertMany([
      { _id: randomUUID(), kind: 'change', action: 'test.direct', at: new Date(), outboxPending: true, outbox: [
        { to: { openid: SPOUSE }, template: 'booking-reminder', title: '明天检查', body: '请按时到站', page: 'pages/booking/index' },
        { to: { householdId: 'h-shizi-099' }, template: 'booking-reminder', title: '无人', body: '无人', page: 'pages/index/index' },
      ] },
    ])
    await relay()
    expect(inboxOf(SPOUSE)).toEqual([expect.objectContaining({ title: '明天检查' })])
    expect(t.find('inbox')).toHaveLength(1)
    expect(pending()).toEqual([])
  })

  it('handles the oldest pending changes first, a bounded batch per run', async () => {
    const base = Date.now() - 3600_000
    t.emu.wire.db.collection('audit').insertMany(Array.from({ length: 25 }, (_, i) => ({
      _id: `req-${String(i).padStart(2, '0')}`, kind: 'change', action: 'test.bulk', at: new Date(base + i * 1000), outboxPending: true,
      outbox: [{ to: { openid: HEAD }, template: 'booking-confirmed', title: `预约${i}`, body: '已预约', page: 'pages/booking/index' }],
    })))
    const first = await relay()
    expect(first.entries).toBe(20)
    expect(pending().map((a: { _id: string }) => a._id).sort()).toEqual(['req-20', 'req-21', 'req-22', 'req-23', 'req-24'])
    await relay()
    expect(pending()).toEqual([])
    expect(inboxOf(HEAD)).toHaveLength(25)
  })

  it('costs four round trips when there is nothing to do', async () => {
    expect(await relay()).toMatchObject({ entries: 0, claimed: 0, roundTrips: 4 })
  })

  it('cannot be started by a mini-program user', async () => {
    await sign(HEAD, 'h-shizi-001:v1')
    const out = await t.emu.call('notify', { Type: 'Timer', TriggerName: 'relay' }, HEAD)
    expect(out.result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    expect(t.find('inbox')).toEqual([])
    expect(pending()).toHaveLength(1)
  })
})

describe('notify relay: WeChat subscribe messages', () => {
  it('sends one only to a person holding a subscription, and uses it up', async () => {
    await subscribe(SPOUSE, 'commitment-complete')
    await sign(HEAD, 'h-shizi-001:v1')
    await countersign('h-shizi-001:v1')
    await relay()

    expect(sends()).toHaveLength(1)
    expect(sends()[0].data).toMatchObject({
      touser: SPOUSE, template_id: 'local-commitment-complete', page: 'pages/commitment/index', miniprogram_state: 'formal',
      data: { thing1: { value: '承诺书已生效' }, thing2: { value: '十字村已会签您户的双向承诺书' }, time3: { value: expect.stringMatching(/^\d{4}-\d\d-\d\d \d\d:\d\d$/) } },
    })
    expect(t.findOne('subscriptions', { _id: `${SPOUSE}#commitment-complete` }).remaining).toBe(0)
    expect(deliveryOf(SPOUSE, 'commitment-complete')).toMatchObject({ status: 'sent', consumed: true, attempts: [{ result: 'sent' }] })
    expect(deliveryOf(HEAD, 'commitment-complete')).toMatchObject({ status: 'no-subscription', attempts: [{ result: 'no-subscription' }] })
    expect(inboxOf(SPOUSE)).toHaveLength(1)

    await relay()
    expect(sends()).toHaveLength(1)
  })

  it('keeps WeChat values within their limits', async () => {
    await subscribe(SPOUSE, 'booking-reminder')
    t.emu.wire.db.collection('audit').insertOne({ _id: randomUUID(), kind: 'change', action: 'test.long', at: new Date(), outboxPending: true, outbox: [
      { to: { openid: SPOUSE }, template: 'booking-reminder', title: '提醒', body: '请于明天上午九点到十字镇卫生院妇幼保健科参加免费检查', page: 'pages/booking/index' },
    ] })
    await relay()
    const body = sends()[0].data.data.thing2.value as string
    expect([...body]).toHaveLength(20)
    expect(body.endsWith('…')).toBe(true)
    expect(inboxOf(SPOUSE)[0].body).toBe('请于明天上午九点到十字镇卫生院妇幼保健科参加免费检查')
  })

  it('tries a failed message again later, waiting longer each time, and then gives up for good', async () => {
    t.emu.wire.openapi.respond('subscribeMessage.send', 43101)
    await subscribe(SPOUSE, 'commitment-complete')
    await sign(HEAD, 'h-shizi-001:v1')
    await countersign('h-shizi-001:v1')
    const started = Date.now()
    await relay()
    const id = deliveryOf(SPOUSE, 'commitment-complete')._id
    let d = t.findOne('deliveries', { _id: id })
    expect(d).toMatchObject({ status: 'retry', consumed: true, attempts: [{ result: 'failed', errCode: 43101 }] })
    expect(d.nextAttemptAt.getTime()).toBeGreaterThanOrEqual(started + MINUTE)
    expect(pending()).toEqual([]) // the delivery record carries the retries from here

    await relay() // too early: nothing is sent
    expect(sends()).toHaveLength(1)

    const waits: number[] = []
    for (let attempt = 2; attempt <= 5; attempt++) {
      waits.push(d.nextAttemptAt.getTime() - d.attempts.at(-1).at.getTime())
      patch('deliveries', id, { nextAttemptAt: new Date(Date.now() - 1000) }) // the wait has passed
      await relay()
      d = t.findOne('deliveries', { _id: id })
      expect(d.attempts).toHaveLength(attempt)
    }
    expect(waits).toEqual([MINUTE, 2 * MINUTE, 4 * MINUTE, 8 * MINUTE])
    expect(d).toMatchObject({ status: 'failed', nextAttemptAt: null })
    expect(d.attempts.every((a: { result: string; errCode: number }) => a.result === 'failed' && a.errCode === 43101)).toBe(true)
    expect(sends()).toHaveLength(5)
    // One subscription for one message, however many attempts it took.
    expect(t.findOne('subscriptions', { _id: `${SPOUSE}#commitment-complete` }).remaining).toBe(0)
    await relay()
    expect(sends()).toHaveLength(5)
  })

  it('sends on a later attempt once WeChat accepts it', async () => {
    t.emu.wire.openapi.respond('subscribeMessage.send', -1)
    await subscribe(SPOUSE, 'commitment-complete', 2)
    await sign(HEAD, 'h-shizi-001:v1')
    await countersign('h-shizi-001:v1')
    await relay()
    t.emu.wire.openapi.respond('subscribeMessage.send', null)
    const { _id } = deliveryOf(SPOUSE, 'commitment-complete')
    patch('deliveries', _id, { nextAttemptAt: new Date(Date.now() - 1000) })
    await relay()
    expect(t.findOne('deliveries', { _id })).toMatchObject({ status: 'sent', attempts: [{ result: 'failed', errCode: -1 }, { result: 'sent' }] })
    expect(sends()).toHaveLength(2)
    expect(t.findOne('subscriptions', { _id: `${SPOUSE}#commitment-complete` }).remaining).toBe(1)
  })
})

describe('notify relay: concurrent and crashed runs', () => {
  it('delivers each message once to the inbox and at most once to WeChat when five runs overlap', async () => {
    await Promise.all(Array.from({ length: 4 }, () => relay())) // four warm instances, so the runs below truly overlap
    await subscribe(SPOUSE, 'commitment-complete')
    await subscribe(HEAD, 'commitment-complete')
    await subscribe(CADRE, 'commitment-countersign-due', 2)
    await sign(HEAD, 'h-shizi-001:v1')
    await sign(PANEL_HEAD, 'h-shizi-002:v1')
    await countersign('h-shizi-001:v1')
    await countersign('h-shizi-002:v1')
    expect(pending()).toHaveLength(4)

    const runs = await Promise.all(Array.from({ length: 5 }, () => relay()))
    // Claimed once each: 2 for the cadre, 3 for h-shizi-001's bound members, 1 for h-shizi-002's.
    expect(runs.reduce((n, r) => n + r.claimed, 0)).toBe(6)
    expect(pending()).toEqual([])

    const inbox = t.find('inbox')
    expect(new Set(inbox.map((m: { _id: string }) => m._id)).size).toBe(inbox.length)
    expect(inboxOf(CADRE)).toHaveLength(2)
    expect(inboxOf(HEAD)).toHaveLength(1)
    expect(inboxOf(SPOUSE)).toHaveLength(1)
    expect(inboxOf(PANEL_HEAD)).toHaveLength(1)
    const to = (openid: string) => sends().filter((c) => c.data.touser === openid).map((c) => c.data.page)
    expect(to(CADRE).sort()).toEqual(['packages/cadre/pages/commitment/index?id=h-shizi-001:v1', 'packages/cadre/pages/commitment/index?id=h-shizi-002:v1'])
    expect(to(HEAD)).toHaveLength(1)
    expect(to(SPOUSE)).toHaveLength(1)
    expect(to(PANEL_HEAD)).toHaveLength(0)
    expect(t.find('deliveries').every((d: { status: string }) => ['sent', 'no-subscription'].includes(d.status))).toBe(true)

    await Promise.all([relay(), relay()])
    expect(sends()).toHaveLength(4)
  })

  it('never sends again what a dead run left "sending": it becomes unknown, the inbox copy stays single', async () => {
    await subscribe(SPOUSE, 'commitment-complete')
    await sign(HEAD, 'h-shizi-001:v1')
    await countersign('h-shizi-001:v1')
    const audit = t.findOne('audit', { action: 'commitment.countersign' })
    const id = `${audit._id}#0#${SPOUSE}`
    // The dead run wrote the inbox copy, claimed the delivery, used the subscription and
    // marked it sending; whether WeChat got the message, nobody knows.
    const entry = audit.outbox[0]
    const message = { openid: SPOUSE, template: entry.template, title: entry.title, body: entry.body, page: entry.page, at: audit.at }
    t.emu.wire.db.collection('inbox').insertOne({ _id: id, ...message, readAt: null })
    t.emu.wire.db.collection('deliveries').insertOne({
      _id: id, requestId: audit._id, entry: 0, ...message, status: 'sending', owner: 'dead-run', leaseUntil: new Date(Date.now() - 1000),
      consumed: true, attempts: [], nextAttemptAt: null, createdAt: new Date(Date.now() - 300_000),
    })
    patch('subscriptions', `${SPOUSE}#commitment-complete`, { remaining: 0 })

    const run = await relay()
    expect(run.unknown).toBe(1)
    expect(sends()).toEqual([])
    expect(t.findOne('deliveries', { _id: id })).toMatchObject({ status: 'unknown', owner: null })
    expect(inboxOf(SPOUSE)).toHaveLength(1)
    expect(inboxOf(HEAD)).toHaveLength(1)
    expect(pending()).toEqual([])
    await relay()
    expect(sends()).toEqual([])
  })

  it('leaves alone a delivery another run is still sending', async () => {
    await subscribe(SPOUSE, 'commitment-complete')
    await sign(HEAD, 'h-shizi-001:v1')
    await countersign('h-shizi-001:v1')
    const audit = t.findOne('audit', { action: 'commitment.countersign' })
    const id = `${audit._id}#0#${SPOUSE}`
    t.emu.wire.db.collection('deliveries').insertOne({
      _id: id, requestId: audit._id, entry: 0, openid: SPOUSE, template: 'commitment-complete', status: 'sending', owner: 'slow-run',
      leaseUntil: new Date(Date.now() + 60_000), consumed: true, attempts: [], nextAttemptAt: null, createdAt: new Date(),
    })
    await relay()
    expect(sends()).toEqual([])
    expect(t.findOne('deliveries', { _id: id }).status).toBe('sending')
  })

  it('finishes, exactly once, a delivery a dead run had claimed but not begun to send', async () => {
    await subscribe(SPOUSE, 'commitment-complete')
    await sign(HEAD, 'h-shizi-001:v1')
    await countersign('h-shizi-001:v1')
    await t.emu.wire.openapi.respond('subscribeMessage.send', 45009) // WeChat busy: the first run fails
    await relay()
    t.emu.wire.openapi.reset()
    const { _id } = deliveryOf(SPOUSE, 'commitment-complete')
    // Now it looks like a run that took it over for the retry and died at once.
    patch('deliveries', _id, { status: 'claimed', owner: 'dead-run', leaseUntil: new Date(Date.now() - 1000), nextAttemptAt: null })

    await Promise.all([relay(), relay(), relay()])
    expect(sends()).toHaveLength(1)
    expect(t.findOne('deliveries', { _id })).toMatchObject({ status: 'sent', attempts: [{ result: 'failed', errCode: 45009 }, { result: 'sent' }] })
    expect(inboxOf(SPOUSE)).toHaveLength(1)
  })

  it('waits for the lease of a claim before taking it over', async () => {
    await subscribe(SPOUSE, 'commitment-complete')
    await sign(HEAD, 'h-shizi-001:v1')
    await countersign('h-shizi-001:v1')
    const audit = t.findOne('audit', { action: 'commitment.countersign' })
    const id = `${audit._id}#0#${SPOUSE}`
    t.emu.wire.db.collection('deliveries').insertOne({
      _id: id, requestId: audit._id, entry: 0, openid: SPOUSE, template: 'commitment-complete', title: 't', body: 'b', page: 'p', at: audit.at,
      status: 'claimed', owner: 'live-run', leaseUntil: new Date(Date.now() + 60_000), consumed: false, attempts: [], nextAttemptAt: null, createdAt: new Date(),
    })
    await relay()
    expect(sends()).toEqual([])
    patch('deliveries', id, { leaseUntil: new Date(Date.now() - 1) })
    await relay()
    expect(sends()).toHaveLength(1)
  })
})
