import type { PropsWithChildren } from 'react'
import { useLaunch } from '@tarojs/taro'
import { installPrivacyAuthorization } from './services/privacy-auth'
import './app.css'

// H5: 首页's code travels with the app's own instead of being fetched after the app has started
// (Taro loads every page lazily), so the first screen waits for one download, not two in a row.
// eslint-disable-next-line @typescript-eslint/no-require-imports
if (process.env.TARO_ENV === 'h5') require('./pages/index/index')

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    installPrivacyAuthorization()
  })
  return children
}

export default App
