import { createHmac, randomUUID } from 'crypto'
import { idCheckChar } from '@chengxin/shared/src/domain/id-number'
import { DEV_ID_HASH_KEY } from '@chengxin/shared/src/server/id-hash'
import { CHANGE_ROUND_TRIP_BUDGET, ROUND_TRIP_BUDGET, snapshot, useEmulator } from '../../test/support/actions'

const t = useEmulator()
const CADRE = 'o-cadre-shizi'
const OTHER_CADRE = 'o-cadre-baizi'
const TOWNSHIP = 'o-township-officer'
const HEAD = 'o-resident-head' // head of h-shizi-001, whose spouse is bound too
const HH = 'h-shizi-001'
const validId = (first17: string) => first17 + idCheckChar(first17)
const ID_A = validId('34122119900101123') // 341221199001011231
const ID_B = '11010519491231002X'

const list = (openid: string, input: object = {}) => t.call(openid, 'household', 'household.list', input)
const get = (openid: string, householdId = HH) => t.call(openid, 'household', 'household.get', { householdId })
const views = (openid: string, input: object = {}) => t.call(openid, 'household', 'household.views', input)
const create = (openid: string, input: object, requestId?: string) => t.change(openid, 'household', 'household.create', input, requestId)
const update = (openid: string, input: object, requestId?: string) => t.change(openid, 'household', 'household.update', input, requestId)
const archive = (openid: string, householdId = HH, reason = '全户迁往外地', requestId?: string) =>
  t.change(openid, 'household', 'household.archive', { householdId, reason }, requestId)
const stored = (id = HH) => t.findOne('households', { _id: id })
const newFamily = {
  groupId: 'v-shizi-g2',
  label: '张建华户',
  members: [
    { name: '张建华', relation: '户主', isHead: true, idNumber: ID_A },
    { name: '李秀英', relation: '配偶', isHead: false, idNumber: ID_B.toLowerCase(), workingAwayCity: '苏州' },
    { name: '张小雨', relation: '女', isHead: false },
  ],
}
/** The household's members as the update input wants them back: by id, without ID numbers. */
const membersOf = (id = HH) => stored(id).members.map((m: any) => ({ id: m.id, name: m.name, relation: m.relation, isHead: m.isHead }))

describe('household.list', () => {
  it("pages a cadre's own village with head, member count and management type, in three round trips", async () => {
    const res = await list(CADRE, { limit: 10 })
    expect(res.ok).toBe(true)
    expect(res.data).toMatchObject({ total: 29, offset: 0, limit: 10 })
    expect(res.data.items).toHaveLength(10)
    const first = res.data.items.find((h: any) => h.id === HH)
    expect(first).toMatchObject({ groupId: 'v-shizi-g1', groupName: '第一村民组', headName: stored().members[0].name, managementType: 'contract', archived: false })
    expect(first.memberCount).toBe(stored().members.length)
    expect(first.workingAwayCount).toBe(1)
    expect(res.roundTrips).toBeLessThanOrEqual(3)
  })

  it('filters by villager group and finds a household by part of the head\'s name', async () => {
    const byGroup = await list(CADRE, { groupId: 'v-shizi-g2', limit: 50 })
    expect(byGroup.data.items.length).toBeGreaterThan(0)
    expect(byGroup.data.items.every((h: any) => h.groupId === 'v-shizi-g2')).toBe(true)
    const head = stored('h-shizi-002').members[0].name as string
    const found = await list(CADRE, { headName: head.slice(1) })
    expect(found.data.items.map((h: any) => h.id)).toContain('h-shizi-002')
    expect(found.data.items.every((h: any) => h.headName.includes(head.slice(1)))).toBe(true)
  })

  it("matches only heads' names, and reads a search as plain text", async () => {
    const spouse = stored('h-shizi-002').members[1].name as string
    const res = await list(CADRE, { headName: spouse })
    expect(res.data.items.map((h: any) => h.id)).not.toContain('h-shizi-002')
    expect((await list(CADRE, { headName: '.*' })).data.total).toBe(0)
  })

  it('leaves archived households out unless asked for', async () => {
    await archive(CADRE)
    expect((await list(CADRE, { limit: 50 })).data.items.map((h: any) => h.id)).not.toContain(HH)
    const all = await list(CADRE, { limit: 50, includeArchived: true })
    expect(all.data.items.find((h: any) => h.id === HH)).toMatchObject({ archived: true })
    expect(all.data.total).toBe(29)
  })

  it('lets the township office read any village it names, and asks it to name one', async () => {
    const res = await list(TOWNSHIP, { villageId: 'v-baizi' })
    expect(res.data.items.every((h: any) => h.id.startsWith('h-baizi-'))).toBe(true)
    expect(res.roundTrips).toBeLessThanOrEqual(3)
    expect((await list(TOWNSHIP)).error).toMatchObject({ code: 'INVALID_INPUT', fields: { villageId: '请选择村' } })
  })

  it("refuses another village's roster to a cadre, and residents altogether", async () => {
    expect((await list(CADRE, { villageId: 'v-baizi' })).error?.code).toBe('NOT_IN_VILLAGE')
    expect((await list(HEAD)).error?.code).toBe('FORBIDDEN_ROLE')
    expect((await list('o-nobody')).error?.code).toBe('NOT_SIGNED_IN')
  })

  it('refuses pages over 50', async () => {
    expect((await list(CADRE, { limit: 51 })).error?.code).toBe('INVALID_INPUT')
  })
})

