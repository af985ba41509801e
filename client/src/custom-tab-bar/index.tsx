// The weapp's tab bar (app.config: tabBar.custom). WeChat's native bar keeps its size whatever
// the app does, so in elder mode its labels stayed small and its targets short (issue 13);
// this one follows the elder store like every page: text ≥ 24 px, targets ≥ 60 px.
// WeChat gives each tab page its own instance, created with that page, so the selected tab is
// the page on top when it mounts. The H5 build keeps Taro's own tab bar (styled in app.css).
import { useState } from 'react'
import Taro from '@tarojs/taro'
import { View, Image, Text } from '@tarojs/components'
import { useElderMode } from '../stores/elder'
import { unreadStore } from '../stores/inbox'
import { useStore } from '../stores/store'
import { TABS, tabIndexOf } from './tabs'
import homeIcon from '../assets/tab-home.png'
import homeOnIcon from '../assets/tab-home-on.png'
import commitmentIcon from '../assets/tab-commitment.png'
import commitmentOnIcon from '../assets/tab-commitment-on.png'
import bookingIcon from '../assets/tab-booking.png'
import bookingOnIcon from '../assets/tab-booking-on.png'
import mineIcon from '../assets/tab-mine.png'
import mineOnIcon from '../assets/tab-mine-on.png'
import './index.css'

const ICONS: Record<string, [string, string]> = {
  home: [homeIcon, homeOnIcon], commitment: [commitmentIcon, commitmentOnIcon],
  booking: [bookingIcon, bookingOnIcon], mine: [mineIcon, mineOnIcon],
}
const MINE = TABS.length - 1

function currentTab(): number {
  const pages = Taro.getCurrentPages()
  return tabIndexOf(pages[pages.length - 1]?.route)
}

export default function CustomTabBar() {
  const elder = useElderMode()
  const unread = useStore(unreadStore)
  const [selected, setSelected] = useState(currentTab)
  const go = (i: number) => {
    if (i === selected) return
    setSelected(i)
    void Taro.switchTab({ url: `/${TABS[i].pagePath}` })
  }
  return (
    <View className={`tab-bar ${elder ? 'elder' : ''}`} ariaRole='tablist'>
      {TABS.map((tab, i) => (
        <View key={tab.pagePath} className={`tab-item ${i === selected ? 'on' : ''}`} ariaRole='tab' ariaLabel={tab.text} onClick={() => go(i)}>
          <Image className='tab-icon' src={ICONS[tab.icon][i === selected ? 1 : 0]} />
          <Text className='tab-label'>{tab.text}</Text>
          {i === MINE && unread > 0 ? <Text className='tab-badge'>{unread > 99 ? '99+' : unread}</Text> : null}
        </View>
      ))}
    </View>
  )
}
