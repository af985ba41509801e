import { randomUUID } from 'crypto'
import { businessDay } from '@chengxin/shared/src/domain'
import { CHANGE_ROUND_TRIP_BUDGET, ROUND_TRIP_BUDGET, snapshot, useEmulator } from '../../test/support/actions'

const t = useEmulator()
const HEAD = 'o-resident-head' // 十字村
const SPOUSE = 'o-resident-spouse'
const PANEL = 'o-panel-member' // resident + panel, 十字村; commented on the rules on notice
const CADRE = 'o-cadre-shizi'
const OTHER_CADRE = 'o-cadre-baizi'
const BAIZI_RESIDENT = 'o-resident-baizi'
const TOWNSHIP = 'o-township-officer'
const CURRENT = 'v-shizi:village-rules:v1'
const ON_NOTICE = 'v-shizi:village-rules:v2' // on notice for 7 days since 2 days ago
const ENDED = 'v-baizi:village-rules:v2' // its notice ended 3 days ago: awaiting the vote
const DAY = 86400000
const today = () => businessDay(new Date())

const call = (openid: string, action: string, input: unknown) => t.call(openid, 'document', `document.${action}`, input)
const change = (openid: string, action: string, input: unknown, requestId?: string) =>
  t.change(openid, 'document', `document.${action}`, input, requestId)
const stored = (id: string) => t.findOne('village_documents', { _id: id })
const draft = (openid: string, input: Record<string, unknown> = {}, requestId?: string) =>
  change(openid, 'draft', { kind: 'benefits', title: '十字村奖励优惠待遇', body: '一、诚信示范户优先享受各项惠民政策。\n二、年度评议为诚信户的，免费参加健康体检。', ...input }, requestId)
const publish = (openid: string, documentId: string, noticeDays = 7, requestId?: string) => change(openid, 'publish', { documentId, noticeDays }, requestId)
const vote = { meetingDate: '', for: 38, against: 5, abstain: 2, outcome: 'adopted' }
const adopt = (openid: string, documentId: string, input: Record<string, unknown> = {}, requestId?: string) =>
  change(openid, 'adopt', { ...vote, meetingDate: today(), documentId, ...input }, requestId)
const comment = (openid: string, documentId = ON_NOTICE, text = '建议把宴席桌数改为二十桌。', requestId?: string) =>
  change(openid, 'comment', { documentId, text }, requestId)

/** Moves a version's notice into the past, as if its days had gone by. */
function endNotice(id: string, endedDaysAgo = 1) {
  const doc = stored(id)
  const endsAt = new Date(Date.now() - endedDaysAgo * DAY)
  const notice = { ...doc.notice, startsAt: new Date(endsAt.getTime() - doc.notice.days * DAY), endsAt }
  const coll = t.emu.wire.db.collection('village_documents')
  coll.remove({ _id: id })
  coll.insertOne({ ...doc, notice })
}

