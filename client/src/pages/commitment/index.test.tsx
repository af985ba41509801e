import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { taroMock } from '../../../test-mocks/taro'
import { HASH, installFakeBackend, makeCommitment, makeMe } from '../../../test-mocks/fake-backend'
import { resetSession } from '../../stores/session'
import CommitmentPage, { SIGN_CONFIRM } from './index'

beforeEach(() => {
  taroMock.reset()
  resetSession()
})

const signButton = () => document.querySelector('.btn-sign') as HTMLButtonElement | null

describe('承诺 page', () => {
  it('shows both sides, both signatures and the status', async () => {
    installFakeBackend()
    render(<CommitmentPage />)
    expect(await screen.findByText('十字村双向承诺书')).toBeTruthy()
    expect(screen.getByText('村委会承诺')).toBeTruthy()
    expect(screen.getByText('农户承诺')).toBeTruthy()
    expect(screen.getByText(/按时兑现奖励优惠待遇/)).toBeTruthy()
    expect(screen.getByText(/按约参加免费健康服务/)).toBeTruthy()
    expect(document.querySelector('.commitment-status')!.textContent).toBe('待户主签署')
    expect(document.querySelector('.signature-household')!.textContent).toContain('尚未签署')
    expect(document.querySelector('.signature-village')!.textContent).toContain('尚未签署')
  })

  it('lets the household head sign after confirming, and shows the signature', async () => {
    const be = installFakeBackend()
    render(<CommitmentPage />)
    await waitFor(() => expect(signButton()).not.toBeNull())
    fireEvent.click(signButton()!)
    await waitFor(() => expect(document.querySelector('.commitment-status')!.textContent).toBe('待村里会签'))
    expect(taroMock.modals[0].content).toBe(SIGN_CONFIRM)
    expect(be.requests.find((r) => r.action === 'commitment.sign')!.input).toEqual({ commitmentId: 'c1', contentHash: HASH })
    const sig = document.querySelector('.signature-household')!.textContent!
    expect(sig).toContain('王大山')
    expect(sig).toContain('2026-11-24 09:30') // Beijing time
    expect(sig).toContain('第2版')
    expect(sig).toContain(HASH.slice(0, 8))
    expect(signButton()).toBeNull()
  })

  it('does not sign when the head cancels the confirmation', async () => {
    const be = installFakeBackend()
    taroMock.modalConfirm = false
    render(<CommitmentPage />)
    await waitFor(() => expect(signButton()).not.toBeNull())
    fireEvent.click(signButton()!)
    await waitFor(() => expect(taroMock.modals).toHaveLength(1))
    expect(be.commitment!.status).toBe('awaiting-household')
    expect(be.requests.some((r) => r.action === 'commitment.sign')).toBe(false)
    expect(signButton()!.disabled).toBe(false)
  })

  it('shows a member who is not the head who must sign, without a sign button', async () => {
    installFakeBackend({
      me: makeMe({ name: '王小芳', household: { id: 'h1', label: '王大山户', groupName: '一组', isHead: false, memberId: 'm2' } }),
      canSign: false,
    })
    render(<CommitmentPage />)
    expect(await screen.findByText(/需由户主本人签署/)).toBeTruthy()
    expect(signButton()).toBeNull()
  })

  it('offers no sign button once the household has signed', async () => {
    installFakeBackend({ commitment: makeCommitment({ status: 'awaiting-village' }) })
    render(<CommitmentPage />)
    expect(await screen.findByText(/等待村委会会签/)).toBeTruthy()
    expect(signButton()).toBeNull()
  })

  it('shows the server message when signing is refused and lets the head try again', async () => {
    const be = installFakeBackend()
    be.failNext('commitment.sign', 'COMMITMENT_STATE')
    render(<CommitmentPage />)
    await waitFor(() => expect(signButton()).not.toBeNull())
    fireEvent.click(signButton()!)
    expect(await screen.findByText('承诺书当前的状态不能进行这个操作')).toBeTruthy()
    expect(signButton()!.disabled).toBe(false)
  })

  it('tells an unbound visitor to bind first', async () => {
    installFakeBackend({ me: makeMe({ bound: false, roles: [], household: null, village: null, name: null }) })
    render(<CommitmentPage />)
    expect(await screen.findByText('未绑定')).toBeTruthy()
    fireEvent.click(document.querySelector('.btn-go-bind')!)
    expect(taroMock.navigations).toContain('/pages/bind/index')
  })

  it('shows an empty state before the village issues a commitment', async () => {
    installFakeBackend({ commitment: null })
    render(<CommitmentPage />)
    expect(await screen.findByText('村里还没有发布承诺书')).toBeTruthy()
  })
})
