import { fireEvent, render, waitFor } from '@testing-library/react'
import { taroMock } from '../../../test-mocks/taro'
import { installFakeBackend, makeMe } from '../../../test-mocks/fake-backend'
import { installCheckup, installDevices, makeSite } from '../../../test-mocks/fake-checkup'
import { resetSession } from '../../stores/session'
import SavingsPage from './pages/savings/index'
import SitesPage from './pages/sites/index'
import SiteEditPage from './pages/site-edit/index'
import TownshipSlotOpenPage from './pages/slot-open/index'
import { parseAssumptions } from './components/assumptions-form'

const officer = makeMe({ name: '周干事', roles: ['township'], village: null, household: null })
const q = (sel: string) => document.querySelector(sel) as HTMLElement
const all = (sel: string) => Array.from(document.querySelectorAll(sel)) as HTMLElement[]
const type = (sel: string, value: string) => fireEvent.change(q(sel), { target: { value } })
const last = (be: ReturnType<typeof installFakeBackend>, action: string) => [...be.requests].reverse().find((r) => r.action === action)

function setup() {
  const be = installFakeBackend({ me: officer })
  // The township's clinic as the officer's pages name and map it.
  const state = installCheckup(be, { sites: [makeSite({ name: '镇卫生院', address: '十字镇人民路1号', location: { latitude: 30.1, longitude: 112.2 } })] })
  const devices = installDevices()
  be.handlers['commitment.stats'] = () => ({
    scope: 'township', title: '十字镇',
    rows: [{ id: 'v1', name: '十字村', due: 29, signed: 20, complete: 10, rate: 0.7 }, { id: 'v2', name: '百子村', due: 20, signed: 5, complete: 5, rate: 0.25 }],
    total: { id: 'total', name: '合计', due: 49, signed: 25, complete: 15, rate: 0.5 },
  })
  return { be, state, devices }
}

beforeEach(() => {
  taroMock.reset()
  resetSession()
})

describe('节约测算', () => {
  it('shows the figures with the formula and the assumptions', async () => {
    setup()
    render(<SavingsPage />)
    await waitFor(() => expect(q('.savings-total')).not.toBeNull())
    // 10 trips × 200 元 + 100 household-rounds × round(300000 / 1221) fen
    expect(q('.savings-total').textContent).toBe('2246 元')
    expect(q('.savings-trips').textContent).toContain('免去往返 10 次')
    expect(q('.savings-rounds').textContent).toContain('减少检查 100 户次')
    expect(q('.formula-trips').textContent).toBe('免去往返 10 次 × 200 元')
    expect(q('.assumption-round').textContent).toBe('每村每轮检查费用：3000 元')
    expect(q('.assumption-updated').textContent).toBe('项目报告的默认口径，尚未修改')
    expect(all('.savings-village')).toHaveLength(1)
  })

  it('edits the assumptions in yuan, stores them in fen and recalculates', async () => {
    const { be, state } = setup()
    render(<SavingsPage />)
    await waitFor(() => expect(q('.btn-edit-assumptions')).not.toBeNull())
    fireEvent.click(q('.btn-edit-assumptions'))
    expect((q('.per-village-round-input input') as HTMLInputElement).value).toBe('3000')
    type('.per-village-round-input input', '2500.5')
    type('.households-per-village-input input', '0')
    expect(q('.form-hint').textContent).toBe('村均户数应为 1–100000 的整数')
    expect(q('.btn-save-assumptions').className).toContain('is-disabled')
    type('.households-per-village-input input', '1000')
    type('.per-trip-input input', '150.123')
    expect(q('.form-hint').textContent).toContain('每次往返费用')
    type('.per-trip-input input', '150')

    fireEvent.click(q('.btn-save-assumptions'))
    await waitFor(() => expect(q('.btn-edit-assumptions')).not.toBeNull())
    expect(taroMock.modals[0].content).toContain('每村每轮 2500.5 元、村均 1000 户、每次往返 150 元')
    expect(last(be, 'savings.assumptions.update')!.input).toEqual({ perVillageRoundFen: 250050, householdsPerVillage: 1000, perTripFen: 15000 })
    expect(state.assumptions.perTripFen).toBe(15000)
    await waitFor(() => expect(q('.assumption-trip').textContent).toBe('回乡检查一次：150 元'))
    expect(q('.assumption-updated').textContent).toContain('周干事')
  })

  it('reads amounts the way people type them', () => {
    expect(parseAssumptions('3000', '1221', '200')).toEqual({ perVillageRoundFen: 300000, householdsPerVillage: 1221, perTripFen: 20000 })
    expect(parseAssumptions(' 0.5 ', '1', '0')).toEqual({ perVillageRoundFen: 50, householdsPerVillage: 1, perTripFen: 0 })
    expect(parseAssumptions('-1', '1', '0')).toContain('每村每轮费用')
    expect(parseAssumptions('3,000', '1', '0')).toContain('每村每轮费用')
  })
})

