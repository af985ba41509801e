import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { taroMock } from '../../../test-mocks/taro'
import { installFakeBackend, makeMe } from '../../../test-mocks/fake-backend'
import { installResident } from '../../../test-mocks/fake-resident'
import { resetSession } from '../../stores/session'
import { resetSubscriptions } from '../../services/subscribe'
import { setElderMode } from '../../stores/elder'
import DocumentsPage from './pages/documents/index'
import DocumentPage from './pages/document/index'
import { COMMENT_CONFIRM } from './pages/document/comment-box'
import HistoryPage from './pages/document-history/index'

beforeEach(() => {
  taroMock.reset()
  resetSession()
  resetSubscriptions()
  setElderMode(false)
})

const q = (sel: string) => document.querySelector(sel) as HTMLElement | null
const all = (sel: string) => Array.from(document.querySelectorAll(sel)) as HTMLElement[]

describe('村务公开 document list', () => {
  it('groups the current documents by kind and shows the version on notice with days left', async () => {
    installResident(installFakeBackend())
    render(<DocumentsPage />)
    await waitFor(() => expect(all('.doc-row')).toHaveLength(3))
    expect(all('.kind-title').map((e) => e.textContent)).toEqual(['章程', '村规民约'])
    const notice = q('.doc-row.doc-notice')!
    expect(notice.textContent).toContain('公示中')
    expect(notice.textContent).toContain('还剩 3 天')
    expect(q('.notice-banner')!.textContent).toContain('正在公示（1）')
    fireEvent.click(notice)
    expect(taroMock.navigations).toContain('/packages/resident/pages/document/index?id=v1%3Avillage-rules%3Av2')
  })

  it('opens the version a notification names', async () => {
    installResident(installFakeBackend())
    taroMock.routerParams = { villageId: 'v1', id: 'v1:village-rules:v2' }
    render(<DocumentsPage />)
    await waitFor(() => expect(taroMock.navigations).toContain('/packages/resident/pages/document/index?id=v1%3Avillage-rules%3Av2'))
  })

  it('shows an empty state when the village has published nothing', async () => {
    const s = installResident(installFakeBackend())
    s.documents = []
    render(<DocumentsPage />)
    expect(await screen.findByText('村里还没有公开文件')).toBeTruthy()
  })
})

