import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { taroMock } from '../../../test-mocks/taro'
import { installFakeBackend, makeMe } from '../../../test-mocks/fake-backend'
import { resetSession } from '../../stores/session'
import HouseholdsPage from './pages/households/index'
import HouseholdPage, { ARCHIVE_CONFIRM } from './pages/household/index'
import HouseholdEditPage from './pages/household-edit/index'
import CadreHomePage from './pages/index/index'

const cadre = makeMe({ name: '李村专干', roles: ['resident', 'cadre'] })
const groups = [{ id: 'g1', name: '一组' }, { id: 'g2', name: '二组' }]
const summaries = Array.from({ length: 25 }, (_, i) => ({
  id: `h${i}`, label: `户${i}`, groupId: i < 15 ? 'g1' : 'g2', groupName: i < 15 ? '一组' : '二组', headName: i === 3 ? '王桂芳' : `张${i}`,
  memberCount: 3, workingAwayCount: i % 2, managementType: 'contract', archived: false,
}))
const household = {
  ...summaries[3], villageId: 'v1', villageName: '十字村', archiveReason: null as string | null,
  members: [
    { id: 'm1', name: '王桂芳', relation: '户主', isHead: true, workingAway: null, idMasked: '3412**********1234' },
    { id: 'm2', name: '李明', relation: '儿子', isHead: false, workingAway: { city: '宁波' }, idMasked: null },
  ],
}

function backend() {
  const be = installFakeBackend({ me: cadre })
  be.handlers['commitment.stats'] = () => ({ scope: 'village', title: '十字村', rows: groups.map((g) => ({ ...g, due: 10, signed: 5, complete: 2, rate: 0.5 })), total: { id: 'total', name: '合计', due: 20, signed: 10, complete: 4, rate: 0.5 } })
  be.handlers['commitment.template.get'] = () => ({ template: { id: 't', version: 2, title: '承诺书', villageItems: [], householdItems: [], publishedAt: '2026-11-01T00:00:00.000Z' } })
  be.handlers['household.list'] = (i: { groupId?: string; headName?: string; offset: number; limit: number }) => {
    const all = summaries.filter((h) => (!i.groupId || h.groupId === i.groupId) && (!i.headName || h.headName.includes(i.headName)))
    return { items: all.slice(i.offset, i.offset + i.limit), total: all.length, offset: i.offset, limit: i.limit }
  }
  be.handlers['household.get'] = () => ({ household, canEdit: !household.archived })
  return be
}
const last = (be: ReturnType<typeof backend>, action: string) => [...be.requests].reverse().find((r) => r.action === action)
const type = (sel: string, value: string) => fireEvent.change(document.querySelector(sel)!, { target: { value } })

beforeEach(() => {
  taroMock.reset()
  resetSession()
  household.archived = false
  household.archiveReason = null
})

describe('村专干 workbench', () => {
  it('shows a tile for each area of work', async () => {
    backend()
    render(<CadreHomePage />)
    await waitFor(() => expect(document.querySelectorAll('.tile')).toHaveLength(15))
    fireEvent.click(document.querySelector('.tile-households')!)
    expect(taroMock.navigations).toEqual(['/packages/cadre/pages/households/index'])
  })
})

describe('户籍名册', () => {
  it('pages through the roster, filters by villager group and searches by head name', async () => {
    const be = backend()
    render(<HouseholdsPage />)
    await waitFor(() => expect(document.querySelectorAll('.household-row')).toHaveLength(20))
    expect(screen.getByText('共 25 户')).toBeTruthy()
    fireEvent.click(document.querySelector('.btn-load-more')!)
    await waitFor(() => expect(document.querySelectorAll('.household-row')).toHaveLength(25))
    expect(document.querySelector('.list-end')).not.toBeNull()

    fireEvent.click(document.querySelector('.group-option[data-id="g2"]')!)
    await waitFor(() => expect(document.querySelectorAll('.household-row')).toHaveLength(10))
    expect(last(be, 'household.list')!.input.groupId).toBe('g2')

    fireEvent.click(document.querySelector('.group-option[data-id=""]')!)
    type('.household-search input', '桂芳')
    fireEvent.click(document.querySelector('.btn-search')!)
    await waitFor(() => expect(document.querySelectorAll('.household-row')).toHaveLength(1))
    expect(document.querySelector('.household-row')!.textContent).toContain('王桂芳')
  })

  it('adds a household once every member has a name, relation and (if away) a city', async () => {
    const be = backend()
    be.handlers['household.create'] = (i: { label: string }) => ({ household: { ...household, id: 'h-new', label: i.label } })
    render(<HouseholdEditPage />)
    await waitFor(() => expect(document.querySelector('.group-option')).not.toBeNull())
    type('.household-label-input input', '赵一户')
    fireEvent.click(document.querySelector('.group-option[data-id="g1"]')!)
    type('.member-name-input input', '赵一')
    fireEvent.click(document.querySelector('.btn-add-member')!)
    const names = document.querySelectorAll('.member-name-input input')
    fireEvent.change(names[1], { target: { value: '赵二' } })
    fireEvent.change(document.querySelectorAll('.member-relation-input input')[1], { target: { value: '儿子' } })
    fireEvent.click(document.querySelectorAll('.member-away-toggle')[1])
    expect(document.querySelector('.btn-save-household')!.className).toContain('is-disabled')
    expect(screen.getByText('请填写赵二的务工城市')).toBeTruthy()
    type('.member-city-input input', '宁波')
    fireEvent.click(document.querySelector('.btn-save-household')!)
    await waitFor(() => expect(taroMock.navigations).toContain('/packages/cadre/pages/household/index?id=h-new'))
    expect(last(be, 'household.create')!.input).toEqual({
      groupId: 'g1', label: '赵一户',
      members: [
        { name: '赵一', relation: '户主', isHead: true },
        { name: '赵二', relation: '儿子', isHead: false, workingAwayCity: '宁波' },
      ],
    })
  })

  it('edits members: marks one back home, moves the head, keeps ID numbers unless retyped', async () => {
    const be = backend()
    be.handlers['household.update'] = () => ({ household })
    taroMock.routerParams = { id: 'h3' }
    render(<HouseholdEditPage />)
    await waitFor(() => expect(document.querySelectorAll('.member-edit')).toHaveLength(2))
    expect(screen.getByText(/已登记 3412\*+1234/)).toBeTruthy()
    fireEvent.click(document.querySelectorAll('.member-away-toggle')[1]) // 李明 is back home
    fireEvent.click(document.querySelector('.btn-make-head')!)
    fireEvent.click(document.querySelector('.btn-save-household')!)
    await waitFor(() => expect(taroMock.navigations).toContain('back'))
    expect(last(be, 'household.update')!.input).toEqual({
      householdId: 'h3', label: '户3',
      members: [
        { id: 'm1', name: '王桂芳', relation: '户主', isHead: false, workingAwayCity: null },
        { id: 'm2', name: '李明', relation: '儿子', isHead: true, workingAwayCity: null },
      ],
    })
    expect(taroMock.modals).toHaveLength(0) // no group move, nothing to confirm
  })
})

