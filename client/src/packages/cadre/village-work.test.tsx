import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { taroMock } from '../../../test-mocks/taro'
import { installFakeBackend, makeMe } from '../../../test-mocks/fake-backend'
import { resetSession } from '../../stores/session'
import TemplatePage from './pages/template/index'
import TemplateEditPage, { PUBLISH_WARNING } from './pages/template-edit/index'
import StatsPage from './pages/stats/index'
import PanelPage from './pages/panel/index'

const cadre = makeMe({ name: '李村专干', roles: ['resident', 'cadre'] })
const template = {
  id: 't2', version: 2, title: '十字村双向承诺书', publishedAt: '2026-11-01T02:00:00.000Z',
  villageItems: [{ id: 'v-1', text: '按时兑现奖励' }, { id: 'v-2', text: '公开村务' }],
  householdItems: [{ id: 'h-1', text: '按约参加健康服务' }],
}

function backend() {
  const be = installFakeBackend({ me: cadre })
  be.handlers['commitment.template.get'] = () => ({ template })
  return be
}
const last = (be: ReturnType<typeof backend>, action: string) => [...be.requests].reverse().find((r) => r.action === action)

beforeEach(() => {
  taroMock.reset()
  resetSession()
})

describe('承诺书模板', () => {
  it('shows the current version with both sides', async () => {
    backend()
    render(<TemplatePage />)
    await waitFor(() => expect(document.querySelector('.template-title')!.textContent).toBe('十字村双向承诺书'))
    expect(document.querySelector('.template-version')!.textContent).toBe('第2版 · 发布于 2026-11-01 10:00')
    expect(document.querySelectorAll('.items-village .item')).toHaveLength(2)
    expect(document.querySelectorAll('.items-household .item')).toHaveLength(1)
  })

  it('publishes an edited version after a warning that every household must sign again', async () => {
    const be = backend()
    be.handlers['commitment.template.publish'] = () => ({ templateId: 't3', version: 3, superseded: 120 })
    render(<TemplateEditPage />)
    await waitFor(() => expect(document.querySelectorAll('.edit-village .item-edit')).toHaveLength(2))
    expect(document.querySelector('.publish-warning')!.textContent).toContain(PUBLISH_WARNING)
    fireEvent.click(document.querySelector('.edit-village .btn-remove-item')!)
    fireEvent.click(document.querySelector('.edit-household .btn-add-item')!)
    const texts = document.querySelectorAll('.edit-household textarea')
    expect(document.querySelector('.btn-publish-template')!.className).toContain('is-disabled')
    fireEvent.change(texts[1], { target: { value: '外出务工按时报备' } })

    taroMock.modalConfirm = false
    fireEvent.click(document.querySelector('.btn-publish-template')!)
    await waitFor(() => expect(taroMock.modals).toHaveLength(1))
    expect(taroMock.modals[0].content).toContain('发布后全村各户需要重新签署')
    expect(be.requests.some((r) => r.action === 'commitment.template.publish')).toBe(false)

    taroMock.modalConfirm = true
    fireEvent.click(document.querySelector('.btn-publish-template')!)
    await waitFor(() => expect(taroMock.navigations).toContain('back'))
    expect(last(be, 'commitment.template.publish')!.input).toEqual({
      title: '十字村双向承诺书',
      villageItems: [{ text: '公开村务' }],
      householdItems: [{ text: '按约参加健康服务' }, { text: '外出务工按时报备' }],
    })
    expect(taroMock.modals[2].content).toContain('第3版已发布，120 份旧版承诺书已作废')
  })
})

describe('签约情况', () => {
  it('shows 应签 / 已签 / 签约率 per villager group with the total', async () => {
    const be = backend()
    be.handlers['commitment.stats'] = () => ({
      scope: 'village', title: '十字村',
      rows: [{ id: 'g1', name: '一组', due: 40, signed: 30, complete: 20, rate: 0.75 }, { id: 'g2', name: '二组', due: 0, signed: 0, complete: 0, rate: 0 }],
      total: { id: 'total', name: '合计', due: 40, signed: 30, complete: 20, rate: 0.75 },
    })
    render(<StatsPage />)
    await waitFor(() => expect(document.querySelectorAll('.stats-row')).toHaveLength(3))
    const first = document.querySelector('.stats-row[data-id="g1"]')!
    expect(first.querySelector('.stats-rate')!.textContent).toBe('75%')
    expect(first.querySelector('.stats-counts')!.textContent).toContain('应签 40 · 已签 30')
    expect(document.querySelector('.stats-total .stats-name')!.textContent).toBe('合计')
  })
})

describe('小组成员', () => {
  const member = { householdId: 'h1', householdLabel: '王大山户', groupName: '一组', memberId: 'm1', name: '王大山', groups: ['review'] }

  it('assigns a member opened from the roster, prefilled with their groups', async () => {
    const be = backend()
    let saved = [member]
    be.handlers['panel.list'] = () => ({ items: saved, total: saved.length, offset: 0, limit: 50 })
    be.handlers['panel.assign'] = (i: { groups: string[] }) => {
      saved = [{ ...member, groups: i.groups }]
      return { member: saved[0] }
    }
    taroMock.routerParams = { householdId: 'h1', memberId: 'm1', name: '王大山', label: '王大山户' }
    render(<PanelPage />)
    await waitFor(() => expect(document.querySelector('.panel-target .chip-review.active')).not.toBeNull())
    expect(document.querySelector('.panel-target .btn-save-panel')!.className).toContain('is-disabled')
    fireEvent.click(document.querySelector('.panel-target .chip-finance')!)
    fireEvent.click(document.querySelector('.panel-target .btn-save-panel')!)
    await waitFor(() => expect(document.querySelector('.panel-row-groups')!.textContent).toContain('评议小组、理财小组'))
    expect(last(be, 'panel.assign')!.input).toEqual({ householdId: 'h1', memberId: 'm1', groups: ['review', 'finance'] })
  })

  it('explains that an unbound member cannot join', async () => {
    const be = backend()
    be.handlers['panel.list'] = () => ({ items: [], total: 0, offset: 0, limit: 50 })
    be.failNext('panel.assign', 'MEMBER_NOT_BOUND')
    taroMock.routerParams = { householdId: 'h1', memberId: 'm2', name: '李明', label: '王大山户' }
    render(<PanelPage />)
    await waitFor(() => expect(document.querySelector('.panel-target .chip-supervision')).not.toBeNull())
    fireEvent.click(document.querySelector('.panel-target .chip-supervision')!)
    fireEvent.click(document.querySelector('.panel-target .btn-save-panel')!)
    expect(await screen.findByText('这位成员还没有绑定微信，请先发邀请码')).toBeTruthy()
  })
})