describe('a document version from draft to current', () => {
  it('is drafted, put on notice, commented on, voted on after the notice, and becomes current with its predecessor kept', async () => {
    const body = stored('v-shizi:charter:v1').body.replace('每届三年', '每届五年')
    const drafted = await change(CADRE, 'draft', { kind: 'charter', title: '十字村双诚信双承诺章程（修订）', body })
    expect(drafted.data).toEqual({ documentId: 'v-shizi:charter:v2', version: 2, status: 'draft' })
    expect((await call(HEAD, 'get', { documentId: 'v-shizi:charter:v2' })).error?.code).toBe('NOT_FOUND')

    const published = await publish(CADRE, 'v-shizi:charter:v2', 7)
    expect(published.data).toMatchObject({ status: 'notice', notice: { days: 7 } })

    const read = await call(HEAD, 'get', { documentId: 'v-shizi:charter:v2' })
    expect(read.data).toMatchObject({ previous: { id: 'v-shizi:charter:v1', version: 1 }, canComment: true, changes: { changed: 1, added: 0, removed: 0 } })
    expect(read.data.changes.parts.find((p: { op: string }) => p.op === 'changed')).toMatchObject({ before: expect.stringContaining('每届三年'), text: expect.stringContaining('每届五年') })
    expect((await comment(HEAD, 'v-shizi:charter:v2', '同意延长任期。')).ok).toBe(true)

    expect((await adopt(CADRE, 'v-shizi:charter:v2')).error?.code).toBe('NOTICE_NOT_ENDED')
    endNotice('v-shizi:charter:v2')
    expect((await comment(SPOUSE, 'v-shizi:charter:v2')).error?.code).toBe('NOTICE_CLOSED')
    const adopted = await adopt(CADRE, 'v-shizi:charter:v2')
    expect(adopted.data).toMatchObject({ status: 'adopted', vote: { for: 38, against: 5, abstain: 2, outcome: 'adopted' } })

    const current = await call(HEAD, 'list', { kind: 'charter' })
    expect(current.data.items.map((i: { id: string }) => i.id)).toEqual(['v-shizi:charter:v2'])
    const history = await call(HEAD, 'history', { kind: 'charter' })
    expect(history.data.items.map((i: { version: number; status: string }) => [i.version, i.status])).toEqual([[2, 'adopted'], [1, 'superseded']])
    expect(history.data.items[1].vote).toMatchObject({ outcome: 'adopted' })
    expect(history.data.items[1].supersededAt).toEqual(expect.any(String))
  })
})

describe('document.list', () => {
  it("shows a resident the village's current documents and the one on notice, in few round trips", async () => {
    const res = await call(HEAD, 'list', {})
    expect(res.ok).toBe(true)
    expect(res.data.items.map((i: { id: string; status: string }) => [i.id, i.status])).toEqual([
      ['v-shizi:charter:v1', 'adopted'],
      [ON_NOTICE, 'notice'],
      [CURRENT, 'adopted'],
    ])
    expect(res.data.total).toBe(3)
    expect(res.data.items[0]).not.toHaveProperty('body')
    expect(res.data.items[1].notice).toMatchObject({ days: 7, endsAt: stored(ON_NOTICE).notice.endsAt.toISOString() })
    expect(res.roundTrips).toBeLessThanOrEqual(3)
  })

  it('shows the cadre their drafts too, but never to residents or the township', async () => {
    await draft(CADRE)
    expect((await call(CADRE, 'list', {})).data.items.map((i: { status: string }) => i.status)).toContain('draft')
    expect((await call(PANEL, 'list', {})).data.items.map((i: { status: string }) => i.status)).not.toContain('draft')
    expect((await call(TOWNSHIP, 'list', { villageId: 'v-shizi' })).data.total).toBe(3)
  })

  it('filters by kind and pages', async () => {
    const rules = await call(HEAD, 'list', { kind: 'village-rules', limit: 1 })
    expect(rules.data).toMatchObject({ total: 2, limit: 1, items: [{ id: ON_NOTICE }] })
    expect((await call(HEAD, 'list', { kind: 'village-rules', limit: 1, offset: 1 })).data.items[0].id).toBe(CURRENT)
  })

  it("lets the township read any village but asks it which; refuses another village to everyone else", async () => {
    const baizi = await call(TOWNSHIP, 'list', { villageId: 'v-baizi' })
    expect(baizi.data.items.every((i: { villageId: string }) => i.villageId === 'v-baizi')).toBe(true)
    expect((await call(TOWNSHIP, 'list', {})).error?.fields?.villageId).toBe('请选择要查看的村')
    expect((await call(HEAD, 'list', { villageId: 'v-baizi' })).error?.code).toBe('NOT_IN_VILLAGE')
    expect((await call(CADRE, 'list', { villageId: 'v-baizi' })).error?.code).toBe('NOT_IN_VILLAGE')
    expect((await call(HEAD, 'list', { villageId: 'v-shizi' })).ok).toBe(true)
  })

  it('refuses a page over 50, an unknown kind and an identity not bound yet', async () => {
    expect((await call(HEAD, 'list', { limit: 51 })).error?.code).toBe('INVALID_INPUT')
    expect((await call(HEAD, 'list', { kind: 'rules' })).error?.code).toBe('INVALID_INPUT')
    expect((await call('o-nobody', 'list', {})).error?.code).toBe('NOT_SIGNED_IN')
  })
})

