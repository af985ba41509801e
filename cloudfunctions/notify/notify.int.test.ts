import { randomUUID } from 'crypto'
import { CHANGE_ROUND_TRIP_BUDGET, ROUND_TRIP_BUDGET, snapshot, useEmulator } from '../../test/support/actions'
import { NotifyTemplate } from '@chengxin/shared/src/api/notify/templates'

const t = useEmulator()
const HEAD = 'o-resident-head'
const SPOUSE = 'o-resident-spouse'
const CADRE = 'o-cadre-shizi'
const OFFICER = 'o-township-officer'
const PANEL = 'o-panel-member'
const UNBOUND = 'o-new-villager-1'

/** Five messages for the head (one already read), one for the spouse. */
function seedInbox() {
  const base = Date.parse('2026-11-20T02:00:00Z')
  const message = (openid: string, n: number, readAt: Date | null = null) => ({
    _id: `req-${n}#0#${openid}`, openid, template: 'booking-reminder', title: `消息${n}`, body: `内容${n}`, page: 'pages/booking/index',
    at: new Date(base + n * 60_000), readAt,
  })
  t.emu.wire.db.collection('inbox').insertMany([
    message(HEAD, 1, new Date(base)), message(HEAD, 2), message(HEAD, 3), message(HEAD, 4), message(HEAD, 5), message(SPOUSE, 6),
  ])
}
const list = (openid: string, input: Record<string, unknown> = {}) => t.call(openid, 'notify', 'inbox.list', input)
const read = (openid: string, input: Record<string, unknown>, requestId?: string) => t.change(openid, 'notify', 'inbox.read', input, requestId)
const grant = (openid: string, results: Array<{ template: string; answer: string }>, requestId?: string) =>
  t.change(openid, 'notify', 'subscription.grant', { results }, requestId)
const accept = (...templates: string[]) => templates.map((template) => ({ template, answer: 'accept' }))
const remaining = (openid: string, template: string) => t.findOne('subscriptions', { _id: `${openid}#${template}` })?.remaining ?? 0

describe('inbox.list', () => {
  beforeEach(seedInbox)

  it("shows the caller's own messages newest first, with the unread count for the badge", async () => {
    const res = await list(HEAD, { limit: 2 })
    expect(res.ok).toBe(true)
    expect(res.data).toMatchObject({ total: 5, unread: 4, offset: 0, limit: 2 })
    expect(res.data.items.map((m: { title: string }) => m.title)).toEqual(['消息5', '消息4'])
    expect(res.data.items[0]).toEqual({
      id: `req-5#0#${HEAD}`, template: 'booking-reminder', title: '消息5', body: '内容5', page: 'pages/booking/index',
      at: '2026-11-20T02:05:00.000Z', readAt: null,
    })
    expect(res.roundTrips).toBeLessThanOrEqual(ROUND_TRIP_BUDGET)
  })

  it('pages through the rest, and can show only the unread', async () => {
    const page = await list(HEAD, { limit: 2, offset: 4 })
    expect(page.data.items.map((m: { title: string; readAt: string | null }) => [m.title, !!m.readAt])).toEqual([['消息1', true]])
    const unread = await list(HEAD, { unreadOnly: true })
    expect(unread.data).toMatchObject({ total: 4, unread: 4 })
    expect(unread.data.items.map((m: { title: string }) => m.title)).toEqual(['消息5', '消息4', '消息3', '消息2'])
  })

  it("never shows another person's messages", async () => {
    const res = await list(SPOUSE)
    expect(res.data).toMatchObject({ total: 1, unread: 1 })
    expect(JSON.stringify(res.data)).not.toContain(HEAD)
    expect((await list(CADRE)).data).toMatchObject({ items: [], total: 0, unread: 0 })
  })

  it('serves every bound role and refuses an identity not bound yet', async () => {
    for (const openid of [CADRE, OFFICER, PANEL]) expect((await list(openid)).ok).toBe(true)
    expect((await list(UNBOUND)).error?.code).toBe('NOT_SIGNED_IN')
  })

  it('refuses a page larger than 50', async () => {
    const res = await list(HEAD, { limit: 51 })
    expect(res.error?.code).toBe('INVALID_INPUT')
    expect(res.error?.fields).toHaveProperty('limit')
  })
})

