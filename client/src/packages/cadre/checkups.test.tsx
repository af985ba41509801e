import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { addDays } from '@chengxin/shared/src/domain/checkup-slots'
import { taroMock } from '../../../test-mocks/taro'
import { installFakeBackend, makeMe } from '../../../test-mocks/fake-backend'
import type { ProofView } from '@chengxin/shared/src/api'
import { installCheckup, installDevices, makeBooking, makeDue, makeProof, makeSite, makeSlot } from '../../../test-mocks/fake-checkup'
import { resetSession } from '../../stores/session'
import { todayInBeijing } from '../../components/checkup-admin-labels'
import SlotOpenPage from './pages/slot-open/index'
import SlotsPage from './pages/slots/index'
import SlotPage from './pages/slot/index'
import DuePage from './pages/due/index'
import { codeFrom } from './components/check-in'
import ProofsPage from './pages/proofs/index'
import ProofPage from './pages/proof/index'

const cadre = makeMe({ name: '李村专干', roles: ['resident', 'cadre'] })
const today = todayInBeijing()
const q = (sel: string) => document.querySelector(sel) as HTMLElement
const all = (sel: string) => Array.from(document.querySelectorAll(sel)) as HTMLElement[]
const type = (sel: string, value: string) => fireEvent.change(q(sel), { target: { value } })
const last = (be: ReturnType<typeof installFakeBackend>, action: string) => [...be.requests].reverse().find((r) => r.action === action)

/** A proof from 王小芳, who works in Dongguan, as the village's queue shows it. */
const dongguan = (over: Partial<ProofView> = {}) => makeProof({
  memberId: 'm2', memberName: '王小芳', city: '东莞', clinicName: '东莞市长安镇社区卫生服务中心', checkupDay: '2026-11-10',
  submittedAt: '2026-11-12T02:00:00.000Z', photoUrl: 'https://tmp.example/p1.jpg', ...over,
})

/** The village with the township's clinic and no slots or bookings yet, unless `init` brings some. */
function setup(init: Parameters<typeof installCheckup>[1] = {}) {
  const be = installFakeBackend({ me: cadre })
  const state = installCheckup(be, { sites: [makeSite({ name: '镇卫生院' })], slots: [], bookings: [], ...init })
  const devices = installDevices()
  return { be, state, devices }
}

beforeEach(() => {
  taroMock.reset()
  resetSession()
})

describe('开放检查时段', () => {
  it('opens a weekly pattern after showing how many slots it will create', async () => {
    const { be, state } = setup()
    render(<SlotOpenPage />)
    await waitFor(() => expect(q('.site-option')).not.toBeNull())
    expect(q('.slot-form-hint').textContent).toBe('请选择检查点')
    expect(q('.btn-open-slots').className).toContain('is-disabled')

    fireEvent.click(q('.site-option'))
    const from = addDays(today, 1)
    type('.slot-from-input input', from)
    type('.slot-to-input input', addDays(from, 13))
    expect(q('.slot-form-hint').textContent).toBe('请选择星期')
    fireEvent.click(q('.weekday-2'))
    fireEvent.click(q('.weekday-4'))
    fireEvent.click(q('.btn-add-time'))
    type('.capacity-input input', '15')
    // Two weeks × (Tuesday, Thursday) × (morning, afternoon)
    expect(q('.slot-count').textContent).toBe('将开放 8 个时段')

    taroMock.modalConfirm = false
    fireEvent.click(q('.btn-open-slots'))
    await waitFor(() => expect(taroMock.modals).toHaveLength(1))
    expect(taroMock.modals[0].title).toBe('开放 8 个时段')
    expect(taroMock.modals[0].content).toContain('在镇卫生院为本村开放 8 个检查时段')
    expect(taroMock.modals[0].content).toContain('每周二、周四 09:00–11:30、14:00–16:30')
    expect(be.requests.some((r) => r.action === 'slot.open')).toBe(false)

    taroMock.modalConfirm = true
    fireEvent.click(q('.btn-open-slots'))
    await waitFor(() => expect(taroMock.navigations).toEqual(['back']))
    expect(last(be, 'slot.open')!.input).toEqual({
      kind: 'weekly', siteId: 'site-1', from, to: addDays(from, 13), weekdays: [2, 4],
      times: [{ start: '09:00', end: '11:30' }, { start: '14:00', end: '16:30' }], capacity: 15,
    })
    expect(state.slots).toHaveLength(8)
  })

  it('explains what is wrong before anything is sent', async () => {
    setup()
    render(<SlotOpenPage />)
    await waitFor(() => expect(q('.site-option')).not.toBeNull())
    fireEvent.click(q('.site-option'))
    fireEvent.click(q('.weekday-1'))
    type('.slot-to-input input', addDays(today, 200))
    expect(q('.slot-form-hint').textContent).toBe('一次最多安排三个月')
    type('.slot-to-input input', addDays(today, 28))
    type('.time-end-input input', '08:00')
    expect(q('.slot-form-hint').textContent).toBe('结束时间应晚于开始时间')
    type('.time-end-input input', '10:00')
    type('.capacity-input input', '0')
    expect(q('.slot-form-hint').textContent).toBe('名额至少1个') // the schema's own words
  })

  it('opens one slot on a day', async () => {
    const { be } = setup()
    render(<SlotOpenPage />)
    await waitFor(() => expect(q('.site-option')).not.toBeNull())
    fireEvent.click(q('.site-option'))
    fireEvent.click(q('.kind-single'))
    type('.slot-day-input input', addDays(today, 3))
    expect(q('.slot-count').textContent).toBe('将开放 1 个时段')
    fireEvent.click(q('.btn-open-slots'))
    await waitFor(() => expect(last(be, 'slot.open')).toBeDefined())
    expect(last(be, 'slot.open')!.input).toEqual({ kind: 'single', siteId: 'site-1', day: addDays(today, 3), start: '09:00', end: '11:30', capacity: 20 })
  })
})