describe('document.get', () => {
  it('shows a resident the version on notice, what changed from the current one, and only their own comments', async () => {
    await comment(HEAD, ON_NOTICE, '同意修订。')
    const res = await call(HEAD, 'get', { documentId: ON_NOTICE })
    expect(res.data.document).toMatchObject({ id: ON_NOTICE, version: 2, status: 'notice', villageName: '十字村', body: stored(ON_NOTICE).body })
    expect(res.data.previous).toMatchObject({ id: CURRENT, version: 1 })
    // Clauses 4 and 5 reworded, a new clause 8; the old 8 and 9 only renumbered (not changes).
    expect(res.data.changes).toMatchObject({ changed: 2, added: 1, removed: 0, renumbered: 2 })
    const of = (op: string) => res.data.changes.parts.filter((p: { op: string }) => p.op === op).map((p: { text: string }) => p.text).join('\n')
    expect(of('changed')).toContain('婚事宴席不超过十五桌')
    expect(of('added')).toBe('第八条 村里每季度公开违约金和奖励资金收支，接受村民查阅。')
    expect(res.data.comments).toMatchObject({ scope: 'own', total: 1, items: [{ text: '同意修订。', mine: true }] })
    expect(res.data.canComment).toBe(true)
    expect(res.roundTrips).toBeLessThanOrEqual(ROUND_TRIP_BUDGET)
    expect(JSON.stringify(res.data)).not.toContain('o-')
  })

  it("shows the village's cadre every comment with the commenter's name, a page at a time", async () => {
    await comment(HEAD, ON_NOTICE, '同意修订。')
    const res = await call(CADRE, 'get', { documentId: ON_NOTICE })
    expect(res.data.comments.scope).toBe('all')
    expect(res.data.comments.total).toBe(2)
    expect(res.data.comments.items.map((c: { name: string }) => c.name).sort())
      .toEqual([t.findOne('accounts', { _id: HEAD }).name, t.findOne('accounts', { _id: PANEL }).name].sort())
    expect(res.data.canComment).toBe(false)
    expect((await call(CADRE, 'get', { documentId: ON_NOTICE, commentOffset: 1 })).data.comments.items).toHaveLength(1)
    expect(JSON.stringify(res.data)).not.toContain('o-resident-head')
  })

  it('shows the first version as entirely new', async () => {
    const res = await call(SPOUSE, 'get', { documentId: CURRENT })
    expect(res.data.previous).toBeNull()
    expect(res.data.changes.removed).toBe(0)
    expect(res.data.changes.parts).toEqual([expect.objectContaining({ op: 'added' })])
    expect(res.data.canComment).toBe(false)
  })

  it("lets the township read any village's version, without its comments", async () => {
    const res = await call(TOWNSHIP, 'get', { documentId: ON_NOTICE })
    expect(res.data).toMatchObject({ document: { id: ON_NOTICE }, comments: { scope: 'none', items: [], total: 0 }, canComment: false })
  })

  it("refuses another village's version, a draft to residents and an unknown id", async () => {
    expect((await call(BAIZI_RESIDENT, 'get', { documentId: ON_NOTICE })).error?.code).toBe('NOT_IN_VILLAGE')
    expect((await call(OTHER_CADRE, 'get', { documentId: ON_NOTICE })).error?.code).toBe('NOT_IN_VILLAGE')
    const { data } = await draft(CADRE)
    expect((await call(HEAD, 'get', { documentId: data.documentId })).error?.code).toBe('NOT_FOUND')
    expect((await call(TOWNSHIP, 'get', { documentId: data.documentId })).error?.code).toBe('NOT_FOUND')
    expect((await call(CADRE, 'get', { documentId: data.documentId })).data.document.status).toBe('draft')
    expect((await call(HEAD, 'get', { documentId: 'v-shizi:charter:v9' })).error?.code).toBe('NOT_FOUND')
    expect((await call(HEAD, 'get', { documentId: 'x y' })).error?.code).toBe('INVALID_INPUT')
  })
})

