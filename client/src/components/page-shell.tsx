import type { ReactNode } from 'react'
import { View, Text } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { tabIndexOf } from '../custom-tab-bar/tabs'
import { isH5 } from '../services/cloud'
import { useElderMode } from '../stores/elder'
import { PrivacyPopup } from './privacy-popup'

interface Props {
  title?: string
  className?: string
  children: ReactNode
}

/** Every page's root: applies elder mode and hosts WeChat's privacy popup. */
export function PageShell({ title, className, children }: Props) {
  const elder = useElderMode()
  // The weapp's custom tab bar is fixed over the page's bottom: tab pages keep room for it.
  const route = useRouter().path
  const tabPage = !isH5() && tabIndexOf(route) >= 0
  return (
    <View className={`page ${elder ? 'elder' : ''} ${tabPage ? 'tab-page' : ''} ${className ?? ''}`}>
      {title ? <View className='page-header'><Text className='t-title'>{title}</Text></View> : null}
      {children}
      <PrivacyPopup />
    </View>
  )
}
