import { randomUUID } from 'crypto'
import { ACTIONS } from '@chengxin/shared/src/api'
import { CHANGE_ROUND_TRIP_BUDGET, ROUND_TRIP_BUDGET, snapshot, useEmulator } from '../../test/support/actions'
import { DEMO_RECEIPT } from '../../emulator-app/seed/complaints'
import { BAIZI, CADRE, complaintCalls, FINANCE, HEAD, NEIGHBOUR, SPOUSE, SUPERVISOR, TOWN } from './complaint-support'

const t = useEmulator()
const { call, change, tokens, named, anonymous, refOf } = complaintCalls(t)
const DAY = 86_400_000
const stored = (id: string) => t.findOne('complaints', { _id: id })
/** The complaints a test made (the demo seed has a few of its own, cm-demo-*). */
const ours = () => t.find('complaints').filter((c) => !c._id.startsWith('cm-demo-'))
const audits = (action: string) => t.find('audit', { action })
afterEach(() => t.emu.setClock(0))

describe('complaint actions', () => {
  it('are the issue\'s thirteen plus complaint.tokens, all served by the complaint function', () => {
    const names = Object.keys(ACTIONS).filter((a) => a.startsWith('complaint.')).sort()
    expect(names).toEqual(['complaint.accept', 'complaint.close', 'complaint.escalate', 'complaint.extend', 'complaint.file', 'complaint.follow', 'complaint.get',
      'complaint.list', 'complaint.mine', 'complaint.rate', 'complaint.reopen', 'complaint.respond', 'complaint.stats', 'complaint.tokens'])
    expect(names.every((n) => ACTIONS[n as keyof typeof ACTIONS].fn === 'complaint')).toBe(true)
  })
})

describe('complaint.file (named)', () => {
  it('routes a complaint to the village supervision group, records the author and tells the handlers', async () => {
    const res = await named(HEAD)
    expect(res.ok).toBe(true)
    expect(res.roundTrips).toBeLessThanOrEqual(4)
    expect(res.data.receipt).toBeNull()
    expect(res.data.complaint).toMatchObject({ status: 'submitted', level: 'village', anonymous: false, category: 'service', author: { householdLabel: expect.any(String) } })
    const doc = stored(res.data.complaint.id)
    expect(doc).toMatchObject({ villageId: 'v-shizi', author: { openid: HEAD, householdId: 'h-shizi-001' }, handlers: [SUPERVISOR], level: 'village' })
    expect(doc.answerBy > doc.acceptBy).toBe(true)
    const [audit] = audits('complaint.file')
    expect(audit.actor.openid).toBe(HEAD)
    expect(audit.outbox).toEqual([expect.objectContaining({ to: { openid: SUPERVISOR }, template: 'complaint-new' })])
  })

  it('answers a retry with the same complaint and stores one', async () => {
    const id = randomUUID()
    const first = await named(HEAD, {}, id)
    const again = await named(HEAD, {}, id)
    expect(again.data.complaint.id).toBe(first.data.complaint.id)
    expect(ours()).toHaveLength(1)
    expect((await named(HEAD, { text: '另一件事' }, id)).error?.code).toBe('IDEMPOTENCY_CONFLICT')
  })

  it('sends a complaint naming the cadre, or a supervision member, straight to the township', async () => {
    const aboutCadre = await named(HEAD, { about: { personRef: await refOf(HEAD, CADRE) } })
    expect(aboutCadre.data.complaint).toMatchObject({ level: 'township', escalation: 'conflict', about: { roleLabel: '村专干' } })
    expect(audits('complaint.file')[0].outbox.map((o: any) => o.to.openid)).toEqual([TOWN])
    const aboutSupervisor = await named(NEIGHBOUR, { about: { personRef: await refOf(NEIGHBOUR, SUPERVISOR) } })
    expect(aboutSupervisor.data.complaint.level).toBe('township')
    // A typed name that is exactly the cadre's routes the same way.
    const typed = await named(NEIGHBOUR, { about: { name: t.findOne('accounts', { _id: CADRE }).name } })
    expect(typed.data.complaint.level).toBe('township')
  })

  it('goes to the township when the village has no supervision group (百子村)', async () => {
    const res = await named(BAIZI)
    expect(res.data.complaint).toMatchObject({ level: 'township', villageId: 'v-baizi' })
  })

  it('refuses cadres and the township (residents file), bad input, an unknown person and another\'s photo, storing nothing', async () => {
    const before = snapshot(t.emu)
    expect((await named(CADRE)).error?.code).toBe('FORBIDDEN_ROLE')
    expect((await named(TOWN)).error?.code).toBe('FORBIDDEN_ROLE')
    const long = await named(HEAD, { text: '长'.repeat(1001) })
    expect(long.error).toMatchObject({ code: 'INVALID_INPUT', fields: { text: '内容不能超过1000字' } })
    expect((await named(HEAD, { category: 'weather' })).error?.code).toBe('INVALID_INPUT')
    expect((await named(HEAD, { about: { personRef: 'p-000000000000000000000000' } })).error?.code).toBe('PERSON_UNKNOWN')
    expect((await named(HEAD, { photos: ['cloud://local.x/proofs/0123456789abcdef0123456789abcdef/a.jpg'] })).error?.code).toBe('PHOTO_INVALID')
    expect(snapshot(t.emu)).toBe(before)
  })

  it('refuses text that fails WeChat\'s content check', async () => {
    t.emu.wire.openapi.respond('security.msgSecCheck', { errcode: 0, errmsg: 'ok', result: { suggest: 'risky', label: 20001 } })
    expect((await named(HEAD)).error?.code).toBe('CONTENT_UNSAFE')
    t.emu.wire.openapi.respond('security.msgSecCheck', 87014)
    expect((await named(HEAD)).error?.code).toBe('CONTENT_UNSAFE')
    expect(ours()).toHaveLength(0)
    expect(t.emu.wire.openapi.calls.map((c) => c.data.openid)).toEqual([HEAD, HEAD])
  })
})

