import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { taroMock } from '../../../test-mocks/taro'
import { installFakeBackend, makeMe } from '../../../test-mocks/fake-backend'
import { resetSession } from '../../stores/session'
import EnrolmentsPage from './pages/enrolments/index'
import EnrolmentPage from './pages/enrolment/index'
import DocumentsPage from './pages/documents/index'
import DocumentPage from './pages/document/index'
import DocumentEditPage from './pages/document-edit/index'

const cadre = makeMe({ name: '李村专干', roles: ['resident', 'cadre'] })
const application = (id: string, status: string, over: object = {}) => ({
  id, householdLabel: `户${id}`, groupName: '一组', requestedCategory: 'committed', statement: '我户自愿申请承诺诚信管理。',
  status, category: status === 'approved' ? 'committed' : null, reason: null, appliedAt: '2026-11-20T02:00:00.000Z', updatedAt: '2026-11-20T02:00:00.000Z',
  history: [{ status: 'pending', at: '2026-11-20T02:00:00.000Z', byName: '王大山', byRole: 'household-head', category: 'committed', reason: null }],
  ...over,
})

function backend() {
  const be = installFakeBackend({ me: cadre })
  const apps = [application('e1', 'pending'), application('e2', 'pending'), application('e3', 'approved')]
  be.handlers['enrolment.list'] = (i: { status?: string; offset: number; limit: number }) => {
    const all = apps.filter((a) => !i.status || a.status === i.status)
    return { items: all.slice(i.offset, i.offset + i.limit), total: all.length, offset: i.offset, limit: i.limit }
  }
  const change = (id: string, patch: object) => {
    const a = apps.find((x) => x.id === id)!
    Object.assign(a, patch)
    return { enrolment: a, managementType: (a as { category: string | null }).category ?? 'contract' }
  }
  be.handlers['enrolment.decide'] = (i: { enrolmentId: string; outcome: string; category?: string; reason?: string }) =>
    change(i.enrolmentId, i.outcome === 'approved' ? { status: 'approved', category: i.category } : { status: 'rejected', reason: i.reason })
  be.handlers['enrolment.revoke'] = (i: { enrolmentId: string; reason: string }) => change(i.enrolmentId, { status: 'revoked', reason: i.reason })
  return be
}
const last = (be: { requests: Array<{ action: string; input: any }> }, action: string) => [...be.requests].reverse().find((r) => r.action === action)
const type = (sel: string, value: string) => fireEvent.change(document.querySelector(sel)!, { target: { value } })

beforeEach(() => {
  taroMock.reset()
  resetSession()
})