describe('inbox.read', () => {
  beforeEach(seedInbox)
  const id = (n: number) => `req-${n}#0#${HEAD}`

  it('marks one message read and answers the new unread count', async () => {
    const res = await read(HEAD, { id: id(3) })
    expect(res.data).toEqual({ marked: 1, unread: 3 })
    expect(res.roundTrips).toBeLessThanOrEqual(CHANGE_ROUND_TRIP_BUDGET)
    expect(t.findOne('inbox', { _id: id(3) }).readAt).toBeInstanceOf(Date)
    expect(t.findOne('audit', { action: 'inbox.read' })).toMatchObject({ actor: { openid: HEAD }, target: { collection: 'inbox', id: id(3) } })
  })

  it('keeps the first reading time when a message is read again', async () => {
    const first = t.findOne('inbox', { _id: id(1) }).readAt
    expect((await read(HEAD, { id: id(1) })).data).toEqual({ marked: 0, unread: 4 })
    expect(t.findOne('inbox', { _id: id(1) }).readAt).toEqual(first)
  })

  it("marks all of the caller's messages, and nobody else's", async () => {
    expect((await read(HEAD, { all: true })).data).toEqual({ marked: 4, unread: 0 })
    expect(t.find('inbox', { openid: HEAD, readAt: null })).toEqual([])
    expect(t.findOne('inbox', { openid: SPOUSE }).readAt).toBeNull()
  })

  it("answers NOT_FOUND for another person's message and changes nothing", async () => {
    const before = snapshot(t.emu)
    expect((await read(SPOUSE, { id: id(2) })).error?.code).toBe('NOT_FOUND')
    expect((await read(HEAD, { id: 'req-9#0#nobody' })).error?.code).toBe('NOT_FOUND')
    expect(snapshot(t.emu)).toBe(before)
  })

  it('refuses a request naming both one message and all, or neither', async () => {
    const before = snapshot(t.emu)
    expect((await read(HEAD, { id: id(2), all: true })).error?.code).toBe('INVALID_INPUT')
    expect((await read(HEAD, {})).error?.code).toBe('INVALID_INPUT')
    expect((await read(HEAD, { id: 'bad id!' })).error?.code).toBe('INVALID_INPUT')
    expect((await read(UNBOUND, { all: true })).error?.code).toBe('NOT_SIGNED_IN')
    expect(snapshot(t.emu)).toBe(before)
  })

  it('answers a retried request as the first time and records one change', async () => {
    const requestId = randomUUID()
    const first = await read(HEAD, { all: true }, requestId)
    const again = await read(HEAD, { all: true }, requestId)
    expect(again.data).toEqual(first.data)
    expect(t.find('audit', { action: 'inbox.read' })).toHaveLength(1)
    expect((await read(HEAD, { id: id(2) }, requestId)).error?.code).toBe('IDEMPOTENCY_CONFLICT')
  })
})

describe('subscription.list', () => {
  it("lists every reminder with WeChat's template id and the caller's remaining messages, in one round trip", async () => {
    await grant(HEAD, accept('booking-reminder'))
    const res = await t.call(HEAD, 'notify', 'subscription.list', {})
    expect(res.data.items).toHaveLength(NotifyTemplate.options.length)
    expect(res.data.items).toContainEqual({ template: 'booking-reminder', label: '检查前提醒', templateId: 'local-booking-reminder', remaining: 1 })
    expect(res.data.items).toContainEqual({ template: 'commitment-ready', label: '承诺书待签署', templateId: 'local-commitment-ready', remaining: 0 })
    expect(res.roundTrips).toBe(1)
    expect((await t.call(SPOUSE, 'notify', 'subscription.list', {})).data.items.every((i: { remaining: number }) => i.remaining === 0)).toBe(true)
  })
})

