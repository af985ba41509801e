import { fireEvent, render, waitFor, screen } from '@testing-library/react'
import { taroMock } from '../../../test-mocks/taro'
import { installFakeBackend, makeMe } from '../../../test-mocks/fake-backend'
import { resetSession } from '../../stores/session'
import TownshipHomePage from './pages/index/index'
import TownshipVillagePage from './pages/village/index'
import TownshipInvitesPage from './pages/invites/index'

const officer = makeMe({ name: '周干事', roles: ['township'], village: null, household: null })
const row = (id: string, name: string, due: number, signed: number) => ({ id, name, due, signed, complete: signed, rate: due ? signed / due : 0 })

function backend() {
  const be = installFakeBackend({ me: officer })
  be.handlers['commitment.stats'] = (i: { villageId?: string }) => i.villageId
    ? { scope: 'village', title: '十字村', rows: [row('g1', '一组', 10, 9), row('g2', '二组', 10, 1)], total: row('total', '合计', 20, 10) }
    : { scope: 'township', title: '十字镇', rows: [row('v1', '十字村', 20, 10), row('v2', '柏子村', 30, 30)], total: row('total', '合计', 50, 40) }
  return be
}

beforeEach(() => {
  taroMock.reset()
  resetSession()
})

describe('镇工作台', () => {
  it('shows every village\'s signing rate and the total; a village opens its groups', async () => {
    backend()
    render(<TownshipHomePage />)
    await waitFor(() => expect(document.querySelectorAll('.stats-row')).toHaveLength(3))
    expect(document.querySelector('.stats-row[data-id="v1"] .stats-rate')!.textContent).toBe('50%')
    expect(document.querySelector('.stats-row[data-id="v2"] .stats-rate')!.textContent).toBe('100%')
    expect(document.querySelector('.stats-total .stats-counts')!.textContent).toContain('应签 50 · 已签 40')
    fireEvent.click(document.querySelector('.stats-row[data-id="v1"]')!)
    expect(taroMock.navigations).toEqual([`/packages/township/pages/village/index?id=v1&name=${encodeURIComponent('十字村')}`])
  })

  it('shows one village per villager group', async () => {
    const be = backend()
    taroMock.routerParams = { id: 'v1', name: '十字村' }
    render(<TownshipVillagePage />)
    await waitFor(() => expect(document.querySelectorAll('.stats-row')).toHaveLength(3))
    expect(document.querySelector('.stats-row[data-id="g2"] .stats-rate')!.textContent).toBe('10%')
    expect(be.requests.find((r) => r.action === 'commitment.stats')!.input).toEqual({ villageId: 'v1' })
  })

  it('is only for township officers', async () => {
    backend().me = makeMe()
    render(<TownshipHomePage />)
    expect(await screen.findByText('仅限镇工作人员使用')).toBeTruthy()
  })
})

describe('村专干邀请码', () => {
  it('creates a cadre invite for a chosen village and lists it', async () => {
    const be = backend()
    const invites: object[] = []
    be.handlers['invite.list'] = () => ({ items: invites, total: invites.length, offset: 0, limit: 20 })
    be.handlers['invite.create'] = (i) => {
      if (i.kind !== 'cadre') return { __error: 'INVALID_INPUT' }
      const invite = { code: 'KM7P2QRS', kind: 'role', role: 'cadre', villageId: i.villageId, villageName: '柏子村', householdId: null, householdLabel: null,
        memberName: i.name ?? '新任村专干', expiresAt: '2026-12-08T02:00:00.000Z', createdAt: '2026-11-24T02:00:00.000Z', qrUrl: null }
      invites.unshift(invite)
      return { invite }
    }
    render(<TownshipInvitesPage />)
    await waitFor(() => expect(document.querySelectorAll('.village-option')).toHaveLength(2))
    expect(document.querySelector('.state-empty')).not.toBeNull()
    expect(document.querySelector('.btn-create-cadre-invite')!.className).toContain('is-disabled')
    fireEvent.click(document.querySelector('.village-option[data-id="v2"]')!)
    fireEvent.change(document.querySelector('.cadre-name-input input')!, { target: { value: '陈新' } })
    fireEvent.change(document.querySelector('.invite-days-input input')!, { target: { value: '14' } })
    fireEvent.click(document.querySelector('.btn-create-cadre-invite')!)
    await waitFor(() => expect(document.querySelector('.invite-code')!.textContent).toBe('KM7P2QRS'))
    expect(be.requests.find((r) => r.action === 'invite.create')!.input).toEqual({ kind: 'cadre', villageId: 'v2', name: '陈新', expiresInDays: 14 })
    await waitFor(() => expect(document.querySelectorAll('.invite-row')).toHaveLength(1))
    expect(document.querySelector('.invite-row')!.textContent).toContain('柏子村 · 陈新')
  })
})
