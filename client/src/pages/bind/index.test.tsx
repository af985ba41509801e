import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { taroMock } from '../../../test-mocks/taro'
import { installFakeBackend, makeMe } from '../../../test-mocks/fake-backend'
import { resetSession, sessionStore, setMe } from '../../stores/session'
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
    be.handlers['invite.redeem'] = (input) => {
      expect(input).toMatchObject({ code: 'AB3D5F7H', privacyVersion: PRIVACY_VERSION }) // as the server parses it
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

  it('asks a bound identity before adding a role, saying what is added and that its name stays', async () => {
    const be = installFakeBackend()
    be.handlers['invite.redeem'] = (input: { addRole?: boolean }) => input.addRole
      ? makeMe({ roles: ['resident', 'cadre'] })
      : { __error: 'CONFIRM_ADD_ROLE', __fields: { addRole: '十字村村专干' } }
    taroMock.modalConfirm = true
    setMe(be.me)
    render(<BindPage />)
    expect(screen.getByText(/您已经绑定了身份/)).toBeTruthy()
    typeCode('SZCADRE8')
    fireEvent.click(document.querySelector('.consent-checkbox')!)
    fireEvent.click(redeemButton())
    await waitFor(() => expect(taroMock.navigations).toContain('/pages/index/index'))
    expect(taroMock.modals[0].content).toBe('您现在是十字村，王大山户户主，村民。确认后将为您增加：十字村村专干。您的姓名（王大山）和原来的身份都不变。')
    expect(be.requests.filter((r) => r.action === 'invite.redeem').map((r) => r.input.addRole)).toEqual([undefined, true])
    const s = sessionStore.get()
    expect(s.status === 'ready' && s.me.roles).toEqual(['resident', 'cadre'])
  })

  it('adds nothing when the person declines', async () => {
    const be = installFakeBackend()
    be.handlers['invite.redeem'] = () => ({ __error: 'CONFIRM_ADD_ROLE', __fields: { addRole: '十字村村专干' } })
    taroMock.modalConfirm = false
    render(<BindPage />)
    typeCode('SZCADRE8')
    fireEvent.click(document.querySelector('.consent-checkbox')!)
    fireEvent.click(redeemButton())
    await waitFor(() => expect(taroMock.modals).toHaveLength(1))
    await waitFor(() => expect(redeemButton().disabled).toBe(false))
    expect(be.requests.filter((r) => r.action === 'invite.redeem')).toHaveLength(1)
    expect(taroMock.navigations).not.toContain('/pages/index/index')
  })

  it('tells a bound identity that someone else\'s code stays theirs', async () => {
    const be = installFakeBackend()
    be.failNext('invite.redeem', 'ALREADY_BOUND')
    render(<BindPage />)
    typeCode('BZHEAD67')
    fireEvent.click(document.querySelector('.consent-checkbox')!)
    fireEvent.click(redeemButton())
    expect(await screen.findByText('这个微信已经绑定了别的身份，不能用这个邀请码。邀请码没有用掉，请交给本人绑定')).toBeTruthy()
    expect(taroMock.modals).toHaveLength(0)
  })
})