describe('subscription.grant', () => {
  it('counts each accepted reminder once per answer, and ignores the refused ones', async () => {
    const res = await grant(HEAD, [...accept('booking-reminder', 'booking-confirmed'), { template: 'complaint-answered', answer: 'reject' }])
    expect(res.data.items).toEqual([
      { template: 'booking-reminder', remaining: 1 }, { template: 'booking-confirmed', remaining: 1 }, { template: 'complaint-answered', remaining: 0 },
    ])
    expect(res.roundTrips).toBeLessThanOrEqual(ROUND_TRIP_BUDGET)
    expect(t.findOne('subscriptions', { _id: `${HEAD}#booking-reminder` })).toMatchObject({ openid: HEAD, template: 'booking-reminder', remaining: 1 })
    expect(t.findOne('subscriptions', { _id: `${HEAD}#complaint-answered` })).toBeUndefined()

    const more = await grant(HEAD, accept('booking-reminder', 'proof-decided'))
    expect(more.data.items).toEqual([{ template: 'booking-reminder', remaining: 2 }, { template: 'proof-decided', remaining: 1 }])
    expect(more.roundTrips).toBeLessThanOrEqual(CHANGE_ROUND_TRIP_BUDGET)
    expect(remaining(HEAD, 'booking-reminder')).toBe(2)
    expect(remaining(SPOUSE, 'booking-reminder')).toBe(0)
  })

  it('stops counting at ten', async () => {
    for (let i = 0; i < 12; i++) await grant(CADRE, accept('commitment-countersign-due'))
    expect(remaining(CADRE, 'commitment-countersign-due')).toBe(10)
  })

  it('records a person who refused everything without storing a subscription', async () => {
    const res = await grant(HEAD, [{ template: 'booking-reminder', answer: 'ban' }])
    expect(res.data.items).toEqual([{ template: 'booking-reminder', remaining: 0 }])
    expect(t.find('subscriptions')).toEqual([])
    expect(t.find('audit', { action: 'subscription.grant' })).toHaveLength(1)
  })

  it('refuses unknown reminders, repeats, more than three at once and unknown answers, storing nothing', async () => {
    const before = snapshot(t.emu)
    for (const results of [
      accept('no-such-reminder'), accept('booking-reminder', 'booking-reminder'),
      accept('booking-reminder', 'booking-confirmed', 'proof-decided', 'appeal-decided'), [], [{ template: 'booking-reminder', answer: 'maybe' }],
    ]) {
      expect((await grant(HEAD, results)).error?.code).toBe('INVALID_INPUT')
    }
    expect((await grant(UNBOUND, accept('booking-reminder'))).error?.code).toBe('NOT_SIGNED_IN')
    expect(snapshot(t.emu)).toBe(before)
  })

  it('counts a retried request once, even when its first reply was lost before it was recorded', async () => {
    await grant(HEAD, accept('booking-reminder'))
    const requestId = randomUUID()
    const first = await grant(HEAD, accept('booking-reminder', 'booking-confirmed'), requestId)
    expect((await grant(HEAD, accept('booking-reminder', 'booking-confirmed'), requestId)).data).toEqual(first.data)
    expect(remaining(HEAD, 'booking-reminder')).toBe(2)
    expect(t.find('audit', { _id: requestId })).toHaveLength(1)

    // As if the function died after counting but before writing its audit entry.
    t.emu.wire.db.collection('audit').remove({ _id: requestId })
    expect((await grant(HEAD, accept('booking-reminder', 'booking-confirmed'), requestId)).ok).toBe(true)
    expect(remaining(HEAD, 'booking-reminder')).toBe(2)
    expect(remaining(HEAD, 'booking-confirmed')).toBe(1)
  })
})
