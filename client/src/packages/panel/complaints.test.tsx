import { fireEvent, render, waitFor } from '@testing-library/react'
import { taroMock } from '../../../test-mocks/taro'
import { installFakeBackend, makeMe } from '../../../test-mocks/fake-backend'
import { complaint, list, type ComplaintOver } from '../../../test-mocks/fake-complaints'
import { resetSession } from '../../stores/session'
import PanelComplaintsPage from './pages/complaints/index'
import PanelComplaintPage from './pages/complaint/index'
import TownshipComplaintsPage from '../township/pages/complaints/index'

beforeEach(() => {
  taroMock.reset()
  resetSession()
})

const q = (sel: string) => document.querySelector(sel) as HTMLElement | null
const all = (sel: string) => Array.from(document.querySelectorAll(sel)) as HTMLElement[]
const supervisor = makeMe({ roles: ['resident', 'panel'], panelGroups: ['supervision'] })

describe('投诉办理 workbench', () => {
  it('lists the open complaints with the overdue ones marked and counted, and filters by status and category', async () => {
    const be = installFakeBackend({ me: supervisor })
    be.handlers['complaint.list'] = (input: { status?: string; category?: string }) => list(
      input.status === 'closed' ? [] : [complaint({ id: 'cp-late', overdue: true }), complaint({ id: 'cp-2', category: 'conduct', anonymous: true, author: null })],
    )
    render(<PanelComplaintsPage />)
    await waitFor(() => expect(all('.complaint-row')).toHaveLength(2))
    expect(q('.overdue-count')!.textContent).toContain('1 件已超期')
    expect(q('.complaint-row.is-overdue')!.getAttribute('data-id')).toBe('cp-late')
    expect(all('.complaint-row')[1].textContent).toContain('匿名')
    expect(be.requests.find((r) => r.action === 'complaint.list')!.input).toMatchObject({ status: 'open', offset: 0, limit: 20 })
    fireEvent.click(q('.category-conduct')!)
    await waitFor(() => expect(be.requests.filter((r) => r.action === 'complaint.list').at(-1)!.input).toMatchObject({ category: 'conduct' }))
    fireEvent.click(q('.filter-closed')!)
    await waitFor(() => expect(document.body.textContent).toContain('没有符合条件的投诉'))
    expect(be.requests.filter((r) => r.action === 'complaint.list').at(-1)!.input).toMatchObject({ status: 'closed', category: 'conduct' })
    fireEvent.click(q('.filter-open')!)
    await waitFor(() => expect(all('.complaint-row')).toHaveLength(2))
    fireEvent.click(all('.complaint-row')[0])
    expect(taroMock.navigations.at(-1)).toBe('/packages/panel/pages/complaint/index?id=cp-late')
  })

  it('tells a panel member outside the supervision group it is not theirs', async () => {
    installFakeBackend({ me: makeMe({ roles: ['resident', 'panel'], panelGroups: ['finance'] }) })
    render(<PanelComplaintsPage />)
    await waitFor(() => expect(document.body.textContent).toContain('仅限监督小组成员'))
  })

  it('opens the township desk on the township detail page', async () => {
    const be = installFakeBackend({ me: makeMe({ roles: ['township'], village: null, household: null }) })
    be.handlers['complaint.list'] = () => list([complaint({ id: 'cp-t', level: 'township', escalation: 'conflict' })], { desk: 'township' })
    render(<TownshipComplaintsPage />)
    await waitFor(() => expect(all('.complaint-row')).toHaveLength(1))
    expect(q('.complaint-row')!.textContent).toContain('镇里办理')
    fireEvent.click(q('.complaint-row')!)
    expect(taroMock.navigations.at(-1)).toBe('/packages/township/pages/complaint/index?id=cp-t')
  })

  it('shows the error with a retry when the list cannot load', async () => {
    const be = installFakeBackend({ me: supervisor })
    be.handlers['complaint.list'] = () => list([])
    be.failNext('complaint.list', 'INTERNAL')
    render(<PanelComplaintsPage />)
    await waitFor(() => expect(document.body.textContent).toContain('服务暂时不可用'))
    fireEvent.click(q('.btn-retry')!)
    await waitFor(() => expect(document.body.textContent).toContain('没有待办的投诉'))
  })
})