describe('检查时段', () => {
  it('lists the slots by day with places taken and status', async () => {
    setup({ slots: [
      makeSlot({ id: 's1', day: today, taken: 12 }),
      makeSlot({ id: 's2', day: today, start: '14:00', end: '16:30' }),
      makeSlot({ id: 's3', day: addDays(today, 1), status: 'closed', closedReason: '设备检修' }),
    ] })
    render(<SlotsPage />)
    await waitFor(() => expect(all('.slot-row')).toHaveLength(3))
    expect(all('.slot-day-group')).toHaveLength(2)
    expect(q('.slot-row[data-id="s1"] .slot-taken').textContent).toBe('已约 12/20')
    expect(q('.slot-row[data-id="s3"] .slot-status').textContent).toBe('已关闭')
    expect(q('.slot-row[data-id="s3"] .slot-taken').textContent).toContain('设备检修')
    fireEvent.click(q('.filter-closed'))
    await waitFor(() => expect(all('.slot-row')).toHaveLength(1))
    fireEvent.click(q('.slot-row'))
    expect(taroMock.navigations).toEqual(['/packages/cadre/pages/slot/index?id=s3'])
  })
})

describe('检查签到', () => {
  type Row = { id: string; name: string; code: string }
  const booking = (id: string, name: string, code: string): Row => ({ id, name, code })

  /** Slot s1 on `on` (today by default) with these members of the village booked on it. */
  function day(rows: Row[], on = today) {
    const slot = makeSlot({ id: 's1', day: on, taken: rows.length })
    const bookings = rows.map((r) => makeBooking(slot, { id: r.id.split('#')[1], name: r.name }, { id: r.id, code: r.code }))
    const env = setup({ slots: [slot], bookings })
    taroMock.routerParams = { id: 's1' }
    render(<SlotPage />)
    return env
  }

  it('marks members 已到 and 未到 (the latter confirmed) and says only attendance is recorded', async () => {
    const { be, state } = day([booking('slot-1#b1', '王小芳', 'AB3D5F7H'), booking('slot-1#b2', '李秀英', 'CD4E6G8J')])
    await waitFor(() => expect(all('.booking-row')).toHaveLength(2))
    expect(q('.attendance-note').textContent).toContain('只登记村民是否到场')
    expect(q('.attendance-note').textContent).toContain('不记录任何检查内容')

    fireEvent.click(q('.booking-row[data-id="slot-1#b1"] .btn-attended'))
    await waitFor(() => expect(q('.booking-row[data-id="slot-1#b1"] .booking-status').textContent).toBe('已到场'))
    expect(taroMock.modals).toHaveLength(0)
    expect(last(be, 'attendance.mark')!.input).toEqual({ bookingId: 'slot-1#b1', outcome: 'attended' })

    fireEvent.click(q('.booking-row[data-id="slot-1#b2"] .btn-no-show'))
    await waitFor(() => expect(q('.booking-row[data-id="slot-1#b2"] .booking-status').textContent).toBe('未到场'))
    expect(taroMock.modals[0].content).toContain('李秀英 未到场')
    expect(state.bookings.map((b) => b.status)).toEqual(['attended', 'no-show'])
    // A mistaken mark can be corrected.
    expect(q('.booking-row[data-id="slot-1#b2"] .btn-attended').textContent).toBe('改为已到')
  })

  it('checks a member in by the code they show', async () => {
    const { be, state } = day([booking('slot-1#b1', '王小芳', 'AB3D5F7H')])
    await waitFor(() => expect(all('.booking-row')).toHaveLength(1))
    expect(q('.btn-checkin-code').className).toContain('is-disabled')
    type('.checkin-code-input input', 'ab3d5f7h')
    fireEvent.click(q('.btn-checkin-code'))
    await waitFor(() => expect(q('.checkin-result').textContent).toContain('王小芳 已登记到场'))
    expect(last(be, 'attendance.mark')!.input).toEqual({ code: 'AB3D5F7H', outcome: 'attended' })
    expect(q('.booking-row .booking-status').textContent).toBe('已到场')
    expect(state.bookings[0].status).toBe('attended')
  })

  it('checks a member in by scanning their booking QR code', async () => {
    const { devices } = day([booking('slot-1#b1', '王小芳', 'AB3D5F7H')])
    await waitFor(() => expect(q('.btn-scan')).not.toBeNull())
    devices.scanResult = 'AB3D5F7H'
    fireEvent.click(q('.btn-scan'))
    await waitFor(() => expect(q('.checkin-result').textContent).toContain('王小芳 已登记到场'))
    expect(devices.scans).toBe(1)
  })

  it('tells the cadre when a code is not found', async () => {
    day([booking('slot-1#b1', '王小芳', 'AB3D5F7H')])
    await waitFor(() => expect(all('.booking-row')).toHaveLength(1))
    type('.checkin-code-input input', 'ZZZZZZZZ')
    fireEvent.click(q('.btn-checkin-code'))
    expect(await screen.findByText('没有找到这条记录')).toBeTruthy()
  })

  it('closes the slot with a reason after warning that booked residents are told', async () => {
    const { be, state } = day([booking('slot-1#b1', '王小芳', 'AB3D5F7H')])
    await waitFor(() => expect(q('.btn-close-slot')).not.toBeNull())
    fireEvent.click(q('.btn-close-slot'))
    expect(q('.btn-close-confirm').className).toContain('is-disabled')
    type('.reason-close textarea', '设备检修')
    fireEvent.click(q('.btn-close-confirm'))
    await waitFor(() => expect(q('.slot-closed-result').textContent).toBe('已关闭：取消了 1 个预约，已通知 1 户'))
    expect(taroMock.modals[0].content).toContain('已预约的村民会收到通知')
    expect(last(be, 'slot.close')!.input).toEqual({ slotId: 's1', reason: '设备检修' })
    expect(state.slots[0].status).toBe('closed')
    await waitFor(() => expect(q('.btn-close-slot')).toBeNull())
  })

  it('waits for the day of the slot before marking', async () => {
    day([booking('slot-1#b1', '王小芳', 'AB3D5F7H')], addDays(today, 2))
    await waitFor(() => expect(all('.booking-row')).toHaveLength(1))
    expect(q('.mark-wait').textContent).toBe('检查当天才能登记到场。')
    expect(q('.btn-attended')).toBeNull()
    expect(q('.check-in')).toBeNull()
  })
})