describe('household.get', () => {
  it('shows members with masked ID numbers only, and records the look', async () => {
    const made = await create(CADRE, newFamily)
    const res = await get(CADRE, made.data.household.id)
    expect(res.data.canEdit).toBe(true)
    expect(res.data.household).toMatchObject({ label: '张建华户', villageName: '十字村', groupName: '第二村民组', memberCount: 3 })
    expect(res.data.household.members[0].idMasked).toBe('3412**********1231')
    expect(JSON.stringify(res.data)).not.toContain(ID_A)
    expect(JSON.stringify(res.data)).not.toContain('idHash')
    expect(res.roundTrips).toBeLessThanOrEqual(3)
    const reads = t.find('audit', { kind: 'read' })
    expect(reads).toHaveLength(1)
    expect(reads[0]).toMatchObject({ action: 'household.get', actor: { openid: CADRE }, target: { householdId: made.data.household.id } })
  })

  it('lets the township office read (not edit) any village\'s household', async () => {
    const res = await get(TOWNSHIP, 'h-baizi-001')
    expect(res.data).toMatchObject({ canEdit: false, household: { id: 'h-baizi-001', villageName: '百子村' } })
    expect(t.find('audit', { kind: 'read' })).toHaveLength(1)
  })

  it("refuses another village's cadre and residents, and records nothing", async () => {
    const before = snapshot(t.emu)
    expect((await get(OTHER_CADRE)).error?.code).toBe('NOT_IN_VILLAGE')
    expect((await get(HEAD)).error?.code).toBe('FORBIDDEN_ROLE')
    expect((await get(CADRE, 'h-nowhere')).error?.code).toBe('NOT_FOUND')
    expect(snapshot(t.emu)).toBe(before)
  })
})

describe('household.views', () => {
  it('tells a resident who looked at their household: name, role, when and what, newest first', async () => {
    await get(CADRE)
    await get(TOWNSHIP)
    await get(CADRE, 'h-shizi-002')
    const res = await views(HEAD)
    expect(res.data.total).toBe(2)
    expect(res.data.items.map((v: any) => v.viewerRole)).toEqual(['township', 'cadre'])
    expect(res.data.items[1]).toMatchObject({ viewerName: '李桂芳', what: '查看本户成员名册' })
    expect(Date.parse(res.data.items[0].at)).toBeGreaterThanOrEqual(Date.parse(res.data.items[1].at))
    expect(JSON.stringify(res.data)).not.toContain('o-')
    expect(res.roundTrips).toBeLessThanOrEqual(3)
  })

  it("shows nothing of other households' looks, and is for residents only", async () => {
    await get(CADRE)
    expect((await views('o-resident-baizi')).data).toMatchObject({ total: 0, items: [] })
    expect((await views(CADRE)).error?.code).toBe('FORBIDDEN_ROLE')
  })
})