describe('document.draft', () => {
  it('creates the first version of a kind as a draft, and rewrites it while it is a draft', async () => {
    const first = await draft(CADRE)
    expect(first.data).toEqual({ documentId: 'v-shizi:benefits:v1', version: 1, status: 'draft' })
    expect(first.roundTrips).toBeLessThanOrEqual(4)
    const again = await draft(CADRE, { title: '奖励优惠待遇（二稿）' })
    expect(again.data).toEqual(first.data)
    expect(stored('v-shizi:benefits:v1')).toMatchObject({ villageId: 'v-shizi', villageName: '十字村', status: 'draft', title: '奖励优惠待遇（二稿）', notice: null, vote: null })
    expect(t.find('village_documents', { villageId: 'v-shizi', kind: 'benefits' })).toHaveLength(1)
    expect(t.find('audit', { action: 'document.draft' })[0]).toMatchObject({ actor: { openid: CADRE }, target: { id: 'v-shizi:benefits:v1' } })
  })

  it('numbers a new draft after the latest version, and refuses one while a version is on notice', async () => {
    expect((await change(CADRE, 'draft', { kind: 'charter', title: '章程', body: '新章程' })).data.version).toBe(2)
    expect((await change(CADRE, 'draft', { kind: 'village-rules', title: '规约', body: '新规约' })).error?.code).toBe('DOCUMENT_STATE')
    expect(stored('v-shizi:village-rules:v3')).toBeUndefined()
  })

  it('writes only in the cadre\'s own village', async () => {
    await draft(OTHER_CADRE, { title: '百子村奖励优惠待遇' })
    expect(stored('v-baizi:benefits:v1')).toMatchObject({ villageId: 'v-baizi', title: '百子村奖励优惠待遇' })
    expect(stored('v-shizi:benefits:v1')).toBeUndefined()
  })

  it('refuses residents, panel members and the township', async () => {
    const before = snapshot(t.emu)
    for (const who of [HEAD, PANEL, TOWNSHIP]) expect((await draft(who)).error?.code).toBe('FORBIDDEN_ROLE')
    expect(snapshot(t.emu)).toBe(before)
  })

  it('refuses an empty title, a body over 20,000 characters and an unknown kind, storing nothing', async () => {
    const before = snapshot(t.emu)
    expect((await draft(CADRE, { title: '  ' })).error?.fields?.title).toBe('请填写标题')
    expect((await draft(CADRE, { body: '条'.repeat(20001) })).error?.fields?.body).toBe('正文最多20000个字')
    expect((await draft(CADRE, { kind: 'notice' })).error?.code).toBe('INVALID_INPUT')
    expect((await draft(CADRE, { villageId: 'v-baizi' })).error?.code).toBe('INVALID_INPUT')
    expect(snapshot(t.emu)).toBe(before)
    expect((await draft(CADRE, { body: '条'.repeat(20000) })).ok).toBe(true)
  })

  it('answers a retry with the first response and stores one version', async () => {
    const requestId = randomUUID()
    const first = await draft(CADRE, {}, requestId)
    const retry = await draft(CADRE, {}, requestId)
    expect(retry).toMatchObject({ ok: true, data: first.data })
    expect((await draft(CADRE, { title: '另一个标题' }, requestId)).error?.code).toBe('IDEMPOTENCY_CONFLICT')
    expect(t.find('audit', { action: 'document.draft' })).toHaveLength(1)
  })
})

