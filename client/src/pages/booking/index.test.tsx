import { fireEvent, render, waitFor } from '@testing-library/react'
import { taroMock } from '../../../test-mocks/taro'
import { installFakeBackend, makeMe } from '../../../test-mocks/fake-backend'
import { installCheckup, makeBooking, NOW } from '../../../test-mocks/fake-checkup'
import { resetSession } from '../../stores/session'
import { setElderMode } from '../../stores/elder'
import BookingTab from './index'
import CheckupsPage from '../../packages/resident/pages/checkups/index'

beforeAll(() => jest.useFakeTimers({ now: NOW, doNotFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'setImmediate', 'clearImmediate', 'nextTick', 'queueMicrotask'] }))
afterAll(() => jest.useRealTimers())
beforeEach(() => {
  taroMock.reset()
  resetSession()
  setElderMode(false)
})

const q = (sel: string) => document.querySelector(sel) as HTMLElement | null
const all = (sel: string) => Array.from(document.querySelectorAll(sel)) as HTMLElement[]
const migrant = makeMe({ name: '王强', household: { id: 'h1', label: '王大山户', groupName: '一组', isHead: false, memberId: 'm3' } })

describe('预约 tab: the household’s plan', () => {
  it('says planned, done, booked and still due in plain words, per plan period', async () => {
    installCheckup(installFakeBackend())
    render(<BookingTab />)
    await waitFor(() => expect(q('.plan-sentence')).not.toBeNull())
    expect(q('.plan-sentence')!.textContent).toBe('2026年本户（协议管理）计划检查 4 次：已检查 1 次，已预约 0 次，还需预约 3 次。')
    expect(all('.period-row').map((r) => `${r.querySelector('.period-name')!.textContent} ${r.querySelector('.period-state')!.textContent}`)).toEqual([
      '第1季度（1—3月） 逾期未检查', '第2季度（4—6月） 逾期未检查', '第3季度（7—9月） 已检查', '第4季度（10—12月） 本期待预约',
    ])
    expect(q('.due-now')).not.toBeNull()
    expect(q('.overdue-note')!.textContent).toContain('第1季度（1—3月）、第2季度（4—6月）没有按时检查')
  })

  it('counts an open booking as booked and lists it under 我家的预约', async () => {
    const s = installCheckup(installFakeBackend())
    s.bookings.unshift(makeBooking(s.slots[0], s.members[0]))
    render(<BookingTab />)
    await waitFor(() => expect(q('.period-booked')).not.toBeNull())
    expect(q('.plan-sentence')!.textContent).toContain('已检查 1 次，已预约 1 次，还需预约 2 次')
    expect(q('.due-now')).toBeNull()
    await waitFor(() => expect(all('.booking-row')).toHaveLength(2))
    expect(q('.booking-row.booking-booked')!.textContent).toContain('王大山 · 11月12日 周四 09:00')
    fireEvent.click(q('.booking-row.booking-booked')!)
    expect(taroMock.navigations).toEqual(['/packages/resident/pages/booking/index?id=m1%232026P4'])
  })

  it('leads to booking, waitlist offers and the remote proofs of the member working away', async () => {
    const s = installCheckup(installFakeBackend())
    s.waitlist.push({ id: 's2#m1', slotId: 's2', memberId: 'm1', memberName: '王大山', siteName: '十字镇卫生院', startsAt: s.slots[1].startsAt, status: 'offered', position: null, offerExpiresAt: new Date(NOW.getTime() + 3600000).toISOString() })
    render(<BookingTab />)
    await waitFor(() => expect(q('.waitlist-hint')!.textContent).toBe('有 1 个空位等您确认'))
    expect(q('.link-proofs')!.textContent).toContain('王强（杭州）')
    expect(q('.away-self')).toBeNull()
    fireEvent.click(q('.btn-book')!)
    fireEvent.click(q('.link-waitlist')!)
    fireEvent.click(q('.link-proofs')!)
    expect(taroMock.navigations).toEqual([
      '/packages/resident/pages/slots/index', '/packages/resident/pages/bookings/index', '/packages/resident/pages/proofs/index',
    ])
  })

  it('shows the member working away their remote proofs first', async () => {
    installCheckup(installFakeBackend({ me: migrant }))
    render(<BookingTab />)
    await waitFor(() => expect(q('.away-self')).not.toBeNull())
    expect(q('.away-self')!.textContent).toContain('异地检查证明')
    expect(q('.away-progress')!.textContent).toBe('今年 2 次：已认可 0 次，待审核 0 次，还需 2 次')
    expect(q('.btn-book')!.textContent).toBe('回村预约检查')
    expect(q('.link-proofs')).toBeNull()
  })

  it('has no remote-proof entry for a household with nobody working away', async () => {
    const s = installCheckup(installFakeBackend())
    s.members = s.members.map((m) => ({ ...m, away: null }))
    render(<BookingTab />)
    await waitFor(() => expect(q('.plan-summary')).not.toBeNull())
    expect(q('.link-proofs')).toBeNull()
  })

  it('shows an error with a retry that loads the plan', async () => {
    const be = installFakeBackend()
    installCheckup(be)
    be.failNext('plan.mine', 'INTERNAL') // a failure a retry can fix
    render(<BookingTab />)
    await waitFor(() => expect(q('.state-error')).not.toBeNull())
    fireEvent.click(q('.btn-retry')!)
    await waitFor(() => expect(q('.plan-summary')).not.toBeNull())
  })

  it('asks someone not bound to a household to bind first', async () => {
    installCheckup(installFakeBackend({ me: makeMe({ household: null }) }))
    render(<BookingTab />)
    await waitFor(() => expect(q('.state-empty')).not.toBeNull())
    expect(q('.state-empty')!.textContent).toContain('绑定到户后才能预约检查')
  })

  it('follows elder mode', async () => {
    installCheckup(installFakeBackend())
    setElderMode(true)
    render(<BookingTab />)
    await waitFor(() => expect(q('.plan-summary')).not.toBeNull())
    expect(q('.page')!.className).toContain('elder')
  })
})

describe('检查计划 page', () => {
  it('lists the year’s check-ups, the members working away and the village’s rules', async () => {
    installCheckup(installFakeBackend())
    render(<CheckupsPage />)
    await waitFor(() => expect(q('.plan-records')).not.toBeNull())
    expect(q('.record-row.record-attended')!.textContent).toContain('王小芳 · 8月12日 周三')
    expect(q('.away-row')!.textContent).toContain('王强（杭州）')
    expect(q('.rule-cutoff')!.textContent).toBe('检查开始前 12 小时内不能在线取消或改约。')
  })
})