describe('complaint.tokens', () => {
  it('gives a household three blind-signed tokens a week, shared by its members, and answers a retry the same', async () => {
    const first = await tokens(HEAD, 2)
    expect(first).toHaveLength(2)
    const key = (await change(SPOUSE, 'complaint.tokens', {})).data
    expect(key.remaining).toBe(1)
    expect(t.find('complaint_grants')).toEqual([expect.objectContaining({ householdId: 'h-shizi-001', count: 2 })])
    await tokens(SPOUSE, 1)
    const id = randomUUID()
    const more = await change(HEAD, 'complaint.tokens', { keyId: key.key.keyId, blinded: ['abc123'] }, id)
    expect(more.error?.code).toBe('TOKENS_USED_UP')
  })

  it('uses one key for every household in a week, and refuses values blinded for another key', async () => {
    const a = (await change(HEAD, 'complaint.tokens', {})).data.key
    const b = (await change(NEIGHBOUR, 'complaint.tokens', {})).data.key
    expect(a).toEqual(b)
    expect(t.find('complaint_keys')).toHaveLength(1)
    expect(JSON.stringify(t.find('complaint_keys'))).not.toMatch(/PRIVATE KEY/)
    expect((await change(HEAD, 'complaint.tokens', { keyId: 'old', blinded: ['abc'] })).error?.code).toBe('TOKEN_INVALID')
  })

  it('stays within the round-trip budget', async () => {
    const first = await change(HEAD, 'complaint.tokens', {})
    expect(first.roundTrips).toBeLessThanOrEqual(CHANGE_ROUND_TRIP_BUDGET)
    const again = await change(HEAD, 'complaint.tokens', {})
    expect(again.roundTrips).toBeLessThanOrEqual(4)
  })

  it('refuses callers without a household', async () => {
    expect((await change(CADRE, 'complaint.tokens', {})).error?.code).toBe('FORBIDDEN_ROLE')
    expect((await change(TOWN, 'complaint.tokens', {})).error?.code).toBe('FORBIDDEN_ROLE')
  })
})