describe('document.publish', () => {
  it('puts a draft on notice until midnight after its last day and tells the village\'s residents', async () => {
    const { data } = await draft(CADRE)
    const res = await publish(CADRE, data.documentId, 10)
    expect(res.ok).toBe(true)
    expect(res.roundTrips).toBeLessThanOrEqual(4)
    const doc = stored(data.documentId)
    expect(doc).toMatchObject({ status: 'notice', notice: { days: 10 } })
    expect(doc.notice.endsAt.getTime() - Date.now()).toBeGreaterThan(9 * DAY)
    expect(doc.notice.endsAt.getTime() - Date.now()).toBeLessThanOrEqual(10 * DAY)
    expect(res.data).toEqual({ documentId: data.documentId, version: 1, status: 'notice', notice: { days: 10, startsAt: doc.notice.startsAt.toISOString(), endsAt: doc.notice.endsAt.toISOString() } })
    const [entry] = t.find('audit', { action: 'document.publish' })
    expect(entry.outbox).toEqual([expect.objectContaining({ to: { villageId: 'v-shizi', role: 'resident' }, template: 'document-notice' })])
    expect(entry.outbox[0].body).toContain('十字村奖励优惠待遇（第1版）正在公示')
  })

  it('refuses a notice period under 3 or over 30 days, or not whole, storing nothing', async () => {
    const { data } = await draft(CADRE)
    const before = snapshot(t.emu)
    expect((await publish(CADRE, data.documentId, 2)).error?.fields?.noticeDays).toBe('公示期至少3天')
    expect((await publish(CADRE, data.documentId, 31)).error?.fields?.noticeDays).toBe('公示期最多30天')
    expect((await publish(CADRE, data.documentId, 7.5)).error?.code).toBe('INVALID_INPUT')
    expect(snapshot(t.emu)).toBe(before)
  })

  it('refuses a version already on notice or adopted, and an unknown one', async () => {
    expect((await publish(CADRE, ON_NOTICE)).error?.code).toBe('DOCUMENT_STATE')
    expect((await publish(CADRE, 'v-shizi:charter:v1')).error?.code).toBe('DOCUMENT_STATE')
    expect((await publish(CADRE, 'v-shizi:charter:v7')).error?.code).toBe('NOT_FOUND')
  })

  it("refuses another village's cadre, residents and the township", async () => {
    const { data } = await draft(CADRE)
    expect((await publish(OTHER_CADRE, data.documentId)).error?.code).toBe('NOT_IN_VILLAGE')
    for (const who of [HEAD, PANEL, TOWNSHIP]) expect((await publish(who, data.documentId)).error?.code).toBe('FORBIDDEN_ROLE')
    expect(stored(data.documentId).status).toBe('draft')
  })

  it('answers a retry with the first response, even when the first reply was lost before it was recorded', async () => {
    const { data } = await draft(CADRE)
    const requestId = randomUUID()
    const first = await publish(CADRE, data.documentId, 7, requestId)
    expect((await publish(CADRE, data.documentId, 7, requestId)).data).toEqual(first.data)
    t.emu.wire.db.collection('audit').remove({ _id: requestId }) // as if the function died after its write
    expect((await publish(CADRE, data.documentId, 7, requestId)).data).toEqual(first.data)
    expect(t.find('audit', { action: 'document.publish' })).toHaveLength(1)
  })
})

