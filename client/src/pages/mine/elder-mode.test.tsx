import { fireEvent, render, screen } from '@testing-library/react'
import { taroMock } from '../../../test-mocks/taro'
import { installFakeBackend } from '../../../test-mocks/fake-backend'
import { elderStore, initialElderMode } from '../../stores/elder'
import { resetSession } from '../../stores/session'
import MinePage from './index'

/** What the app does at launch: read storage, else WeChat's font setting. */
const launch = () => elderStore.set(initialElderMode())
const pageRoot = () => document.querySelector('.page') as HTMLElement

beforeEach(() => {
  taroMock.reset()
  resetSession()
  installFakeBackend()
})

describe('elder mode', () => {
  it('starts off at the standard WeChat font size and the switch turns it on and back off', async () => {
    launch()
    render(<MinePage />)
    await screen.findByText('王大山')
    expect(pageRoot().classList.contains('elder')).toBe(false)
    fireEvent.click(document.querySelector('.elder-switch')!)
    expect(pageRoot().classList.contains('elder')).toBe(true)
    expect(document.querySelector('.elder-switch')!.classList.contains('on')).toBe(true)
    fireEvent.click(document.querySelector('.elder-switch')!)
    expect(pageRoot().classList.contains('elder')).toBe(false)
  })

  it('starts on when WeChat is set to a large font', async () => {
    taroMock.systemInfo = { fontSizeSetting: 22 }
    launch()
    render(<MinePage />)
    await screen.findByText('王大山')
    expect(pageRoot().classList.contains('elder')).toBe(true)
  })

  it('remembers the choice over the system setting on the next launch', async () => {
    taroMock.systemInfo = { fontSizeSetting: 22 }
    launch()
    const { unmount } = render(<MinePage />)
    await screen.findByText('王大山')
    fireEvent.click(document.querySelector('.elder-switch')!) // turn it off
    unmount()
    launch()
    render(<MinePage />)
    expect(pageRoot().classList.contains('elder')).toBe(false)
  })
})