describe('complaint.file (anonymous)', () => {
  it('spends a token, answers a receipt, and stores no trace of the author', async () => {
    const { res } = await anonymous(HEAD)
    expect(res.ok).toBe(true)
    expect(res.roundTrips).toBeLessThanOrEqual(4)
    expect(res.data.receipt).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/)
    const doc = stored(res.data.complaint.id)
    expect(doc).toMatchObject({ anonymous: true, author: null, level: 'village' })
    expect(JSON.stringify(doc)).not.toContain(res.data.receipt)
    const [audit] = audits('complaint.file')
    expect(audit.actor).toBeNull()
    // WeChat's content check is asked without the author's openid (the version-1 call).
    expect(t.emu.wire.openapi.calls.filter((c) => c.apiName === 'security.msgSecCheck').map((c) => c.data.openid)).toEqual([undefined])
    expect(new Date(audit.at).toISOString()).toMatch(/T16:00:00.000Z$/) // midnight in Shanghai
    // Its notification waits for the next batch: a delivery made now would date it to the minute.
    expect(audit).toMatchObject({ outboxPending: false, outboxHeld: true, outbox: [expect.objectContaining({ to: { openid: SUPERVISOR } })] })
    t.emu.setClock(DAY)
    await t.emu.runner.fireTimer('complaint', 'overdue')
    expect(audits('complaint.file')[0]).toMatchObject({ outboxPending: true, outboxHeld: false })
  })

  it('answers a retry with the same receipt; the same token under another request is spent', async () => {
    const { res, input, requestId } = await anonymous(HEAD)
    const again = await change(HEAD, 'complaint.file', input, requestId)
    expect(again.data.receipt).toBe(res.data.receipt)
    expect(ours()).toHaveLength(1)
    expect((await change(HEAD, 'complaint.file', input)).error?.code).toBe('TOKEN_SPENT')
    expect((await change(HEAD, 'complaint.file', { ...input, text: '别的' }, requestId)).error?.code).toBe('IDEMPOTENCY_CONFLICT')
  })

  it('refuses a forged token and photos', async () => {
    const [token] = await tokens(HEAD)
    const forged = { ...token, signature: (BigInt(`0x${token.signature}`) + 1n).toString(16) }
    const base = { anonymous: true, category: 'other', text: '反映一个问题' }
    expect((await change(HEAD, 'complaint.file', { ...base, token: forged })).error?.code).toBe('TOKEN_INVALID')
    expect((await change(HEAD, 'complaint.file', { ...base, token, photos: ['cloud://x/a.jpg'] })).error?.code).toBe('INVALID_INPUT')
    expect(ours()).toHaveLength(0)
  })
})

