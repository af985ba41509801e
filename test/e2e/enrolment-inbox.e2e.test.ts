// Journey: a household applies for integrity management, the cadre approves it as 承诺诚信
// (not the category asked for), and the household sees the decision in its inbox.
import { useJourney } from './browser'
import { expect, expectText, fill, open, signInAs, tap, until, visible } from './steps'

const { j, shot } = useJourney('enrolment-inbox')

describe('integrity enrolment decided and delivered to the inbox', () => {
  it('lets the head apply for behavioural integrity management with a written statement', async () => {
    const { page, emu } = j
    await signInAs(page, emu.url, 'o-resident-head')
    await open(page, emu.url, 'packages/resident/pages/enrolment/index')
    await expectText(page, '.management-now', '协议管理')
    await tap(page, '.btn-apply')
    await tap(page, '.category-option.category-behavioural')
    await fill(page, '.statement-input', '本户遵守村规民约，自愿申请纳入诚信管理，接受村里和群众监督。')
    await shot('apply')
    await tap(page, '.btn-submit-apply')
    await page.locator('.taro-model__confirm').click()
    await visible(page, '.enrolment-current.current-pending').waitFor()
    expect(emu.wire.db.collection('enrolments').findOne({ householdId: 'h-shizi-001', status: 'pending' })).toMatchObject({ requestedCategory: 'behavioural' })
  })

  it('lets the cadre approve it as 承诺诚信', async () => {
    const { page, emu } = j
    await signInAs(page, emu.url, 'o-cadre-shizi')
    await open(page, emu.url, 'packages/cadre/pages/enrolments/index')
    const id = emu.wire.db.collection('enrolments').findOne({ householdId: 'h-shizi-001', status: 'pending' })!._id
    await visible(page, `.enrolment-row[data-id="${id}"]`).click()
    await tap(page, '.category-picker .chip-committed')
    await shot('decide')
    await tap(page, '.btn-approve')
    await page.locator('.taro-model__confirm').click()
    await until(() => emu.wire.db.collection('households').findOne({ _id: 'h-shizi-001' })?.managementType === 'committed', 'household committed')
    expect(emu.wire.db.collection('enrolments').findOne({ _id: id })).toMatchObject({ status: 'approved', category: 'committed' })
  })

  it('delivers the decision to the household inbox with an unread badge', async () => {
    const { page, emu } = j
    const relay = await emu.runner.fireTimer('notify', 'relay')
    expect(relay.error).toBeUndefined()
    await signInAs(page, emu.url, 'o-resident-head')
    await open(page, emu.url, 'pages/mine/index')
    await expectText(page, '.link-inbox .unread-count', /1 条未读/)
    await tap(page, '.link-inbox')
    const item = visible(page, '.inbox-item.unread').first()
    await expect(item.innerText()).resolves.toContain('诚信管理申请已批准')
    await shot('inbox')
    await item.click()
    await visible(page, '.management-now.type-committed').waitFor()
    await shot('enrolment-approved')
    await until(() => emu.wire.db.collection('inbox').count({ openid: 'o-resident-head', readAt: null }) === 0, 'message read')
  })
})
