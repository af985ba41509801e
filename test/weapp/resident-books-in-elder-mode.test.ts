// Journey on the BUILT mini-program (client/dist) in miniprogram-simulate, its wx.cloud served
// by the emulator: a resident turns elder mode on in 我的, then books a check-up slot for a
// member of the household and sees the booking's check-in code — every page in elder mode,
// and the tab bar (the app's own, custom-tab-bar/) grows with them.
import fs from 'fs'
import path from 'path'
import { dist, useWeapp } from './support/weapp'

const w = useWeapp('o-resident-head')
const root = (page: { all(s: string): Element[] }) => page.all('.page')[0]

describe('a resident on the weapp build, in elder mode', () => {
  it('turns elder mode on in 我的, and keeps the choice', async () => {
    const mine = w.open('pages/mine/index')
    await mine.find('.elder-switch.off')
    expect(mine.has(root(mine), 'elder')).toBe(false)
    await mine.tap('.elder-row')
    await mine.find('.elder-switch.on')
    expect(mine.has(root(mine), 'elder')).toBe(true)
    expect(w.storage()('chengxin.elderMode')).toBe(true)
  })

  it('shows the tab bar in elder mode over 我的, and switches tabs from it', async () => {
    const bar = w.open('custom-tab-bar/index', { component: true })
    await bar.find('.tab-bar.elder')
    expect(bar.all('.tab-item').map((e) => e.textContent)).toEqual(['首页', '承诺', '预约', '我的'])
    expect(bar.all('.tab-item.on').map((e) => e.textContent)).toEqual(['我的'])
    const before = w.log.navigations.length
    await bar.tap('.tab-item', '预约')
    expect(await w.navigatedTo(before)).toBe('/pages/booking/index')
    await bar.find('.tab-item.on', '预约')
  })

  it('sizes the tab bar by the elder rules in the built stylesheet (≥ 24 px text, ≥ 60 px targets)', () => {
    // rpx: 750 across the phone, so at 375 CSS px wide 1 CSS px = 2 rpx (larger phones only grow).
    const wxss = fs.readFileSync(path.join(dist, 'custom-tab-bar/index.wxss'), 'utf8')
    const rpx = (selector: string, prop: string) => {
      const rule = new RegExp(`${selector.replace(/\./g, '\\.')}\\{([^}]*)\\}`).exec(wxss)
      const value = rule && new RegExp(`(?:^|;)${prop}:(\\d+)rpx`).exec(rule[1])
      if (!value) throw new Error(`${selector} { ${prop} } is not in custom-tab-bar/index.wxss`)
      return Number(value[1])
    }
    expect(rpx('.tab-bar.elder .tab-label', 'font-size') / 2).toBeGreaterThanOrEqual(24)
    expect(rpx('.tab-bar.elder .tab-item', 'min-height') / 2).toBeGreaterThanOrEqual(60)
    expect(750 / 4 / 2).toBeGreaterThanOrEqual(60) // four items share the width
    expect(rpx('.tab-bar.elder .tab-badge', 'font-size') / 2).toBeGreaterThanOrEqual(24)
    expect(rpx('.tab-item', 'min-height') / 2).toBeGreaterThanOrEqual(44)
    expect(rpx('.tab-label', 'font-size') / 2).toBeLessThan(24) // normal mode stays WeChat's size
  })

  it('books an open slot for a household member and shows its check-in code', async () => {
    const slots = w.open('packages/resident/pages/slots/index')
    await slots.find('.slot-row', /剩 \d+ 个/)
    expect(slots.has(root(slots), 'elder')).toBe(true)
    await slots.tap('.slot-row', /剩 \d+ 个/)
    await slots.find('.member-option')
    const member = slots.all('.member-option').find((e) => !slots.has(e, 'is-disabled'))
    expect(member).toBeTruthy()
    await slots.tap(member!)
    await slots.find('.member-option.selected')
    const before = w.log.navigations.length
    const modals = w.log.modals.length
    await slots.tap('.btn-confirm-book')
    const url = await w.navigatedTo(before)
    expect(w.log.modals[modals]?.title).toBe('确认预约')
    const id = decodeURIComponent(/[?&]id=([^&]+)/.exec(url)![1])
    const stored = w.emu.wire.db.collection('bookings').findOne({ _id: id })!
    expect(stored).toMatchObject({ householdId: 'h-shizi-001', status: 'booked', code: expect.stringMatching(/^[2-9A-Z]{8}$/) })

    const booking = w.open(url.replace(/^\//, ''))
    await booking.find('.booking-code', stored.code as string)
    expect(booking.has(root(booking), 'elder')).toBe(true)
    expect(w.errors).toEqual([])
  })
})