describe('handlers', () => {
  it('list what was routed to them, overdue first, and never one naming them', async () => {
    const plain = (await named(HEAD)).data.complaint.id
    await named(NEIGHBOUR, { about: { personRef: await refOf(NEIGHBOUR, SUPERVISOR) } })
    const list = await call(SUPERVISOR, 'complaint.list')
    expect(list.ok).toBe(true)
    expect(list.roundTrips).toBeLessThanOrEqual(ROUND_TRIP_BUDGET)
    const ids = (l: typeof list) => l.data.items.map((i: { id: string }) => i.id)
    expect(list.data.desk).toBe('supervision')
    expect(ids(list)).toContain(plain)
    expect(list.data.total).toBe(ours().length - 1 + 2) // not the one naming him; the seed's two still open
    const town = await call(TOWN, 'complaint.list')
    expect(town.data.desk).toBe('township')
    expect(ids(town)).toEqual(expect.arrayContaining(ours().map((c) => c._id)))
    expect((await call(FINANCE, 'complaint.list')).error?.code).toBe('NOT_HANDLER')
    expect((await call(CADRE, 'complaint.list')).error?.code).toBe('FORBIDDEN_ROLE')
    expect((await call(HEAD, 'complaint.list')).error?.code).toBe('FORBIDDEN_ROLE')
  })

  it('open a named complaint, which the complainant\'s household sees in 谁查看了我家信息', async () => {
    const id = (await named(HEAD)).data.complaint.id
    const res = await call(SUPERVISOR, 'complaint.get', { complaintId: id })
    expect(res.roundTrips).toBeLessThanOrEqual(ROUND_TRIP_BUDGET)
    expect(res.data).toMatchObject({ id, author: { name: t.findOne('accounts', { _id: HEAD }).name }, can: { accept: true, answer: true, escalate: true } })
    const views = await t.call(SPOUSE, 'household', 'household.views', {})
    expect(JSON.stringify(views.data)).toContain('村监督小组查看了本户提交的投诉')
    // The township oversees it but was not routed it: no name.
    expect((await call(TOWN, 'complaint.get', { complaintId: id })).data.author).toBeNull()
  })

  it('refuse another village, the person named and bad ids', async () => {
    const baizi = (await named(BAIZI)).data.complaint.id
    expect((await call(SUPERVISOR, 'complaint.get', { complaintId: baizi })).error?.code).toBe('NOT_IN_VILLAGE')
    const aboutHim = (await named(NEIGHBOUR, { about: { personRef: await refOf(NEIGHBOUR, SUPERVISOR) } })).data.complaint.id
    expect((await call(SUPERVISOR, 'complaint.get', { complaintId: aboutHim })).error?.code).toBe('NOT_FOUND')
    expect((await change(SUPERVISOR, 'complaint.accept', { complaintId: aboutHim })).error?.code).toBe('NOT_FOUND')
    expect((await call(SUPERVISOR, 'complaint.get', { complaintId: 'no such/id' })).error?.code).toBe('INVALID_INPUT')
    expect((await call(SUPERVISOR, 'complaint.get', { complaintId: 'cm-none' })).error?.code).toBe('NOT_FOUND')
  })

  it('accept, extend with a reason the complainant sees, answer (the author is told), and close with a reason', async () => {
    const id = (await named(HEAD)).data.complaint.id
    const accepted = await change(SUPERVISOR, 'complaint.accept', { complaintId: id })
    expect(accepted.roundTrips).toBeLessThanOrEqual(4)
    expect(accepted.data.complaint.status).toBe('accepted')
    expect((await change(SUPERVISOR, 'complaint.accept', { complaintId: id })).error?.code).toBe('COMPLAINT_STATE')
    const answerBy = stored(id).answerBy
    const extended = await change(SUPERVISOR, 'complaint.extend', { complaintId: id, days: 5, reason: '需要召开村民代表会议核实' })
    expect(extended.data.complaint.extension).toEqual({ days: 5, reason: '需要召开村民代表会议核实' })
    expect(stored(id).answerBy > answerBy).toBe(true)
    await change(SUPERVISOR, 'complaint.respond', { as: 'note', complaintId: id, text: '已与村专干核实' })
    const answered = await change(SUPERVISOR, 'complaint.respond', { as: 'answer', complaintId: id, text: '已安排工作日专人值守窗口' })
    expect(answered.roundTrips).toBeLessThanOrEqual(4)
    expect(answered.data.complaint.status).toBe('answered')
    expect(audits('complaint.respond').flatMap((a) => a.outbox)).toEqual([expect.objectContaining({ to: { openid: HEAD }, template: 'complaint-answered' })])
    const mine = (await call(HEAD, 'complaint.mine')).data.items[0]
    expect(mine.events.map((e: any) => e.kind)).toEqual(['filed', 'accepted', 'extended', 'answer']) // no internal note
    expect(JSON.stringify(mine)).not.toContain(t.findOne('accounts', { _id: SUPERVISOR }).name)
    const closed = await change(SUPERVISOR, 'complaint.close', { complaintId: id, reason: '经核实不属于村里办理的事项' })
    expect(closed.data.complaint).toMatchObject({ status: 'closed', closeReason: '经核实不属于村里办理的事项' })
  })

  it('recognise a retried handler change and refuse residents and cadres', async () => {
    const id = (await named(HEAD)).data.complaint.id
    const rid = randomUUID()
    await change(SUPERVISOR, 'complaint.accept', { complaintId: id }, rid)
    const again = await change(SUPERVISOR, 'complaint.accept', { complaintId: id }, rid)
    expect(again.ok).toBe(true)
    expect(stored(id).events.filter((e: any) => e.kind === 'accepted')).toHaveLength(1)
    for (const who of [HEAD, CADRE]) expect((await change(who, 'complaint.accept', { complaintId: id })).error?.code).toBe('FORBIDDEN_ROLE')
    expect((await change(CADRE, 'complaint.respond', { as: 'answer', complaintId: id, text: '答复' })).error?.code).toBe('FORBIDDEN_ROLE')
  })

  it('transfer to the township: the village desk keeps reading but no longer acts', async () => {
    const id = (await named(HEAD)).data.complaint.id
    const res = await change(SUPERVISOR, 'complaint.escalate', { complaintId: id, reason: '涉及多个部门，请镇里协调' })
    expect(res.data.complaint).toMatchObject({ level: 'township', escalation: 'transfer' })
    expect(audits('complaint.escalate')[0].outbox).toEqual([expect.objectContaining({ to: { openid: TOWN }, template: 'complaint-escalated' })])
    expect((await change(SUPERVISOR, 'complaint.accept', { complaintId: id })).error?.code).toBe('NOT_HANDLER')
    expect((await change(TOWN, 'complaint.accept', { complaintId: id })).ok).toBe(true)
    expect((await call(TOWN, 'complaint.get', { complaintId: id })).data.author).not.toBeNull()
    expect((await change(TOWN, 'complaint.escalate', { complaintId: id, reason: '再移交一次看看' })).error?.code).toBe('FORBIDDEN_ROLE')
  })
})