describe('household.create', () => {
  it('adds a household under contract management, keeping ID numbers only masked plus keyed hash', async () => {
    const res = await create(CADRE, newFamily)
    expect(res.ok).toBe(true)
    expect(res.roundTrips).toBeLessThanOrEqual(ROUND_TRIP_BUDGET)
    const id = res.data.household.id
    expect(res.data.household).toMatchObject({ headName: '张建华', groupName: '第二村民组', managementType: 'contract', memberCount: 3, workingAwayCount: 1 })
    const doc = stored(id)
    expect(doc).toMatchObject({ villageId: 'v-shizi', groupId: 'v-shizi-g2', label: '张建华户', archived: false })
    expect(doc.members[0]).toMatchObject({ id: `${id}-m1`, isHead: true, idMasked: '3412**********1231', workingAway: null })
    expect(doc.members[0].idHash).toBe(createHmac('sha256', DEV_ID_HASH_KEY).update(ID_A).digest('hex'))
    expect(doc.members[1]).toMatchObject({ idMasked: '1101**********002X', workingAway: { city: '苏州' } })
    expect(doc.members[2]).toMatchObject({ idMasked: null, idHash: null })
    const everything = snapshot(t.emu)
    expect(everything).not.toContain(ID_A)
    expect(everything.toUpperCase()).not.toContain(ID_B)
    expect(t.find('audit', { action: 'household.create' })[0]).toMatchObject({ actor: { openid: CADRE }, target: { householdId: id } })
    expect((await list(CADRE, { headName: '张建华' })).data.items[0].id).toBe(id)
  })

  it('refuses a wrong ID number, two heads or none, with field messages, and stores nothing', async () => {
    const before = snapshot(t.emu)
    const badId = await create(CADRE, { ...newFamily, members: [{ ...newFamily.members[0], idNumber: '341221199001011232' }] })
    expect(badId.error).toMatchObject({ code: 'INVALID_INPUT', fields: { 'members.0.idNumber': '身份证号码不正确，请核对18位号码' } })
    const twoHeads = await create(CADRE, { ...newFamily, members: [newFamily.members[0], { ...newFamily.members[2], isHead: true }] })
    expect(twoHeads.error?.fields?.members).toBe('每户须有且只有一位户主')
    expect((await create(CADRE, { ...newFamily, members: [newFamily.members[2]] })).error?.code).toBe('INVALID_INPUT')
    expect((await create(CADRE, { ...newFamily, label: ' ' })).error?.fields?.label).toBe('请填写户名')
    expect((await create(CADRE, { ...newFamily, members: [] })).error?.code).toBe('INVALID_INPUT')
    expect(snapshot(t.emu)).toBe(before)
  })

  it("refuses another village's group, the township office and residents", async () => {
    const before = snapshot(t.emu)
    expect((await create(CADRE, { ...newFamily, groupId: 'v-baizi-g1' })).error?.code).toBe('NOT_IN_VILLAGE')
    expect((await create(CADRE, { ...newFamily, groupId: 'v-shizi-g99' })).error?.code).toBe('NOT_IN_VILLAGE')
    expect((await create(TOWNSHIP, newFamily)).error?.code).toBe('FORBIDDEN_ROLE')
    expect((await create(HEAD, newFamily)).error?.code).toBe('FORBIDDEN_ROLE')
    expect(snapshot(t.emu)).toBe(before)
  })

  it('answers a retry with the first response and adds the household once', async () => {
    const requestId = randomUUID()
    const first = await create(CADRE, newFamily, requestId)
    const retry = await create(CADRE, newFamily, requestId)
    expect(retry).toMatchObject({ ok: true, data: first.data })
    expect(t.find('households', { label: '张建华户' })).toHaveLength(1)
    expect(t.find('audit', { action: 'household.create' })).toHaveLength(1)
  })

  it('finds its own household when the first try stored it but lost the audit record', async () => {
    const requestId = randomUUID()
    const first = await create(CADRE, newFamily, requestId)
    t.emu.wire.db.collection('audit').remove({ _id: requestId })
    const retry = await create(CADRE, newFamily, requestId)
    expect(retry.data.household.id).toBe(first.data.household.id)
    expect(t.find('households', { label: '张建华户' })).toHaveLength(1)
  })
})