describe('document.adopt', () => {
  it('records the vote after the notice, makes the version current and keeps the old one as superseded', async () => {
    const res = await adopt(OTHER_CADRE, ENDED, { for: 41, against: 3, abstain: 1 })
    expect(res.data).toEqual({ documentId: ENDED, version: 2, status: 'adopted', vote: { meetingDate: today(), for: 41, against: 3, abstain: 1, outcome: 'adopted' } })
    expect(res.roundTrips).toBeLessThanOrEqual(CHANGE_ROUND_TRIP_BUDGET)
    expect(stored(ENDED)).toMatchObject({ status: 'adopted', vote: { for: 41, outcome: 'adopted' } })
    expect(stored(ENDED).adoptedAt).toBeInstanceOf(Date)
    expect(stored('v-baizi:village-rules:v1')).toMatchObject({ status: 'superseded', vote: { outcome: 'adopted' } })
    const [entry] = t.find('audit', { action: 'document.adopt' })
    expect(entry.outbox).toEqual([expect.objectContaining({ to: { villageId: 'v-baizi', role: 'resident' }, template: 'document-decided', title: '村规民约已通过' })])
    const read = await call(BAIZI_RESIDENT, 'get', { documentId: ENDED })
    expect(read.data.previous.id).toBe('v-baizi:village-rules:v1')
  })

  it('records a vote the version lost: rejected, and the current version stays in force', async () => {
    const res = await adopt(OTHER_CADRE, ENDED, { for: 10, against: 10, abstain: 20, outcome: 'rejected' })
    expect(res.data).toMatchObject({ status: 'rejected', vote: { outcome: 'rejected' } })
    expect(stored(ENDED)).toMatchObject({ status: 'rejected', adoptedAt: null })
    expect(stored('v-baizi:village-rules:v1').status).toBe('adopted')
    const history = await call(BAIZI_RESIDENT, 'history', { kind: 'village-rules' })
    expect(history.data.items.map((i: { status: string }) => i.status)).toEqual(['rejected', 'adopted'])
    expect(t.find('audit', { action: 'document.adopt' })[0].outbox[0].title).toBe('村规民约未获通过')
  })

  it('refuses to adopt before the notice ends', async () => {
    const before = snapshot(t.emu)
    expect((await adopt(CADRE, ON_NOTICE)).error?.code).toBe('NOTICE_NOT_ENDED')
    expect(snapshot(t.emu)).toBe(before)
  })

  it('refuses an outcome the votes do not support, negative or fractional votes and a bad meeting date, storing nothing', async () => {
    const before = snapshot(t.emu)
    expect((await adopt(OTHER_CADRE, ENDED, { for: 5, against: 5 })).error?.code).toBe('VOTE_MISMATCH')
    expect((await adopt(OTHER_CADRE, ENDED, { outcome: 'rejected' })).error?.code).toBe('VOTE_MISMATCH')
    expect((await adopt(OTHER_CADRE, ENDED, { against: -1 })).error?.fields?.against).toBe('反对票数不能为负数')
    expect((await adopt(OTHER_CADRE, ENDED, { for: 2.5 })).error?.fields?.for).toBe('赞成票数应为整数')
    expect((await adopt(OTHER_CADRE, ENDED, { meetingDate: '2026-02-30' })).error?.code).toBe('INVALID_INPUT')
    const tomorrow = businessDay(new Date(Date.now() + DAY))
    expect((await adopt(OTHER_CADRE, ENDED, { meetingDate: tomorrow })).error?.fields?.meetingDate).toBe('会议日期应在公示开始之后，且不晚于今天')
    expect((await adopt(OTHER_CADRE, ENDED, { meetingDate: '2020-01-01' })).error?.code).toBe('INVALID_INPUT')
    expect(snapshot(t.emu)).toBe(before)
  })

  it("refuses another village's cadre, residents, the panel and the township", async () => {
    expect((await adopt(CADRE, ENDED)).error?.code).toBe('NOT_IN_VILLAGE')
    for (const who of [BAIZI_RESIDENT, PANEL, TOWNSHIP]) expect((await adopt(who, ENDED)).error?.code).toBe('FORBIDDEN_ROLE')
    expect(stored(ENDED).status).toBe('notice')
  })

  it('refuses a draft, and recording a second vote', async () => {
    const { data } = await draft(CADRE)
    expect((await adopt(CADRE, data.documentId)).error?.code).toBe('DOCUMENT_STATE')
    await adopt(OTHER_CADRE, ENDED)
    expect((await adopt(OTHER_CADRE, ENDED, { outcome: 'rejected', for: 1 })).error?.code).toBe('DOCUMENT_STATE')
  })

  it('answers a retry with the first response, and a retry after a lost reply finishes the job once', async () => {
    const requestId = randomUUID()
    const first = await adopt(OTHER_CADRE, ENDED, {}, requestId)
    expect((await adopt(OTHER_CADRE, ENDED, {}, requestId)).data).toEqual(first.data)
    t.emu.wire.db.collection('audit').remove({ _id: requestId })
    const late = await adopt(OTHER_CADRE, ENDED, {}, requestId)
    expect(late.data).toEqual(first.data)
    expect(late.roundTrips).toBeLessThanOrEqual(ROUND_TRIP_BUDGET)
    expect(t.find('village_documents', { villageId: 'v-baizi', kind: 'village-rules', status: 'adopted' })).toHaveLength(1)
    expect(t.find('audit', { action: 'document.adopt' })).toHaveLength(1)
  })
})

