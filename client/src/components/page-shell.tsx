import type { ReactNode } from 'react'
import { View, Text } from '@tarojs/components'
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
  return (
    <View className={`page ${elder ? 'elder' : ''} ${className ?? ''}`}>
      {title ? <View className='page-header'><Text className='t-title'>{title}</Text></View> : null}
      {children}
      <PrivacyPopup />
    </View>
  )
}