describe('检查点', () => {
  it('adds a site with its location and shows it on the map', async () => {
    const { be, state, devices } = setup()
    render(<SiteEditPage />)
    await waitFor(() => expect(q('.form-hint')).not.toBeNull())
    expect(q('.form-hint').textContent).toBe('请填写检查点名称')
    type('.site-name-input input', '百子村卫生室')
    type('.site-address-input input', '百子村村委会旁')
    type('.site-latitude-input input', '30.5')
    expect(q('.form-hint').textContent).toBe('纬度和经度要一起填写，或都不填')
    type('.site-longitude-input input', '200')
    expect(q('.form-hint').textContent).toContain('经度应为 -180 到 180')
    type('.site-longitude-input input', '112.25')
    fireEvent.click(q('.btn-preview-location'))
    expect(devices.locations).toEqual([expect.objectContaining({ latitude: 30.5, longitude: 112.25, name: '百子村卫生室' })])

    fireEvent.click(q('.btn-save-site'))
    await waitFor(() => expect(taroMock.navigations).toEqual(['back']))
    expect(taroMock.modals[0].content).toContain('新增“百子村卫生室”（百子村村委会旁）')
    expect(last(be, 'site.create')!.input).toEqual({ name: '百子村卫生室', address: '百子村村委会旁', location: { latitude: 30.5, longitude: 112.25 } })
    expect(state.sites).toHaveLength(2)
  })

  it('lists sites, opens one on the map and takes one out of use', async () => {
    const { be, state, devices } = setup()
    render(<SitesPage />)
    await waitFor(() => expect(all('.site-row')).toHaveLength(1))
    expect(q('.site-status').textContent).toBe('在用')
    fireEvent.click(q('.btn-open-location'))
    expect(devices.locations[0]).toMatchObject({ latitude: 30.1, longitude: 112.2 })
    fireEvent.click(q('.btn-edit-site'))
    expect(taroMock.navigations).toEqual(['/packages/township/pages/site-edit/index?id=site-1'])

    taroMock.routerParams = { id: 'site-1' }
    render(<SiteEditPage />)
    await waitFor(() => expect(q('.btn-deactivate-site')).not.toBeNull())
    expect((q('.site-name-input input') as HTMLInputElement).value).toBe('镇卫生院')
    fireEvent.click(q('.btn-deactivate-site'))
    await waitFor(() => expect(state.sites[0].active).toBe(false))
    expect(taroMock.modals[0].content).toContain('不能再在这里开放新的时段')
    expect(last(be, 'site.update')!.input).toEqual({ siteId: 'site-1', active: false })
  })
})

describe('为各村开放检查时段', () => {
  it('opens a slot for the chosen villages with the shared slot form', async () => {
    const { be } = setup()
    render(<TownshipSlotOpenPage />)
    await waitFor(() => expect(all('.slot-village-option')).toHaveLength(2))
    await waitFor(() => expect(q('.site-option')).not.toBeNull())
    fireEvent.click(q('.site-option'))
    fireEvent.click(q('.slot-village-option[data-id="v2"]'))
    fireEvent.click(q('.kind-single'))
    fireEvent.click(q('.btn-open-slots'))
    await waitFor(() => expect(q('.slots-opened')).not.toBeNull())
    expect(taroMock.modals[0].content).toContain('为百子村开放 1 个检查时段')
    expect(last(be, 'slot.open')!.input).toMatchObject({ kind: 'single', siteId: 'site-1', villageIds: ['v2'] })
    expect(q('.slots-opened').textContent).toContain('已开放 1 个时段')
  })
})