describe('household.update', () => {
  it('renames, moves to another group, marks a member working away and adds one; bound accounts follow', async () => {
    const members = membersOf()
    members[1] = { ...members[1], workingAwayCity: '杭州' } as any
    const res = await update(CADRE, {
      householdId: HH, label: '林家', groupId: 'v-shizi-g3',
      members: [...members, { name: '林小宝', relation: '孙子', isHead: false, idNumber: ID_A }],
    })
    expect(res.ok).toBe(true)
    expect(res.roundTrips).toBeLessThanOrEqual(CHANGE_ROUND_TRIP_BUDGET)
    expect(res.data.household).toMatchObject({ label: '林家', groupName: '第三村民组', memberCount: members.length + 1, workingAwayCount: 2 })
    const doc = stored()
    expect(doc).toMatchObject({ label: '林家', groupId: 'v-shizi-g3' })
    expect(doc.members[1].workingAway).toEqual({ city: '杭州' })
    expect(doc.members[3].workingAway).toMatchObject({ city: expect.any(String) }) // untouched: still away
    expect(doc.members.at(-1)).toMatchObject({ id: `${HH}-m${members.length + 1}`, idMasked: '3412**********1231' })
    expect(t.findOne('accounts', { _id: HEAD })).toMatchObject({ householdLabel: '林家', groupName: '第三村民组', isHead: true })
    expect(t.findOne('accounts', { _id: 'o-resident-spouse' })).toMatchObject({ householdLabel: '林家', isHead: false })
    expect(t.find('audit', { action: 'household.update' })[0].summary).toContain('调整到第三村民组')
  })

  it('brings a member back home and keeps recorded ID numbers unless replaced or cleared', async () => {
    const made = (await create(CADRE, newFamily)).data.household
    const members = made.members.map((m: any) => ({ id: m.id, name: m.name, relation: m.relation, isHead: m.isHead }))
    members[1].workingAwayCity = null
    members[2].idNumber = ID_B
    await update(CADRE, { householdId: made.id, members })
    const doc = stored(made.id)
    expect(doc.members[0].idMasked).toBe('3412**********1231')
    expect(doc.members[1]).toMatchObject({ workingAway: null, idMasked: '1101**********002X' })
    expect(doc.members[2].idMasked).toBe('1101**********002X')
    members[0].idNumber = null
    await update(CADRE, { householdId: made.id, members })
    expect(stored(made.id).members[0]).toMatchObject({ idMasked: null, idHash: null })
  })

  it('moves the head flag on the bound accounts when the head changes', async () => {
    const members = membersOf().map((m: any, i: number) => ({ ...m, isHead: i === 1 }))
    const res = await update(CADRE, { householdId: HH, members })
    expect(res.ok).toBe(true)
    // The one case that needs two account writes (different head flags): five round trips.
    expect(res.roundTrips).toBeLessThanOrEqual(CHANGE_ROUND_TRIP_BUDGET + 1)
    expect(t.findOne('accounts', { _id: HEAD }).isHead).toBe(false)
    expect(t.findOne('accounts', { _id: 'o-resident-spouse' }).isHead).toBe(true)
    const who = await t.call('o-resident-spouse', 'account', 'account.whoami', {})
    expect(who.data.household.isHead).toBe(true)
  })

  it('refuses to remove a member bound to WeChat, and stores nothing', async () => {
    const before = snapshot(t.emu)
    const res = await update(CADRE, { householdId: HH, members: membersOf().filter((m: any) => m.id !== `${HH}-m2`) })
    expect(res.error?.code).toBe('MEMBER_BOUND')
    expect(res.error?.fields?.members).toContain('已绑定微信')
    expect(snapshot(t.emu)).toBe(before)
  })

  it("refuses another village's household or group, other roles, and archived households", async () => {
    const before = snapshot(t.emu)
    expect((await update(OTHER_CADRE, { householdId: HH, label: '林家' })).error?.code).toBe('NOT_IN_VILLAGE')
    expect((await update(CADRE, { householdId: HH, groupId: 'v-baizi-g1' })).error?.code).toBe('NOT_IN_VILLAGE')
    expect((await update(TOWNSHIP, { householdId: HH, label: '林家' })).error?.code).toBe('FORBIDDEN_ROLE')
    expect((await update(HEAD, { householdId: HH, label: '林家' })).error?.code).toBe('FORBIDDEN_ROLE')
    expect((await update(CADRE, { householdId: 'h-nowhere', label: '林家' })).error?.code).toBe('NOT_FOUND')
    expect(snapshot(t.emu)).toBe(before)
    await archive(CADRE)
    expect((await update(CADRE, { householdId: HH, label: '林家' })).error?.code).toBe('HOUSEHOLD_ARCHIVED')
  })

  it('refuses an update that changes nothing or a member that is not in the household', async () => {
    const before = snapshot(t.emu)
    expect((await update(CADRE, { householdId: HH })).error?.code).toBe('INVALID_INPUT')
    const stranger = [...membersOf(), { id: 'h-shizi-002-m1', name: '外人', relation: '子', isHead: false }]
    expect((await update(CADRE, { householdId: HH, members: stranger })).error?.code).toBe('NOT_FOUND')
    expect(snapshot(t.emu)).toBe(before)
  })

  it('answers a retry with the first response and changes once, even without the audit record', async () => {
    const requestId = randomUUID()
    const input = { householdId: HH, members: [...membersOf(), { name: '林小宝', relation: '孙子', isHead: false }] }
    const first = await update(CADRE, input, requestId)
    const retry = await update(CADRE, input, requestId)
    expect(retry).toMatchObject({ ok: true, data: first.data })
    t.emu.wire.db.collection('audit').remove({ _id: requestId })
    const again = await update(CADRE, input, requestId)
    expect(again.data).toEqual(first.data)
    expect(stored().members.filter((m: any) => m.name === '林小宝')).toHaveLength(1)
  })
})

