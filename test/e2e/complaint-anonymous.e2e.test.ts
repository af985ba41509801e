// Journey: an anonymous complaint about the village's cadre goes straight to the township; the
// cadre never sees it; the township answers; the author, after the app's storage is cleared,
// types the receipt written down and reads the answer.
import { useJourney } from './browser'
import { expect, expectText, fill, open, signInAs, tap, visible } from './steps'
import { acceptAndAnswer, fileComplaint } from './complaint-steps'

const { j, shot } = useJourney('complaint-anonymous')
const TEXT = '村专干发放补贴时要求先请吃饭，不请就拖着不办'
const ANSWER = '镇纪委已约谈该村专干，补贴已全部发放到户'
let receipt = ''

describe('an anonymous complaint about the cadre', () => {
  it('is filed anonymously and its receipt is shown once', async () => {
    const { page, emu } = j
    await signInAs(page, emu.url, 'o-resident-head')
    receipt = (await fileComplaint(page, emu.url, { category: 'conduct', text: TEXT, anonymous: true, about: '村专干' }))!
    expect(receipt).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/)
    await shot('receipt')
    // Nothing stored with the complaint names the author.
    const stored = JSON.stringify(emu.wire.db.collection('complaints').find({}).filter((c: any) => c.text === TEXT))
    expect(stored).toContain(TEXT)
    expect(stored).not.toContain('o-resident-head')
  })

  it('never reaches the cadre it names, nor the village supervision group', async () => {
    const { page, emu } = j
    await signInAs(page, emu.url, 'o-cadre-shizi')
    expect(JSON.stringify(emu.wire.db.collection('inbox').find({ openid: 'o-cadre-shizi' }))).not.toContain(TEXT.slice(0, 8))
    await open(page, emu.url, 'packages/panel/pages/complaints/index')
    await expectText(page, '.state-empty', '仅限评议小组成员使用')
    await signInAs(page, emu.url, 'o-panel-member')
    await open(page, emu.url, 'packages/panel/pages/complaints/index')
    await tap(page, '.filter-all')
    await visible(page, '.state-empty, .complaint-row').first().waitFor()
    expect(await visible(page, '.complaint-row').filter({ hasText: TEXT.slice(0, 10) }).count()).toBe(0)
  })

  it('is answered by the township', async () => {
    const { page, emu } = j
    await signInAs(page, emu.url, 'o-township-officer')
    await open(page, emu.url, 'pages/index/index')
    await tap(page, '.entry-township')
    await tap(page, '.btn-open-complaints')
    await visible(page, '.complaint-row').filter({ hasText: TEXT.slice(0, 10) }).first().click()
    await expectText(page, '.complaint-escalation', '直接交镇里办理')
    expect(await visible(page, '.complaint-author').count()).toBe(0)
    await acceptAndAnswer(page, ANSWER)
    await shot('township-answered')
  })

  it('is followed by its receipt after the app storage is cleared', async () => {
    const { page, emu } = j
    await signInAs(page, emu.url, 'o-resident-head')
    // Clearing the app's storage forgets the receipts kept on the phone.
    await page.evaluate(() => {
      localStorage.clear()
      localStorage.setItem('chengxin.demoOpenid', JSON.stringify({ data: 'o-resident-head' }))
      localStorage.setItem('chengxin.h5PrivacyAgreed', JSON.stringify({ data: true }))
    })
    await page.reload()
    await open(page, emu.url, 'pages/mine/index')
    await tap(page, '.link-complaints')
    await expectText(page, '.named-list', '还没有实名投诉')
    expect(await visible(page, '.anonymous-list').count()).toBe(0)
    await fill(page, '.receipt-input', receipt.toLowerCase().replace(/-/g, ' '))
    await tap(page, '.btn-follow-receipt')
    await expectText(page, '.kind-answer .event-text', ANSWER)
    await expectText(page, '.complaint-head .complaint-status', '已答复')
    await shot('followed-by-receipt')
  })
})