describe('one complaint, for its handler', () => {
  function open(c = complaint({ can: { accept: true, note: true, escalate: true, extend: true, close: true } })) {
    const be = installFakeBackend({ me: supervisor })
    let current = c
    be.handlers['complaint.get'] = () => current
    const change = (next: ComplaintOver) => { current = complaint({ ...current, ...next, can: next.can ?? current.can }); return { complaint: current } }
    taroMock.routerParams = { id: c.id }
    render(<PanelComplaintPage />)
    return { be, change }
  }

  it('shows the complaint, its photos and its author, and accepts it only after confirming', async () => {
    const { be, change } = open(complaint({ photos: [{ fileId: 'cloud://a.jpg', url: 'https://files.example/a.jpg' }], can: { accept: true } }))
    be.handlers['complaint.accept'] = () => change({ status: 'accepted', can: { answer: true, note: true } })
    await waitFor(() => expect(q('.complaint-head')).not.toBeNull())
    expect(q('.complaint-text')!.textContent).toBe('去年承诺的路灯还没有修好')
    expect(all('.complaint-photo')).toHaveLength(1)
    expect(q('.complaint-author')!.textContent).toContain('王大山')
    taroMock.modalConfirm = false
    fireEvent.click(q('.btn-accept')!)
    await waitFor(() => expect(taroMock.modals).toHaveLength(1))
    expect(be.requests.filter((r) => r.action === 'complaint.accept')).toHaveLength(0)
    taroMock.modalConfirm = true
    fireEvent.click(q('.btn-accept')!)
    await waitFor(() => expect(q('.complaint-status')!.textContent).toBe('办理中'))
    expect(q('.btn-answer')).not.toBeNull()
  })

  it('sends a public answer and an internal note as different things', async () => {
    const { be, change } = open(complaint({ status: 'accepted', can: { answer: true, note: true } }))
    be.handlers['complaint.respond'] = (input: { as: string; text: string }) => change({
      status: input.as === 'answer' ? 'answered' : 'accepted',
      events: [{ kind: input.as === 'answer' ? 'answer' : 'note', day: '2026-11-24', by: '赵监督', text: input.text, photos: [] }],
      can: { note: true },
    })
    await waitFor(() => expect(q('.btn-note')).not.toBeNull())
    fireEvent.click(q('.btn-note')!)
    expect(q('.handler-form')!.textContent).toContain('投诉人看不到')
    fireEvent.change(q('.note-text textarea')!, { target: { value: '已约村长周五到现场' } })
    fireEvent.click(q('.btn-note-confirm')!)
    await waitFor(() => expect(q('.kind-note')).not.toBeNull())
    expect(be.requests.find((r) => r.action === 'complaint.respond')!.input).toEqual({ as: 'note', complaintId: 'cp-1', text: '已约村长周五到现场' })
    expect(q('.kind-note')!.textContent).toContain('内部备注')
  })

  it('closes unresolved only with a reason and a confirmation that says it is final', async () => {
    const { be, change } = open()
    be.handlers['complaint.close'] = (input: { reason: string }) => change({ status: 'closed', closeReason: input.reason, can: {} })
    await waitFor(() => expect(q('.btn-close')).not.toBeNull())
    fireEvent.click(q('.btn-close')!)
    expect(q('.btn-close-confirm')!.className).toContain('is-disabled')
    fireEvent.change(q('.close-text textarea')!, { target: { value: '路灯归县里管，村里无权维修' } })
    fireEvent.click(q('.btn-close-confirm')!)
    await waitFor(() => expect(q('.complaint-close-reason')).not.toBeNull())
    expect(taroMock.modals[0].content).toContain('不能再答复')
    expect(be.requests.find((r) => r.action === 'complaint.close')!.input).toEqual({ complaintId: 'cp-1', reason: '路灯归县里管，村里无权维修' })
  })

  it('extends by 1–30 days with a reason, and transfers to the township with a reason', async () => {
    const { be, change } = open()
    be.handlers['complaint.extend'] = (input: { days: number; reason: string }) => change({ extension: { days: input.days, reason: input.reason } })
    be.handlers['complaint.escalate'] = () => change({ level: 'township', escalation: 'transfer', can: {} })
    await waitFor(() => expect(q('.btn-extend')).not.toBeNull())
    fireEvent.click(q('.btn-extend')!)
    fireEvent.change(q('.extend-days input')!, { target: { value: '45' } })
    fireEvent.change(q('.extend-text textarea')!, { target: { value: '需要等乡里的预算' } })
    expect(q('.btn-extend-confirm')!.className).toContain('is-disabled')
    fireEvent.change(q('.extend-days input')!, { target: { value: '10' } })
    fireEvent.click(q('.btn-extend-confirm')!)
    await waitFor(() => expect(q('.complaint-extension')!.textContent).toContain('已延期 10 天'))
    fireEvent.click(q('.btn-escalate')!)
    fireEvent.change(q('.escalate-text textarea')!, { target: { value: '涉及镇里的项目' } })
    fireEvent.click(q('.btn-escalate-confirm')!)
    await waitFor(() => expect(q('.complaint-escalation')!.textContent).toContain('监督小组移交镇里'))
    expect(q('.handler-actions')).toBeNull()
  })

  it('shows the server refusal under the form and keeps what was typed', async () => {
    const { be } = open(complaint({ status: 'accepted', can: { answer: true } }))
    be.handlers['complaint.respond'] = () => ({ __error: 'COMPLAINT_STATE' })
    await waitFor(() => expect(q('.btn-answer')).not.toBeNull())
    fireEvent.click(q('.btn-answer')!)
    fireEvent.change(q('.answer-text textarea')!, { target: { value: '已修好' } })
    fireEvent.click(q('.btn-answer-confirm')!)
    await waitFor(() => expect(q('.form-error')!.textContent).toContain('投诉当前的状态不能进行这个操作'))
    expect((q('.answer-text textarea') as HTMLTextAreaElement).value).toBe('已修好')
  })
})