describe('household.archive', () => {
  it('takes the household off the roster with the reason on record', async () => {
    const res = await archive(CADRE)
    expect(res.data).toEqual({ householdId: HH, archived: true, reason: '全户迁往外地' })
    expect(res.roundTrips).toBeLessThanOrEqual(4)
    expect(stored()).toMatchObject({ archived: true, archive: { reason: '全户迁往外地', by: CADRE } })
    expect((await get(CADRE)).data).toMatchObject({ canEdit: false, household: { archived: true, archiveReason: '全户迁往外地' } })
    expect(t.find('audit', { action: 'household.archive' })[0].summary).toContain('全户迁往外地')
  })

  it('refuses a missing reason, a second archive, other villages and other roles', async () => {
    const before = snapshot(t.emu)
    expect((await archive(CADRE, HH, '')).error?.fields?.reason).toBe('请填写归档原因')
    expect((await archive(OTHER_CADRE)).error?.code).toBe('NOT_IN_VILLAGE')
    expect((await archive(TOWNSHIP)).error?.code).toBe('FORBIDDEN_ROLE')
    expect(snapshot(t.emu)).toBe(before)
    await archive(CADRE)
    expect((await archive(CADRE)).error?.code).toBe('HOUSEHOLD_ARCHIVED')
  })

  it('answers a retry with the first response', async () => {
    const requestId = randomUUID()
    const first = await archive(CADRE, HH, '全户迁往外地', requestId)
    t.emu.wire.db.collection('audit').remove({ _id: requestId })
    const retry = await archive(CADRE, HH, '全户迁往外地', requestId)
    expect(retry).toMatchObject({ ok: true, data: first.data })
    expect(t.find('audit', { action: 'household.archive' })).toHaveLength(1)
  })
})