describe('document.comment', () => {
  it('stores a resident\'s comment during the notice with their name and nothing else about them', async () => {
    const res = await comment(SPOUSE, ON_NOTICE, '  建议把宴席桌数改为二十桌。 ')
    expect(res.ok).toBe(true)
    expect(res.roundTrips).toBeLessThanOrEqual(4)
    const { _id, ...saved } = t.findOne('document_comments', { _id: res.data.commentId })
    expect(Object.keys(saved).sort()).toEqual(['at', 'documentId', 'name', 'openid', 'text', 'villageId'])
    expect(saved).toMatchObject({ documentId: ON_NOTICE, villageId: 'v-shizi', openid: SPOUSE, name: t.findOne('accounts', { _id: SPOUSE }).name, text: '建议把宴席桌数改为二十桌。' })
    expect(t.find('audit', { action: 'document.comment' })[0].summary).not.toContain('宴席')
  })

  it('refuses comments once the notice has ended, on the current version and on drafts', async () => {
    expect((await comment(BAIZI_RESIDENT, ENDED)).error?.code).toBe('NOTICE_CLOSED')
    expect((await comment(HEAD, CURRENT)).error?.code).toBe('NOTICE_CLOSED')
    const { data } = await draft(CADRE)
    expect((await comment(HEAD, data.documentId)).error?.code).toBe('NOT_FOUND')
    expect(t.find('document_comments', { documentId: ENDED })).toHaveLength(0)
  })

  it("refuses another village's residents, cadres and the township", async () => {
    expect((await comment(BAIZI_RESIDENT, ON_NOTICE)).error?.code).toBe('NOT_IN_VILLAGE')
    for (const who of [CADRE, TOWNSHIP]) expect((await comment(who, ON_NOTICE)).error?.code).toBe('FORBIDDEN_ROLE')
    expect(t.find('document_comments', { documentId: ON_NOTICE })).toHaveLength(1) // the seeded one
  })

  it('refuses an empty comment or one over 500 characters, storing nothing', async () => {
    const before = snapshot(t.emu)
    expect((await comment(HEAD, ON_NOTICE, '   ')).error?.fields?.text).toBe('请填写意见')
    expect((await comment(HEAD, ON_NOTICE, '意'.repeat(501))).error?.fields?.text).toBe('意见最多500个字')
    expect(snapshot(t.emu)).toBe(before)
  })

  it('stores a retried comment once, even when the first reply was lost before it was recorded', async () => {
    const requestId = randomUUID()
    const first = await comment(HEAD, ON_NOTICE, '同意。', requestId)
    expect((await comment(HEAD, ON_NOTICE, '同意。', requestId)).data).toEqual(first.data)
    t.emu.wire.db.collection('audit').remove({ _id: requestId })
    expect((await comment(HEAD, ON_NOTICE, '同意。', requestId)).data.commentId).toBe(first.data.commentId)
    expect(t.find('document_comments', { documentId: ON_NOTICE, openid: HEAD })).toHaveLength(1)
  })
})

describe('document.history', () => {
  it('lists every version of a kind that went before the village, with its notice and vote, never drafts', async () => {
    await change(CADRE, 'draft', { kind: 'charter', title: '章程', body: '草稿' })
    const res = await call(CADRE, 'history', { kind: 'village-rules' })
    expect(res.data.items.map((i: { version: number; status: string }) => [i.version, i.status])).toEqual([[2, 'notice'], [1, 'adopted']])
    expect(res.data.items[1]).toMatchObject({ vote: { outcome: 'adopted', meetingDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) }, notice: { days: 7 } })
    expect(res.roundTrips).toBeLessThanOrEqual(3)
    expect((await call(CADRE, 'history', { kind: 'charter' })).data.items.map((i: { status: string }) => i.status)).toEqual(['adopted'])
  })

  it("lets the township read any village's history and refuses other villages to everyone else", async () => {
    expect((await call(TOWNSHIP, 'history', { kind: 'village-rules', villageId: 'v-baizi' })).data.total).toBe(2)
    expect((await call(HEAD, 'history', { kind: 'village-rules', villageId: 'v-baizi' })).error?.code).toBe('NOT_IN_VILLAGE')
    expect((await call(HEAD, 'history', {})).error?.code).toBe('INVALID_INPUT')
  })
})