describe('the complainant', () => {
  it('follows an anonymous complaint by receipt, adds information, rates and reopens it without a trace', async () => {
    const { res } = await anonymous(HEAD)
    const { receipt, complaint } = res.data
    await change(SUPERVISOR, 'complaint.respond', { as: 'answer', complaintId: complaint.id, text: '经查，没有收取好处费的情况' })
    const followed = await call(SPOUSE, 'complaint.follow', { receipts: [receipt.toLowerCase().replace(/-/g, ''), 'AAAA-BBBB-CCCC-DDDD'] })
    expect(followed.roundTrips).toBeLessThanOrEqual(ROUND_TRIP_BUDGET)
    expect(followed.data.items[0].complaint).toMatchObject({ id: complaint.id, status: 'answered', can: { rate: true, reopen: true } })
    expect(followed.data.unknown).toEqual(['AAAA-BBBB-CCCC-DDDD'])
    const rated = await change(HEAD, 'complaint.rate', { locator: { receipt }, stars: 2, comment: '没有说清楚', resolved: false })
    expect(rated.roundTrips).toBeLessThanOrEqual(4)
    expect(rated.data.complaint).toMatchObject({ status: 'answered', rating: { stars: 2 } })
    const rid = randomUUID()
    const reopened = await change(HEAD, 'complaint.reopen', { locator: { receipt }, reason: '请说明调查了哪些人' }, rid)
    expect(reopened.data.complaint).toMatchObject({ status: 'accepted', reopenCount: 1, level: 'village' })
    const again = await change(HEAD, 'complaint.reopen', { locator: { receipt }, reason: '请说明调查了哪些人' }, rid)
    expect(again.data).toEqual(reopened.data)
    expect(audits('complaint.reopen')).toHaveLength(1)
    expect(audits('complaint.reopen')[0].outbox).toEqual([expect.objectContaining({ to: { openid: SUPERVISOR }, template: 'complaint-reopened' })])
    for (const a of [...audits('complaint.rate'), ...audits('complaint.reopen')]) expect(a.actor).toBeNull()
    expect((await change(HEAD, 'complaint.respond', { as: 'addition', locator: { receipt }, text: '补充：时间是上月十五号', photos: [] })).ok).toBe(true)
  })

  it('reopens a second time to the township, and never a third', async () => {
    const { res } = await anonymous(HEAD)
    const { receipt, complaint } = res.data
    await change(SUPERVISOR, 'complaint.respond', { as: 'answer', complaintId: complaint.id, text: '答复一' })
    await change(HEAD, 'complaint.reopen', { locator: { receipt }, reason: '没有解决' })
    await change(SUPERVISOR, 'complaint.respond', { as: 'answer', complaintId: complaint.id, text: '答复二' })
    const second = await change(HEAD, 'complaint.reopen', { locator: { receipt }, reason: '还是没有解决' })
    expect(second.data.complaint).toMatchObject({ level: 'township', escalation: 'second-reopen' })
    await change(TOWN, 'complaint.respond', { as: 'answer', complaintId: complaint.id, text: '镇里答复' })
    expect((await change(HEAD, 'complaint.reopen', { locator: { receipt }, reason: '第三次' })).error?.code).toBe('COMPLAINT_STATE')
  })

  it('may not reopen more than 7 days after the answer', async () => {
    const id = (await named(HEAD)).data.complaint.id
    await change(SUPERVISOR, 'complaint.respond', { as: 'answer', complaintId: id, text: '已处理' })
    t.emu.setClock(8 * DAY)
    expect((await change(HEAD, 'complaint.reopen', { locator: { complaintId: id }, reason: '没有解决' })).error?.code).toBe('REOPEN_EXPIRED')
  })

  it('confirms it resolved; a named complaint is reached by id by its author only', async () => {
    const id = (await named(HEAD)).data.complaint.id
    await change(SUPERVISOR, 'complaint.respond', { as: 'answer', complaintId: id, text: '已处理' })
    expect((await change(SPOUSE, 'complaint.rate', { locator: { complaintId: id }, stars: 5, resolved: true })).error?.code).toBe('NOT_FOUND')
    const res = await change(HEAD, 'complaint.rate', { locator: { complaintId: id }, stars: 5, resolved: true })
    expect(res.data.complaint.status).toBe('resolved')
    expect(audits('complaint.rate')[0].actor.openid).toBe(HEAD)
    expect((await change(HEAD, 'complaint.reopen', { locator: { complaintId: id }, reason: '又出现了' })).error?.code).toBe('COMPLAINT_STATE')
  })

  it('finds the demo seed\'s anonymous complaint by the receipt the README prints', async () => {
    const res = await call(NEIGHBOUR, 'complaint.follow', { receipts: [DEMO_RECEIPT] })
    expect(res.data.items[0].complaint).toMatchObject({ id: 'cm-demo-anonymous', anonymous: true, status: 'answered', author: null })
  })

  it('gets RECEIPT_UNKNOWN for a wrong receipt, and cadres cannot act as complainants', async () => {
    expect((await change(HEAD, 'complaint.rate', { locator: { receipt: 'AAAA-BBBB-CCCC-DDDD' }, stars: 3, resolved: false })).error?.code).toBe('RECEIPT_UNKNOWN')
    expect((await change(CADRE, 'complaint.reopen', { locator: { receipt: 'AAAA-BBBB-CCCC-DDDD' }, reason: '再看看' })).error?.code).toBe('FORBIDDEN_ROLE')
    expect((await change(HEAD, 'complaint.rate', { locator: { receipt: 'AAAA' }, stars: 3, resolved: false })).error?.code).toBe('INVALID_INPUT')
  })
})

