import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { taroMock } from '../../../test-mocks/taro'
import { installFakeBackend, makeCommitment, makeMe } from '../../../test-mocks/fake-backend'
import { resetSession } from '../../stores/session'
import CommitmentsPage from './pages/commitments/index'
import CountersignPage, { COUNTERSIGN_CONFIRM } from './pages/commitment/index'

const cadre = makeMe({ name: '李村专干', roles: ['resident', 'cadre'] })
const rows = Array.from({ length: 25 }, (_, i) => ({
  id: `c${i}`, householdLabel: `张${i}户`, groupName: '一组', templateVersion: 2,
  status: i < 23 ? 'awaiting-village' : 'complete', householdSignedAt: '2026-11-20T02:00:00.000Z',
}))

beforeEach(() => {
  taroMock.reset()
  resetSession()
})

function backendWithList() {
  const be = installFakeBackend({ me: cadre })
  be.handlers['commitment.list'] = (input: { status?: string; limit: number; offset: number }) => {
    const all = rows.filter((r) => !input.status || r.status === input.status)
    return { items: all.slice(input.offset, input.offset + input.limit), total: all.length, offset: input.offset, limit: input.limit }
  }
  return be
}

describe('村专干 commitment list', () => {
  it('opens on 待会签 and loads the next page on 加载更多', async () => {
    backendWithList()
    render(<CommitmentsPage />)
    await waitFor(() => expect(document.querySelectorAll('.commitment-row')).toHaveLength(20))
    expect(document.querySelector('.filter-tab.active')!.textContent).toBe('待会签')
    expect(screen.getByText(/待会签的 23 户/)).toBeTruthy()
    fireEvent.click(document.querySelector('.btn-load-more')!)
    await waitFor(() => expect(document.querySelectorAll('.commitment-row')).toHaveLength(23))
    expect(document.querySelector('.btn-load-more')).toBeNull()
    expect(screen.getByText('已全部显示')).toBeTruthy()
  })

  it('switches filter to 已完成', async () => {
    backendWithList()
    render(<CommitmentsPage />)
    await waitFor(() => expect(document.querySelectorAll('.commitment-row')).toHaveLength(20))
    fireEvent.click(document.querySelector('.filter-complete')!)
    await waitFor(() => expect(document.querySelectorAll('.commitment-row')).toHaveLength(2))
  })

  it('refuses a resident without the cadre role', async () => {
    backendWithList().me = makeMe()
    render(<CommitmentsPage />)
    expect(await screen.findByText('仅限村专干使用')).toBeTruthy()
    expect(document.querySelector('.commitment-row')).toBeNull()
  })
})

describe('村专干 countersign', () => {
  it('countersigns after confirming and shows the village signature', async () => {
    const be = installFakeBackend({ me: cadre, commitment: makeCommitment({ status: 'awaiting-village' }) })
    be.handlers['commitment.get'] = () => ({ commitment: be.commitment, canCountersign: be.commitment!.status === 'awaiting-village' })
    be.handlers['commitment.countersign'] = (input: { contentHash: string }) => {
      const signature = { name: '李村专干', role: 'cadre', at: '2026-11-24T02:00:00.000Z', templateVersion: 2, contentHash: input.contentHash }
      be.commitment = { ...be.commitment!, status: 'complete', villageSignature: signature as never }
      return { commitmentId: 'c1', status: 'complete', signature }
    }
    taroMock.routerParams = { id: 'c1' }
    render(<CountersignPage />)
    await waitFor(() => expect(document.querySelector('.btn-countersign')).not.toBeNull())
    fireEvent.click(document.querySelector('.btn-countersign')!)
    await waitFor(() => expect(document.querySelector('.commitment-status')!.textContent).toBe('双方已签署'))
    expect(taroMock.modals[0].content).toBe(COUNTERSIGN_CONFIRM)
    expect(document.querySelector('.signature-village')!.textContent).toContain('李村专干')
    expect(document.querySelector('.btn-countersign')).toBeNull()
  })
})
