// The first screen shows the last known session at once and refreshes it in the background
// (issue 13). The stored copy is put in place before this file loads the store, as on a phone
// that opened the app before.
import { render, screen, waitFor } from '@testing-library/react'
import { Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { installFakeBackend, makeMe } from '../../test-mocks/fake-backend'
import { STORAGE_KEYS } from '../constants'

Taro.setStorageSync(STORAGE_KEYS.session, { who: 'wechat', me: makeMe({ name: '上次的名字' }) })
/* eslint-disable @typescript-eslint/no-require-imports -- loaded after the stored copy is in place */
const { sessionStore } = require('./session') as typeof import('./session')
const { SessionGate } = require('../components/session-gate') as typeof import('../components/session-gate')
/* eslint-enable @typescript-eslint/no-require-imports */

it('renders the stored session in the first render, then replaces it with whoami and stores that', async () => {
  expect(sessionStore.get()).toMatchObject({ status: 'ready', me: { name: '上次的名字' } })
  const be = installFakeBackend({ me: makeMe({ name: '王大山' }) })
  render(<SessionGate>{(me) => <Text className='greeting'>您好，{me.name}</Text>}</SessionGate>)
  // No waiting: the greeting is there before any answer.
  expect(screen.getByText('您好，上次的名字')).toBeTruthy()
  await waitFor(() => expect(screen.getByText('您好，王大山')).toBeTruthy())
  expect(be.requests.filter((r) => r.action === 'account.whoami')).toHaveLength(1)
  expect(Taro.getStorageSync(STORAGE_KEYS.session)).toMatchObject({ who: 'wechat', me: { name: '王大山' } })
})