describe('reading a document', () => {
  it('opens a version on notice on its changes, marked in words as well as colour', async () => {
    installResident(installFakeBackend())
    taroMock.routerParams = { id: 'v1:village-rules:v2' }
    render(<DocumentPage />)
    await waitFor(() => expect(q('.doc-changes')).not.toBeNull())
    expect(q('.tab-changes')!.className).toContain('active')
    expect(q('.diff-summary')!.textContent).toBe('与第1版相比：改动 1 条')
    expect(q('.diff-changed .diff-before')!.textContent).toBe('原文第四条 保持整洁，垃圾投放到指定地点。')
    expect(q('.diff-changed .diff-after')!.textContent).toBe('改为第四条 保持整洁，垃圾分类后投放到指定地点。')
    // Unchanged clauses fold away until asked for.
    expect(q('.diff-same')).toBeNull()
    fireEvent.click(all('.diff-folded')[0])
    expect(all('.diff-same').length).toBe(2)
    fireEvent.click(q('.tab-text')!)
    expect(all('.doc-line').map((e) => e.textContent)).toEqual(RULES_LINES)
  })

  it('opens an adopted version on its full text with the vote', async () => {
    installResident(installFakeBackend())
    taroMock.routerParams = { id: 'v1:charter:v1' }
    render(<DocumentPage />)
    await waitFor(() => expect(q('.doc-text')).not.toBeNull())
    expect(q('.first-version')).not.toBeNull()
    expect(q('.vote-line')!.textContent).toContain('赞成 46 票，反对 2 票，弃权 3 票')
    expect(q('.comment-form')).toBeNull()
  })

  it('keeps the diff readable in elder mode', async () => {
    installResident(installFakeBackend())
    setElderMode(true)
    taroMock.routerParams = { id: 'v1:village-rules:v2' }
    render(<DocumentPage />)
    await waitFor(() => expect(q('.doc-changes')).not.toBeNull())
    expect(q('.page')!.className).toContain('elder')
    expect(q('.diff-changed .diff-after .diff-text')!.className).toContain('t-body')
  })

  it('lets a resident comment during notice after confirming, and shows only their own comments', async () => {
    const be = installFakeBackend()
    const s = installResident(be)
    s.comments.push({ id: 'x', documentId: 'v1:village-rules:v2', name: '别人', text: '别人的意见', at: new Date().toISOString(), mine: false })
    taroMock.routerParams = { id: 'v1:village-rules:v2' }
    render(<DocumentPage />)
    await waitFor(() => expect(q('.comment-form')).not.toBeNull())
    expect(q('.btn-comment')!.className).toContain('is-disabled')
    expect(screen.queryByText('别人的意见')).toBeNull()
    fireEvent.change(q('.comment-input')!, { target: { value: '宴席桌数请写清楚' } })
    fireEvent.click(q('.btn-comment')!)
    await waitFor(() => expect(all('.my-comment')).toHaveLength(1))
    expect(taroMock.modals[0].content).toBe(COMMENT_CONFIRM)
    expect(q('.my-comment')!.textContent).toContain('宴席桌数请写清楚')
    expect(be.requests.find((r) => r.action === 'document.comment')!.input).toEqual({ documentId: 'v1:village-rules:v2', text: '宴席桌数请写清楚' })
    expect((q('.comment-input') as HTMLTextAreaElement).value).toBe('')
  })

  it('sends nothing when the resident cancels the comment confirmation', async () => {
    const be = installFakeBackend()
    installResident(be)
    taroMock.modalConfirm = false
    taroMock.routerParams = { id: 'v1:village-rules:v2' }
    render(<DocumentPage />)
    await waitFor(() => expect(q('.comment-form')).not.toBeNull())
    fireEvent.change(q('.comment-input')!, { target: { value: '意见' } })
    fireEvent.click(q('.btn-comment')!)
    await waitFor(() => expect(taroMock.modals).toHaveLength(1))
    expect(be.requests.some((r) => r.action === 'document.comment')).toBe(false)
  })

  it('shows the server message when the notice closed meanwhile', async () => {
    const be = installFakeBackend()
    installResident(be)
    be.failNext('document.comment', 'NOTICE_CLOSED')
    taroMock.routerParams = { id: 'v1:village-rules:v2' }
    render(<DocumentPage />)
    await waitFor(() => expect(q('.comment-form')).not.toBeNull())
    fireEvent.change(q('.comment-input')!, { target: { value: '意见' } })
    fireEvent.click(q('.btn-comment')!)
    await waitFor(() => expect(q('.form-error')).not.toBeNull())
    expect(q('.btn-comment')!.className).not.toContain('is-disabled')
  })

  it('says a document does not exist without offering a retry that cannot help', async () => {
    installResident(installFakeBackend({ me: makeMe() }))
    taroMock.routerParams = { id: 'nope' }
    render(<DocumentPage />)
    await waitFor(() => expect(q('.state-error')).not.toBeNull())
    expect(q('.btn-retry')).toBeNull()
  })
})

describe('document history', () => {
  it('lists every version of a kind, newest first, with notice dates and votes', async () => {
    installResident(installFakeBackend())
    taroMock.routerParams = { kind: 'village-rules' }
    render(<HistoryPage />)
    await waitFor(() => expect(all('.version-row')).toHaveLength(2))
    expect(all('.version-row')[0].textContent).toContain('第2版')
    expect(all('.version-row')[0].textContent).toContain('公示中')
    expect(all('.version-row')[1].querySelector('.vote-line')!.textContent).toContain('表决通过：赞成 46、反对 2、弃权 3')
    expect(q('.list-end')).not.toBeNull()
  })
})

const RULES_LINES = ['第一条 遵守法律。', '第四条 保持整洁，垃圾分类后投放到指定地点。', '第九条 表决通过后施行。']