describe('待检和逾期', () => {
  it('filters by status and group, pages, and exports the list to Excel', async () => {
    const due = Array.from({ length: 25 }, (_, i) => makeDue(i + 1, i === 2 ? { overdue: ['2026P3'], dueNow: false } : {}))
    const { be, devices } = setup({ due })
    render(<DuePage />)
    await waitFor(() => expect(all('.due-row')).toHaveLength(20))
    expect(q('.due-total').textContent).toContain('全村待检和逾期的 25 户')
    fireEvent.click(q('.btn-load-more'))
    await waitFor(() => expect(all('.due-row')).toHaveLength(25))
    expect(q('.list-end')).not.toBeNull()

    fireEvent.click(q('.filter-overdue'))
    await waitFor(() => expect(all('.due-row')).toHaveLength(1))
    expect(q('.due-row[data-id="h3"] .due-overdue').textContent).toBe('逾期 第3季度')
    fireEvent.click(q('.filter-due'))
    fireEvent.click(q('.group-option[data-id="g2"]'))
    await waitFor(() => expect(all('.due-row')).toHaveLength(12))
    expect(last(be, 'due.list')!.input).toEqual({ status: 'due', groupId: 'g2', offset: 0, limit: 20 })

    fireEvent.click(q('.btn-export'))
    await waitFor(() => expect(devices.opened).toHaveLength(1))
    expect(last(be, 'due.export')!.input).toEqual({ groupId: 'g2', status: 'due' })
    expect(devices.downloads).toEqual(['https://tmp.example/due.xlsx'])
    expect(devices.opened[0]).toMatchObject({ filePath: 'wxfile://temp/due.xlsx', fileType: 'xlsx' })
    expect(q('.export-result').textContent).toContain('已导出 12 户')
  })
})

