import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { taroMock } from '../../../test-mocks/taro'
import { installFakeBackend, makeMe } from '../../../test-mocks/fake-backend'
import { resetSession, sessionStore } from '../../stores/session'
import { PRIVACY_VERSION } from '../../constants'
import BindPage from './index'

beforeEach(() => {
  taroMock.reset()
  resetSession()
})

const redeemButton = () => document.querySelector('.btn-redeem') as HTMLButtonElement
const typeCode = (v: string) => fireEvent.change(document.querySelector('.invite-code-input')!, { target: { value: v } })

describe('绑定 page', () => {
  it('needs both a code and the separate privacy consent before binding', () => {
    installFakeBackend()
    render(<BindPage />)
    expect(redeemButton().disabled).toBe(true)
    typeCode('ab3d 5f7h')
    expect(redeemButton().disabled).toBe(true)
    fireEvent.click(document.querySelector('.consent-checkbox')!)
    expect(redeemButton().disabled).toBe(false)
  })

  it('binds with the consented notice version and goes home signed in', async () => {
    const be = installFakeBackend()
    be.handlers['invite.redeem'] = (input: { code: string; privacyVersion: string }) => {
      expect(input).toEqual({ code: 'ab3d 5f7h', privacyVersion: PRIVACY_VERSION })
      return makeMe({ name: '李秀兰' })
    }
    render(<BindPage />)
    typeCode('ab3d 5f7h')
    fireEvent.click(document.querySelector('.consent-checkbox')!)
    fireEvent.click(redeemButton())
    await waitFor(() => expect(taroMock.navigations).toContain('/pages/index/index'))
    const s = sessionStore.get()
    expect(s.status === 'ready' && s.me.name).toBe('李秀兰')
  })

  it('shows why a code was refused', async () => {
    const be = installFakeBackend()
    be.failNext('invite.redeem', 'INVITE_INVALID')
    render(<BindPage />)
    typeCode('ZZZZZZZZ')
    fireEvent.click(document.querySelector('.consent-checkbox')!)
    fireEvent.click(redeemButton())
    expect(await screen.findByText('邀请码不正确或已过期，请向村里重新索取')).toBeTruthy()
    expect(redeemButton().disabled).toBe(false)
  })
})