describe('诚信管理申请', () => {
  it('lists pending applications first and filters by status', async () => {
    backend()
    render(<EnrolmentsPage />)
    await waitFor(() => expect(document.querySelectorAll('.enrolment-row')).toHaveLength(2))
    expect(document.querySelector('.filter-pending.active')).not.toBeNull()
    fireEvent.click(document.querySelector('.filter-approved')!)
    await waitFor(() => expect(document.querySelectorAll('.enrolment-row')).toHaveLength(1))
  })

  it('approves with a category other than the requested one', async () => {
    const be = backend()
    taroMock.routerParams = { id: 'e1' }
    render(<EnrolmentPage />)
    await waitFor(() => expect(document.querySelector('.category-picker .chip-committed.active')).not.toBeNull())
    fireEvent.click(document.querySelector('.chip-behavioural')!)
    fireEvent.click(document.querySelector('.btn-approve')!)
    await waitFor(() => expect(document.querySelector('.enrolment-status')!.textContent).toBe('已批准'))
    expect(last(be, 'enrolment.decide')!.input).toEqual({ enrolmentId: 'e1', outcome: 'approved', category: 'behavioural' })
    expect(taroMock.modals[0].content).toContain('（申请的是“承诺诚信”）')
    expect(document.querySelector('.enrolment-category')!.textContent).toBe('批准类别：行为诚信')
    expect(document.querySelector('.btn-revoke')).not.toBeNull()
  })

  it('rejects only with a reason', async () => {
    const be = backend()
    taroMock.routerParams = { id: 'e2' }
    render(<EnrolmentPage />)
    await waitFor(() => expect(document.querySelector('.btn-reject')).not.toBeNull())
    fireEvent.click(document.querySelector('.btn-reject')!)
    expect(document.querySelector('.btn-reject-confirm')!.className).toContain('is-disabled')
    type('.reason-input textarea', '本季度评议为需帮扶，下季度再申请')
    fireEvent.click(document.querySelector('.btn-reject-confirm')!)
    await waitFor(() => expect(document.querySelector('.enrolment-status')!.textContent).toBe('未获批准'))
    expect(last(be, 'enrolment.decide')!.input).toEqual({ enrolmentId: 'e2', outcome: 'rejected', reason: '本季度评议为需帮扶，下季度再申请' })
    expect(document.querySelector('.enrolment-reason')!.textContent).toContain('下季度再申请')
  })

  it('revokes an approved enrolment with a reason', async () => {
    const be = backend()
    taroMock.routerParams = { id: 'e3' }
    render(<EnrolmentPage />)
    await waitFor(() => expect(document.querySelector('.btn-revoke')).not.toBeNull())
    fireEvent.click(document.querySelector('.btn-revoke')!)
    type('.reason-input textarea', '未按约参加服务')
    fireEvent.click(document.querySelector('.btn-revoke-confirm')!)
    await waitFor(() => expect(document.querySelector('.enrolment-status')!.textContent).toBe('已被村里取消'))
    expect(last(be, 'enrolment.revoke')!.input).toEqual({ enrolmentId: 'e3', reason: '未按约参加服务' })
    expect(taroMock.modals[0].content).toContain('回到协议管理')
  })
})

const doc = (status: string, over: object = {}) => ({
  id: 'd1', villageId: 'v1', villageName: '十字村', kind: 'village-rules', version: 3, title: '十字村村规民约', status, body: '第一条 ……',
  notice: null, vote: null, adoptedAt: null, supersededAt: null, updatedAt: '2026-11-20T02:00:00.000Z', ...over,
})
const getOut = (d: object, comments: object[] = [], total = comments.length) => ({
  document: d, previous: { id: 'd0', version: 2, adoptedAt: '2025-01-01T00:00:00.000Z' },
  changes: { parts: [{ op: 'same', text: 'a', lines: 1 }, { op: 'added', text: '第九条 新增', lines: 1 }], added: 1, removed: 0, changed: 0, renumbered: 0 },
  comments: { scope: 'all', items: comments, total }, canComment: false,
})

