// Journey: a cadre adds a household and issues an invite; the head binds, consents, reads
// the village rules and signs; the cadre countersigns; a new template version makes the
// household due again.
import { useJourney } from './browser'
import { confirmModal, expect, expectText, fill, open, signInAs, tap, textOf, until, visible } from './steps'

const { j, shot } = useJourney('cadre-household')
let code = ''
let householdId = ''

describe('a new household from roster to signed commitment', () => {
  it('lets the cadre add a household and issue an invite with a code and a mini-program code', async () => {
    const { page, emu } = j
    await signInAs(page, emu.url, 'o-cadre-shizi')
    await tap(page, '.entry-cadre')
    await visible(page, '.tile-households').click()
    await tap(page, '.btn-add-household')
    await fill(page, '.household-label-input', '周春生户')
    await tap(page, '.group-select .group-option[data-id="v-shizi-g2"]')
    await fill(page, '.member-name-input', '周春生')
    await fill(page, '.member-relation-input', '户主')
    await shot('household-form')
    await tap(page, '.btn-save-household')
    await visible(page, '.household-label').waitFor()
    await expectText(page, '.household-label', '周春生户')
    const stored = emu.wire.db.collection('households').findOne({ label: '周春生户' })
    expect(stored).toMatchObject({ villageId: 'v-shizi', groupId: 'v-shizi-g2', members: [{ name: '周春生', isHead: true }] })
    householdId = stored!._id
    await tap(page, '.btn-invite')
    await page.locator('.taro-model__confirm').click()
    code = await textOf(page, '.invite-code')
    expect(code.replace(/\s/g, '')).toMatch(/^[2-9A-HJ-NP-Z]{8}$/)
    code = code.replace(/\s/g, '')
    await shot('invite-issued')
    expect(emu.wire.openapi.calls.some((c) => c.apiName === 'wxacode.getUnlimited' && c.data.scene === code)).toBe(true)
  })

  it('binds the head with the code and the privacy consent', async () => {
    const { page, emu } = j
    await signInAs(page, emu.url, 'o-new-villager-2')
    await open(page, emu.url, 'pages/bind/index')
    await fill(page, '.invite-code-input', code)
    await tap(page, '.consent-checkbox')
    await tap(page, '.btn-redeem')
    await page.waitForURL(/pages\/index\/index/)
    await expectText(page, '.greeting', '周春生')
    expect(emu.wire.db.collection('accounts').findOne({ _id: 'o-new-villager-2' })).toMatchObject({ householdId, isHead: true, privacyConsent: { version: expect.any(String) } })
  })

  it('lets the head read the village rules before signing', async () => {
    const { page, emu } = j
    await tap(page, '.docs-card')
    await visible(page, '.kind-village-rules').waitFor()
    await shot('documents')
    await visible(page, '.kind-village-rules .doc-row.doc-adopted').click()
    await expectText(page, '.doc-text', /第一条/)
    await shot('village-rules')
    void emu
  })

  it('signs the commitment issued to the new household, and the cadre countersigns', async () => {
    const { page, emu } = j
    await open(page, emu.url, 'pages/commitment/index')
    await expectText(page, '.commitment-status', /^待户主签署$/)
    await visible(page, '.btn-sign').click()
    await confirmModal(page, '确认签署')
    await visible(page, '.signature-household.signed').waitFor()
    await signInAs(page, emu.url, 'o-cadre-shizi')
    await open(page, emu.url, 'packages/cadre/pages/commitments/index')
    await visible(page, `.commitment-row[data-id="${householdId}:v1"]`).click()
    await visible(page, '.btn-countersign').click()
    await confirmModal(page, '确认会签')
    await visible(page, '.signature-village.signed').waitFor()
    expect(emu.wire.db.collection('commitments').findOne({ _id: `${householdId}:v1` })?.status).toBe('complete')
  })

  it('makes the household due again when the cadre publishes a new template version', async () => {
    const { page, emu } = j
    await open(page, emu.url, 'packages/cadre/pages/template/index')
    await tap(page, '.btn-edit-template')
    await fill(page, '.template-title-input', '2027年度双诚信双承诺书')
    await shot('template-edit')
    await tap(page, '.btn-publish-template')
    await expect(page.locator('.taro-model__content, .taro-modal__content').first().innerText()).resolves.toContain('发布后全村各户需要重新签署')
    await page.locator('.taro-model__confirm').click()
    await until(() => emu.wire.db.collection('commitments').findOne({ _id: `${householdId}:v1` })?.status === 'superseded', 'v1 superseded')
    expect(emu.wire.db.collection('commitment_templates').count({ villageId: 'v-shizi' })).toBe(2)

    await signInAs(page, emu.url, 'o-new-villager-2')
    await open(page, emu.url, 'pages/commitment/index')
    await expectText(page, '.commitment-title', /^2027年度双诚信双承诺书$/)
    await expectText(page, '.commitment-status', /^待户主签署$/)
    await visible(page, '.btn-sign').waitFor()
    await shot('due-again')
  })
})
