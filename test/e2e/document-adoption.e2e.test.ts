// Journey: a document goes through public notice to adoption: the cadre drafts and
// publishes it, a resident comments during the notice, the notice ends, the cadre records
// the assembly's vote, and residents read the adopted version.
import { useJourney } from './browser'
import { expect, expectText, fill, open, signInAs, tap, until, visible } from './steps'

const { j, shot } = useJourney('document-adoption')
const TITLE = '十字村诚信管理标准'
let id = ''

describe('a village document from draft to adoption', () => {
  it('lets the cadre draft a document and put it on public notice', async () => {
    const { page, emu } = j
    await signInAs(page, emu.url, 'o-cadre-shizi')
    await open(page, emu.url, 'packages/cadre/pages/document-edit/index?kind=integrity-standards')
    await fill(page, '.document-title-input', TITLE)
    await fill(page, '.document-body-input', '第一条 守信农户按季度评议。\n第二条 评议结果张榜公示。')
    await tap(page, '.btn-save-draft')
    await visible(page, '.btn-publish-document').waitFor()
    id = emu.wire.db.collection('village_documents').findOne({ villageId: 'v-shizi', title: TITLE })!._id
    await fill(page, '.notice-days-input', '3')
    await shot('draft')
    await tap(page, '.btn-publish-document')
    await page.locator('.taro-model__confirm').click()
    await until(() => emu.wire.db.collection('village_documents').findOne({ _id: id })?.status === 'notice', 'on notice')
    expect(emu.wire.db.collection('village_documents').findOne({ _id: id })).toMatchObject({ kind: 'integrity-standards', notice: { days: 3 } })
  })

  it('lets a resident read it on notice and comment', async () => {
    const { page, emu } = j
    await signInAs(page, emu.url, 'o-resident-head')
    await open(page, emu.url, `packages/resident/pages/document/index?id=${id}`)
    await expectText(page, '.doc-title', TITLE)
    await fill(page, '.comment-input', '建议评议结果也在小程序里公示。')
    await tap(page, '.btn-comment')
    await page.locator('.taro-model__confirm').click()
    await expectText(page, '.my-comment', '建议评议结果也在小程序里公示')
    await shot('comment')
  })

  it('records the vote after the notice ends and residents read the adopted version', async () => {
    const { page, emu } = j
    // Three days pass: move the notice into the past (the emulator's data, as a clock would).
    const doc = emu.wire.db.collection('village_documents').findOne({ _id: id })!
    const day = 86400000
    emu.wire.db.collection('village_documents').remove({ _id: id })
    emu.wire.db.collection('village_documents').insertOne({ ...doc, notice: { ...(doc.notice as object), startsAt: new Date(Date.now() - 4 * day), endsAt: new Date(Date.now() - day) } })

    await signInAs(page, emu.url, 'o-cadre-shizi')
    await open(page, emu.url, `packages/cadre/pages/document/index?id=${id}`)
    await expectText(page, '.document-comments', '建议评议结果也在小程序里公示')
    await fill(page, '.votes-for-input', '132')
    await fill(page, '.votes-against-input', '4')
    await fill(page, '.votes-abstain-input', '6')
    await expectText(page, '.adopt-outcome', '通过')
    await shot('vote')
    await tap(page, '.btn-adopt')
    await page.locator('.taro-model__confirm').click()
    await until(() => emu.wire.db.collection('village_documents').findOne({ _id: id })?.status === 'adopted', 'adopted')
    expect(emu.wire.db.collection('village_documents').findOne({ _id: id })?.vote).toMatchObject({ for: 132, against: 4, abstain: 6, outcome: 'adopted' })
    expect(emu.wire.db.collection('document_comments').count({ documentId: id })).toBe(1)

    await signInAs(page, emu.url, 'o-resident-spouse')
    await open(page, emu.url, 'packages/resident/pages/documents/index')
    await visible(page, `.doc-row.doc-adopted[data-id="${id}"]`).waitFor()
    await shot('adopted')
  })
})