describe('村务文件', () => {
  it('lists documents by kind with their status', async () => {
    const be = installFakeBackend({ me: cadre })
    be.handlers['document.list'] = (i: { kind?: string }) => {
      const all = [doc('notice', { notice: { days: 7, startsAt: '2026-11-20T02:00:00.000Z', endsAt: '2099-12-04T16:00:00.000Z' } }), doc('adopted', { id: 'd2', kind: 'charter', title: '章程', adoptedAt: '2025-01-01T00:00:00.000Z' })]
        .filter((d) => !i.kind || d.kind === i.kind)
      return { items: all, total: all.length, offset: 0, limit: 20 }
    }
    render(<DocumentsPage />)
    await waitFor(() => expect(document.querySelectorAll('.document-row')).toHaveLength(2))
    expect(document.querySelector('.document-row .status-notice')!.textContent).toBe('公示中')
    expect(document.querySelector('.document-row')!.textContent).toContain('公示至 2099-12-04（还剩') // the last day, as residents see it
    fireEvent.click(document.querySelector('.filter-charter')!)
    await waitFor(() => expect(document.querySelectorAll('.document-row')).toHaveLength(1))
  })

  it('saves a draft of the chosen kind', async () => {
    const be = installFakeBackend({ me: cadre })
    be.handlers['document.draft'] = () => ({ documentId: 'd9', version: 4, status: 'draft' })
    render(<DocumentEditPage />)
    await waitFor(() => expect(document.querySelector('.kind-picker')).not.toBeNull())
    type('.document-title-input input', '村规民约（修订）')
    type('.document-body-input textarea', '第一条 ……')
    expect(document.querySelector('.btn-save-draft')!.className).toContain('is-disabled')
    fireEvent.click(document.querySelector('.chip-village-rules')!)
    fireEvent.click(document.querySelector('.btn-save-draft')!)
    await waitFor(() => expect(taroMock.navigations).toContain('/packages/cadre/pages/document/index?id=d9'))
    expect(last(be, 'document.draft')!.input).toEqual({ kind: 'village-rules', title: '村规民约（修订）', body: '第一条 ……' })
  })

  it('puts a draft on notice for the chosen number of days', async () => {
    const be = installFakeBackend({ me: cadre })
    let current = doc('draft')
    be.handlers['document.get'] = () => getOut(current)
    be.handlers['document.publish'] = (i: { noticeDays: number }) => {
      current = doc('notice', { notice: { days: i.noticeDays, startsAt: '2026-11-24T02:00:00.000Z', endsAt: '2026-12-04T02:00:00.000Z' } })
      return { documentId: 'd1', version: 3, status: 'notice', notice: current.notice }
    }
    taroMock.routerParams = { id: 'd1' }
    render(<DocumentPage />)
    await waitFor(() => expect(document.querySelector('.btn-publish-document')).not.toBeNull())
    expect(document.querySelector('.diff-added')!.textContent).toContain('第九条 新增')
    type('.notice-days-input input', '40')
    expect(document.querySelector('.btn-publish-document')!.className).toContain('is-disabled')
    type('.notice-days-input input', '10')
    fireEvent.click(document.querySelector('.btn-publish-document')!)
    await waitFor(() => expect(document.querySelector('.document-status')!.textContent).toBe('公示中'))
    expect(last(be, 'document.publish')!.input).toEqual({ documentId: 'd1', noticeDays: 10 })
    expect(document.querySelector('.adopt-wait')).not.toBeNull() // notice not over yet
  })

  it('shows comments and records the vote once the notice has ended', async () => {
    const be = installFakeBackend({ me: cadre })
    const ended = { days: 7, startsAt: '2026-01-01T00:00:00.000Z', endsAt: '2026-01-08T00:00:00.000Z' }
    let current: object = doc('notice', { notice: ended })
    const comment = (n: number) => ({ id: `k${n}`, name: `村民${n}`, text: `意见${n}`, at: '2026-01-02T00:00:00.000Z', mine: false })
    be.handlers['document.get'] = (i: { commentOffset?: number }) =>
      getOut(current, (i.commentOffset ? [comment(51)] : Array.from({ length: 50 }, (_, n) => comment(n))), 51)
    be.handlers['document.adopt'] = (i: { for: number; against: number; abstain: number; meetingDate: string; outcome: string }) => {
      current = doc('adopted', { notice: ended, vote: { meetingDate: i.meetingDate, for: i.for, against: i.against, abstain: i.abstain, outcome: i.outcome } })
      return { documentId: 'd1', version: 3, status: 'adopted', vote: (current as { vote: object }).vote }
    }
    taroMock.routerParams = { id: 'd1' }
    render(<DocumentPage />)
    await waitFor(() => expect(document.querySelectorAll('.comment-row')).toHaveLength(50))
    fireEvent.click(document.querySelector('.btn-more-comments')!)
    await waitFor(() => expect(document.querySelectorAll('.comment-row')).toHaveLength(51))

    type('.meeting-date-input input', '2026-01-10')
    type('.votes-for-input input', '45')
    type('.votes-against-input input', '3')
    type('.votes-abstain-input input', '2')
    expect(screen.getByText('按票数：通过（赞成多于反对）')).toBeTruthy()
    fireEvent.click(document.querySelector('.btn-adopt')!)
    await waitFor(() => expect(document.querySelector('.document-status')!.textContent).toBe('现行有效'))
    expect(last(be, 'document.adopt')!.input).toEqual({ documentId: 'd1', meetingDate: '2026-01-10', for: 45, against: 3, abstain: 2, outcome: 'adopted' })
    expect(document.querySelector('.document-vote')!.textContent).toContain('赞成 45 · 反对 3 · 弃权 2（通过）')
  })
})
