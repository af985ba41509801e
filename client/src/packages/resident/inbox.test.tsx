import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { taroMock } from '../../../test-mocks/taro'
import { installFakeBackend, makeMe } from '../../../test-mocks/fake-backend'
import { installResident } from '../../../test-mocks/fake-resident'
import { resetSession } from '../../stores/session'
import { setUnread } from '../../stores/inbox'
import { resetSubscriptions } from '../../services/subscribe'
import MinePage from '../../pages/mine/index'
import IndexPage from '../../pages/index/index'
import InboxPage from './pages/inbox/index'
import ViewsPage from './pages/views/index'
import { messageTarget } from './components/message-page'

beforeEach(() => {
  taroMock.reset()
  resetSession()
  resetSubscriptions()
  act(() => setUnread(0))
})

const q = (sel: string) => document.querySelector(sel) as HTMLElement | null
const all = (sel: string) => Array.from(document.querySelectorAll(sel)) as HTMLElement[]

describe('消息 inbox', () => {
  it('lists messages newest first, unread ones marked, 20 a page', async () => {
    installResident(installFakeBackend())
    render(<InboxPage />)
    await waitFor(() => expect(all('.inbox-item')).toHaveLength(20))
    expect(all('.inbox-title').slice(0, 2).map((e) => e.textContent)).toEqual(['消息0', '消息1'])
    expect(all('.inbox-item.unread')).toHaveLength(3)
    expect(q('.unread-total')!.textContent).toBe('3 条未读')
    fireEvent.click(q('.btn-load-more')!)
    await waitFor(() => expect(all('.inbox-item')).toHaveLength(23))
  })

  it('marks a message read when tapped and opens its page', async () => {
    const be = installFakeBackend()
    const s = installResident(be)
    render(<InboxPage />)
    await waitFor(() => expect(all('.inbox-item')).toHaveLength(20))
    fireEvent.click(all('.inbox-item')[2])
    await waitFor(() => expect(q('.unread-total')!.textContent).toBe('2 条未读'))
    expect(all('.inbox-item')[2].className).toContain('read')
    expect(s.inbox[2].readAt).not.toBeNull()
    expect(taroMock.navigations).toEqual(['/pages/commitment/index'])
  })

  it('opens the page a message names in the resident subpackage, and stays put without a page', async () => {
    installResident(installFakeBackend())
    render(<InboxPage />)
    await waitFor(() => expect(all('.inbox-item')).toHaveLength(20))
    fireEvent.click(all('.inbox-item')[1])
    fireEvent.click(all('.inbox-item')[0])
    await waitFor(() => expect(q('.unread-total')!.textContent).toBe('1 条未读'))
    expect(taroMock.navigations).toEqual(['/packages/resident/pages/enrolment/index'])
  })

  it('marks everything read with 全部已读', async () => {
    const be = installFakeBackend()
    installResident(be)
    render(<InboxPage />)
    await waitFor(() => expect(q('.btn-read-all')).not.toBeNull())
    fireEvent.click(q('.btn-read-all')!)
    await waitFor(() => expect(all('.inbox-item.unread')).toHaveLength(0))
    expect(q('.unread-total')!.textContent).toBe('全部已读')
    expect(q('.btn-read-all')).toBeNull()
    expect(be.requests.find((r) => r.action === 'inbox.read')!.input).toEqual({ all: true })
  })

  it('shows an empty inbox plainly', async () => {
    const s = installResident(installFakeBackend())
    s.inbox = []
    render(<InboxPage />)
    expect(await screen.findByText('还没有消息')).toBeTruthy()
  })
})

describe('message pages', () => {
  it('switches to tab pages without a query and keeps the query elsewhere', () => {
    expect(messageTarget('pages/commitment/index')).toEqual({ url: '/pages/commitment/index', tab: true })
    expect(messageTarget('packages/cadre/pages/commitment/index?id=c1')).toEqual({ url: '/packages/cadre/pages/commitment/index?id=c1', tab: false })
    expect(messageTarget('packages/resident/pages/documents/index?id=d1')).toEqual({ url: '/packages/resident/pages/documents/index?id=d1', tab: false })
    expect(messageTarget('')).toBeNull()
  })
})

describe('unread badge and entries', () => {
  it('puts the unread count on the 我的 tab and beside 我的 → 消息', async () => {
    installResident(installFakeBackend())
    render(<MinePage />)
    await waitFor(() => expect(q('.unread-count')).not.toBeNull())
    expect(q('.unread-count')!.textContent).toBe('3 条未读')
    expect(taroMock.tabBadge).toBe('3')
    fireEvent.click(q('.link-inbox')!)
    fireEvent.click(q('.link-views')!)
    fireEvent.click(q('.link-enrolment')!)
    expect(taroMock.navigations).toEqual([
      '/packages/resident/pages/inbox/index', '/packages/resident/pages/views/index', '/packages/resident/pages/enrolment/index',
    ])
  })

  it('removes the badge once everything is read', async () => {
    const s = installResident(installFakeBackend())
    s.inbox.forEach((m) => { m.readAt = new Date().toISOString() })
    taroMock.tabBadge = '5'
    render(<MinePage />)
    await waitFor(() => expect(taroMock.tabBadge).toBeNull())
    expect(q('.unread-count')).toBeNull()
  })

  it('offers a non-resident 消息 but not the household entries', async () => {
    installResident(installFakeBackend({ me: makeMe({ roles: ['township'], household: null, village: null }) }))
    render(<MinePage />)
    await waitFor(() => expect(q('.link-inbox')).not.toBeNull())
    expect(q('.link-views')).toBeNull()
    expect(q('.link-enrolment')).toBeNull()
  })

  it('shows the documents and integrity cards on 首页', async () => {
    installResident(installFakeBackend())
    render(<IndexPage />)
    await waitFor(() => expect(q('.enrolment-card .management-type')).not.toBeNull())
    expect(q('.enrolment-card')!.textContent).toContain('协议管理')
    expect(q('.enrolment-card')!.textContent).toContain('可申请纳入诚信管理')
    fireEvent.click(q('.docs-card')!)
    expect(taroMock.navigations).toContain('/packages/resident/pages/documents/index')
  })
})

describe('谁查看了我家信息', () => {
  it('lists who looked, in which role, when and at what, 20 a page', async () => {
    installResident(installFakeBackend())
    render(<ViewsPage />)
    await waitFor(() => expect(all('.view-row')).toHaveLength(20))
    expect(all('.view-row')[0].textContent).toContain('镇办张明（镇工作人员）')
    expect(all('.view-row')[1].textContent).toContain('李桂芳（村专干）')
    expect(all('.view-what')[0].textContent).toBe('查看本户成员名册 #0')
    fireEvent.click(q('.btn-load-more')!)
    await waitFor(() => expect(all('.view-row')).toHaveLength(25))
    expect(q('.list-end')).not.toBeNull()
  })

  it('says so when nobody has looked', async () => {
    const s = installResident(installFakeBackend())
    s.views = []
    render(<ViewsPage />)
    expect(await screen.findByText('还没有人查看过您家的信息')).toBeTruthy()
  })
})
