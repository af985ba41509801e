import type { PropsWithChildren } from 'react'
import { useLaunch } from '@tarojs/taro'
import { installPrivacyAuthorization } from './services/privacy-auth'
import './app.css'

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    installPrivacyAuthorization()
  })
  return children
}

export default App
