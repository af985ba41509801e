// Journey on the BUILT mini-program (client/dist) in miniprogram-simulate, its wx.cloud served
// by the emulator: a new WeChat user binds with the village's code and the privacy consent,
// reads both sides' promises and signs.
import { useWeapp } from './support/weapp'

const w = useWeapp('o-new-villager-1')

describe('a new resident on the weapp build', () => {
  it('binds with an invite code and the privacy consent, and is sent home', async () => {
    const bind = w.open('pages/bind/index')
    await bind.find('.btn-redeem.is-disabled') // nothing to send yet
    await bind.input('.invite-code-input', 'szhead23')
    await bind.tap('.consent-checkbox')
    await bind.find('.consent-checkbox.checked')
    const before = w.log.navigations.length
    await bind.tap('.btn-redeem')
    expect(await w.navigatedTo(before)).toBe('/pages/index/index')
    expect(w.log.toasts).toContain('绑定成功')
    expect(w.emu.wire.db.collection('accounts').findOne({ _id: 'o-new-villager-1' })).toMatchObject({
      householdId: 'h-shizi-003', isHead: true, roles: ['resident'], privacyConsent: { version: expect.any(String) },
    })
  })

  it('greets the bound resident by name on 首页', async () => {
    const home = w.open('pages/index/index')
    await home.find('.greeting', '廖立新')
  })

  it('shows both lists, asks before signing, and signs', async () => {
    const page = w.open('pages/commitment/index')
    await page.find('.items-village', '村务、财务每季度公开')
    await page.find('.items-household', '遵守村规民约')
    await page.find('.commitment-status', '待户主签署')
    const modals = w.log.modals.length
    await page.tap('.btn-sign')
    await page.find('.signature-household.signed')
    expect(w.log.modals[modals]?.title).toBe('签署承诺书')
    expect(w.emu.wire.db.collection('commitments').findOne({ _id: 'h-shizi-003:v1' })).toMatchObject({
      status: 'awaiting-village', householdSignature: { openid: 'o-new-villager-1' },
    })
    expect(w.errors).toEqual([])
  })
})