describe('overdue escalation (timer)', () => {
  it('sends a complaint not accepted in time to the township, telling the township and the handlers', async () => {
    const id = (await named(HEAD)).data.complaint.id
    await t.emu.runner.fireTimer('complaint', 'overdue')
    expect(stored(id).level).toBe('village')
    t.emu.setClock(3 * DAY)
    await t.emu.runner.fireTimer('complaint', 'overdue')
    expect(stored(id)).toMatchObject({ level: 'township', escalation: 'overdue', dueDay: null })
    const [log] = audits('complaint.overdue')
    expect(log.outbox.map((o: any) => o.to.openid).sort()).toEqual([SUPERVISOR, TOWN].sort())
    await t.emu.runner.fireTimer('complaint', 'overdue')
    expect(audits('complaint.overdue')).toHaveLength(1)
    expect((await call(SUPERVISOR, 'complaint.list')).data.items[0]).toMatchObject({ id, overdue: true })
    // The count above the list follows the rows' own rule, escalated ones included.
    for (const who of [SUPERVISOR, TOWN]) {
      const list = (await call(who, 'complaint.list', { limit: 50 })).data
      expect(list.total).toBeLessThanOrEqual(50)
      expect(list.items.some((i: { id: string }) => i.id === id)).toBe(true)
      expect(list.overdue).toBe(list.items.filter((i: { overdue: boolean }) => i.overdue).length)
    }
  })
})

describe('complaint.stats', () => {
  it('shows per month and category, hiding any cell below 3', async () => {
    for (let i = 0; i < 3; i++) await named(HEAD, { category: 'accounts', text: `账目问题${i}` })
    await named(HEAD, { category: 'conduct' })
    const id = t.find('complaints', { category: 'accounts' })[0]._id
    await change(SUPERVISOR, 'complaint.respond', { as: 'answer', complaintId: id, text: '已公开账目' })
    const res = await call(CADRE, 'complaint.stats', {})
    expect(res.roundTrips).toBeLessThanOrEqual(ROUND_TRIP_BUDGET)
    const rows = res.data.rows
    expect(rows.find((r: any) => r.category === 'accounts')).toMatchObject({ hidden: false, count: 3, medianDaysToAnswer: 0, withinDeadline: 1 })
    expect(rows.find((r: any) => r.category === 'conduct')).toMatchObject({ hidden: true, count: null, byStatus: null })
    expect((await call(TOWN, 'complaint.stats', { villageId: 'v-shizi' })).ok).toBe(true)
    expect((await call(BAIZI, 'complaint.stats', { villageId: 'v-shizi' })).error?.code).toBe('NOT_IN_VILLAGE')
  })
})
