// Journey: a named complaint goes to the village supervision group, is accepted and answered,
// rated 2 and reopened by its author, answered again and confirmed resolved.
import { useJourney } from './browser'
import { expect, expectText, fill, open, signInAs, tap, visible } from './steps'
import { acceptAndAnswer, fileComplaint, openOnWorkbench } from './complaint-steps'

const { j, shot } = useJourney('complaint-named')
const TEXT = '承诺去年修好的三组路灯到现在还没有修'
const WORKBENCH = 'packages/panel/pages/complaints/index'

async function openMine() {
  const { page, emu } = j
  await signInAs(page, emu.url, 'o-resident-neighbour')
  await open(page, emu.url, 'pages/mine/index')
  await tap(page, '.link-complaints')
  await visible(page, '.named-list .complaint-row').filter({ hasText: TEXT.slice(0, 10) }).first().click()
  await expectText(page, '.complaint-text', TEXT)
}

describe('a named complaint', () => {
  it('is filed by name', async () => {
    const { page, emu } = j
    await signInAs(page, emu.url, 'o-resident-neighbour')
    expect(await fileComplaint(page, emu.url, { category: 'promise', text: TEXT, anonymous: false })).toBeNull()
    await expectText(page, '.complaint-head .complaint-status', '待受理')
    await shot('filed')
  })

  it('is accepted and answered by the supervision group, who see the author', async () => {
    const { page, emu } = j
    await signInAs(page, emu.url, 'o-panel-member')
    await open(page, emu.url, 'pages/index/index')
    await tap(page, '.entry-panel')
    await tap(page, '.btn-open-complaints')
    await openOnWorkbench(page, emu.url, WORKBENCH, TEXT)
    await expectText(page, '.complaint-author', '投诉人')
    await acceptAndAnswer(page, '已报县供电所，月底前修好')
    await shot('answered')
  })

  it('is rated 2 and reopened by its author', async () => {
    const { page } = j
    await openMine()
    await expectText(page, '.kind-answer .event-text', '月底前修好')
    await tap(page, '.star-2')
    await fill(page, '.rate-comment', '答复太笼统')
    await tap(page, '.btn-rate-unresolved')
    await page.locator('.taro-model__confirm').click()
    await expectText(page, '.complaint-rating', '★★☆☆☆')
    await tap(page, '.btn-reopen')
    await fill(page, '.reopen-reason', '过了月底还是没有修')
    await tap(page, '.btn-reopen-confirm')
    await page.locator('.taro-model__confirm').click()
    await expectText(page, '.complaint-head .complaint-status', '办理中')
    await shot('reopened')
  })

  it('is answered again and confirmed resolved', async () => {
    const { page, emu } = j
    await signInAs(page, emu.url, 'o-panel-member')
    await openOnWorkbench(page, emu.url, WORKBENCH, TEXT)
    await acceptAndAnswer(page, '路灯已于今天修好，请核实')
    await openMine()
    await tap(page, '.star-5')
    await tap(page, '.btn-rate-resolved')
    await page.locator('.taro-model__confirm').click()
    await expectText(page, '.complaint-head .complaint-status', '已解决')
    await shot('resolved')
  })
})