describe('异地检查证明', () => {
  it('verifies a pending proof after a confirmation and previews the photo', async () => {
    const { be, state, devices } = setup({ proofs: [dongguan(), dongguan({ id: 'p0', status: 'verified' })] })
    render(<ProofsPage />)
    await waitFor(() => expect(all('.proof-row')).toHaveLength(1))
    fireEvent.click(q('.proof-row'))
    expect(taroMock.navigations).toEqual(['/packages/cadre/pages/proof/index?id=p1'])

    taroMock.routerParams = { id: 'p1' }
    render(<ProofPage />)
    await waitFor(() => expect(q('.proof-clinic')).not.toBeNull())
    expect(q('.proof-clinic').textContent).toContain('东莞市长安镇社区卫生服务中心')
    expect(q('.proof-day').textContent).toContain('2026-11-10')
    fireEvent.click(q('.proof-photo'))
    expect(devices.previews).toEqual([{ urls: ['https://tmp.example/p1.jpg'], current: 'https://tmp.example/p1.jpg' }])

    fireEvent.click(q('.btn-verify'))
    await waitFor(() => expect(q('.proof-detail .proof-status').textContent).toBe('已认可'))
    expect(taroMock.modals[0].content).toContain('王小芳在2026-11-10于东莞市长安镇社区卫生服务中心的检查证明有效')
    expect(last(be, 'proof.decide')!.input).toEqual({ proofId: 'p1', outcome: 'verified' })
    expect(state.proofs[0].status).toBe('verified')
    expect(q('.btn-verify')).toBeNull()
  })

  it('rejects a proof with a reason the household will see', async () => {
    const { be } = setup({ proofs: [dongguan({ id: 'p2' })] })
    taroMock.routerParams = { id: 'p2' }
    render(<ProofPage />)
    await waitFor(() => expect(q('.btn-reject')).not.toBeNull())
    fireEvent.click(q('.btn-reject'))
    type('.reason-reject textarea', '照片看不清盖章')
    fireEvent.click(q('.btn-reject-confirm'))
    await waitFor(() => expect(q('.proof-reason').textContent).toBe('驳回理由：照片看不清盖章'))
    expect(taroMock.modals[0].content).toContain('该户会收到理由，可以重新提交')
    expect(last(be, 'proof.decide')!.input).toEqual({ proofId: 'p2', outcome: 'rejected', reason: '照片看不清盖章' })
  })

  it('says when the photo was deleted under the retention rule', async () => {
    setup({ proofs: [dongguan({ id: 'p9', status: 'pending', photoUrl: null, photoDeletedAt: '2026-11-20T00:00:00.000Z' })] })
    taroMock.routerParams = { id: 'p9' }
    render(<ProofPage />)
    await waitFor(() => expect(q('.proof-no-photo')).not.toBeNull())
    expect(q('.proof-no-photo').textContent).toContain('照片已按本村规定于 2026-11-20 08:00 删除')
  })
})

describe('签到码', () => {
  it('reads the code from what the scanner returns', () => {
    expect(codeFrom('ab3d5f7h')).toBe('AB3D5F7H')
    expect(codeFrom(' AB3D5F7H\n')).toBe('AB3D5F7H')
    expect(codeFrom('chengxin://checkin/AB3D5F7H')).toBe('AB3D5F7H')
    expect(codeFrom('SEED000001')).toBeNull()
    expect(codeFrom('')).toBeNull()
  })
})