describe('农户详情', () => {
  it('shows members with masked ID numbers and issues an invite with code, QR and expiry', async () => {
    const be = backend()
    be.handlers['invite.create'] = (i) => ({ invite: {
      code: 'AB3D5F7H', kind: 'member', role: 'resident', villageId: 'v1', villageName: '十字村', householdId: 'h3', householdLabel: '户3',
      memberName: i.kind === 'member' && i.memberId === 'm2' ? '李明' : '王桂芳', expiresAt: '2026-12-01T02:00:00.000Z', createdAt: '2026-11-24T02:00:00.000Z', qrUrl: 'https://example.invalid/qr.png',
    } })
    taroMock.routerParams = { id: 'h3' }
    render(<HouseholdPage />)
    await waitFor(() => expect(document.querySelectorAll('.member-row')).toHaveLength(2))
    expect(document.querySelector('.member-id')!.textContent).toContain('3412**********1234')
    expect(document.querySelectorAll('.member-id')[1].textContent).toContain('未登记')
    expect(document.querySelector('.member-away')!.textContent).toContain('宁波')
    await waitFor(() => expect(document.querySelector('.link-commitment')).not.toBeNull())
    fireEvent.click(document.querySelector('.link-commitment')!)
    expect(taroMock.navigations).toEqual([`/packages/cadre/pages/commitment/index?id=${encodeURIComponent('h3:v2')}`])

    fireEvent.click(document.querySelectorAll('.btn-invite')[1])
    await waitFor(() => expect(document.querySelector('.invite-code')!.textContent).toBe('AB3D5F7H'))
    expect(document.querySelector('.invite-qr')!.getAttribute('src')).toBe('https://example.invalid/qr.png')
    expect(document.querySelector('.invite-expiry')!.textContent).toBe('有效期至 2026-12-01 10:00')
    expect(last(be, 'invite.create')!.input).toEqual({ kind: 'member', householdId: 'h3', memberId: 'm2', expiresInDays: 7 })
  })

  it('shows why an invite was refused', async () => {
    const be = backend()
    be.failNext('invite.create', 'MEMBER_BOUND')
    taroMock.routerParams = { id: 'h3' }
    render(<HouseholdPage />)
    await waitFor(() => expect(document.querySelectorAll('.btn-invite')).toHaveLength(2))
    fireEvent.click(document.querySelector('.btn-invite')!)
    expect(await screen.findByText('这位成员已经绑定了微信，不能删除或重复邀请')).toBeTruthy()
    expect(document.querySelector('.invite-code')).toBeNull()
  })

  it('archives only with a reason and a confirmation', async () => {
    const be = backend()
    be.handlers['household.archive'] = (i: { reason: string }) => {
      household.archived = true
      household.archiveReason = i.reason
      return { householdId: 'h3', archived: true, reason: i.reason }
    }
    taroMock.routerParams = { id: 'h3' }
    render(<HouseholdPage />)
    await waitFor(() => expect(document.querySelector('.btn-archive')).not.toBeNull())
    fireEvent.click(document.querySelector('.btn-archive')!)
    expect(document.querySelector('.btn-archive-confirm')!.className).toContain('is-disabled')
    type('.reason-input textarea', '全家迁往外地落户')

    taroMock.modalConfirm = false
    fireEvent.click(document.querySelector('.btn-archive-confirm')!)
    await waitFor(() => expect(taroMock.modals).toHaveLength(1))
    expect(be.requests.some((r) => r.action === 'household.archive')).toBe(false)

    taroMock.modalConfirm = true
    fireEvent.click(document.querySelector('.btn-archive-confirm')!)
    await waitFor(() => expect(document.querySelector('.household-archived')!.textContent).toBe('已归档：全家迁往外地落户'))
    expect(taroMock.modals[1].content).toBe(ARCHIVE_CONFIRM)
    expect(document.querySelector('.btn-invite')).toBeNull()
    expect(document.querySelector('.btn-edit-household')).toBeNull()
  })
})
