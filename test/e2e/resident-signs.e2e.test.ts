// Journey: a new resident redeems an invite, reads the commitment and signs it; the cadre
// countersigns; the resident sees both signatures.
import { useJourney } from './browser'
import { confirmModal, expect, expectText, open, pickIdentity, signInAs, visible } from './steps'

const { j, shot } = useJourney('resident-signs')

describe('resident signs, cadre countersigns', () => {
  it('binds a new WeChat identity with an invite code and the privacy consent', async () => {
    const { page, emu } = j
    await pickIdentity(page, emu.url, 'o-new-villager-1')
    await shot('unbound-home')
    await open(page, emu.url, 'pages/bind/index')
    await page.locator('.invite-code-input input, input.invite-code-input').first().fill('szhead23')
    await page.locator('.consent-checkbox').click()
    await shot('bind-filled')
    await page.locator('.btn-redeem').click()
    await page.waitForURL(/pages\/index\/index/)
    await expectText(page, '.greeting', '廖立新')
    await shot('bound-home')
    expect(emu.wire.db.collection('accounts').findOne({ _id: 'o-new-villager-1' })).toMatchObject({ householdId: 'h-shizi-003', isHead: true, privacyConsent: { version: expect.any(String) } })
  })

  it('shows both lists and signs after confirming', async () => {
    const { page, emu } = j
    await open(page, emu.url, 'pages/commitment/index')
    await expectText(page, '.items-village', '村务、财务每季度公开')
    await expectText(page, '.items-household', '遵守村规民约')
    await expectText(page, '.commitment-status', /^待户主签署$/)
    await shot('commitment-before-sign')
    await visible(page, '.btn-sign').click()
    await confirmModal(page, '确认签署')
    await visible(page, '.signature-household.signed').waitFor()
    await shot('commitment-signed')
    expect(emu.wire.db.collection('commitments').findOne({ _id: 'h-shizi-003:v1' })).toMatchObject({ status: 'awaiting-village', householdSignature: { openid: 'o-new-villager-1' } })
  })

  it('lets the cadre find it among those awaiting countersignature and countersign', async () => {
    const { page, emu } = j
    await signInAs(page, emu.url, 'o-cadre-shizi')
    await open(page, emu.url, 'packages/cadre/pages/commitments/index')
    const row = page.locator('.commitment-row[data-id="h-shizi-003:v1"]')
    await row.waitFor()
    await shot('cadre-awaiting-list')
    await row.click()
    await visible(page, '.btn-countersign').click()
    await confirmModal(page, '确认会签')
    await visible(page, '.signature-village.signed').waitFor()
    await shot('cadre-countersigned')
    expect(emu.wire.db.collection('commitments').findOne({ _id: 'h-shizi-003:v1' })?.status).toBe('complete')
  })

  it('shows the resident both signatures', async () => {
    const { page, emu } = j
    await signInAs(page, emu.url, 'o-new-villager-1')
    await open(page, emu.url, 'pages/commitment/index')
    await visible(page, '.signature-village.signed').waitFor()
    await expectText(page, '.signature-household', '廖立新')
    await expectText(page, '.commitment-status', /^双方已签署$/)
    await shot('resident-sees-both')
  })
})
