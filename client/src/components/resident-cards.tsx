import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { useAction } from './use-action'
import { InlineError } from './state-views'
import { ENROLMENT_STATUS_LABELS, MANAGEMENT_LABELS } from './resident-labels'
import type { Me } from '../stores/session'

export const RESIDENT_PAGES = {
  documents: '/packages/resident/pages/documents/index',
  enrolment: '/packages/resident/pages/enrolment/index',
  inbox: '/packages/resident/pages/inbox/index',
  views: '/packages/resident/pages/views/index',
  ledgerConsent: '/packages/resident/pages/ledger-consent/index',
  complaints: '/packages/resident/pages/complaints/index',
} as const

const open = (url: string) => () => { void Taro.navigateTo({ url }) }

/** 首页: the village's documents (村务公开). */
export function DocumentsCard() {
  return (
    <View className='card card-tap docs-card' onClick={open(RESIDENT_PAGES.documents)}>
      <Text className='t-subtitle block'>村务公开 · 村里文件</Text>
      <Text className='t-body muted block'>章程、村规民约、诚信管理标准、奖励优惠待遇，以及正在公示的新版本 ›</Text>
    </View>
  )
}

/** 首页: the household's management type and any application in progress. */
export function EnrolmentCard() {
  const { state, reload } = useAction('enrolment.mine', {})
  return (
    <View className='card card-tap enrolment-card' onClick={open(RESIDENT_PAGES.enrolment)}>
      <Text className='t-subtitle block'>诚信管理</Text>
      {state.status === 'loading' ? <Text className='t-body muted block'>正在加载…</Text> : null}
      {state.status === 'error' ? (
        <InlineError error={state.error} onRetry={() => void reload()} />
      ) : null}
      {state.status === 'ready' ? (
        <View>
          <Text className={`tag management-type type-${state.data.managementType}`}>{MANAGEMENT_LABELS[state.data.managementType]}</Text>
          {state.data.current?.status === 'pending' ? <Text className='tag status-pending'>{ENROLMENT_STATUS_LABELS.pending}</Text> : null}
          <Text className='t-body block'>{state.data.canApply ? '可申请纳入诚信管理 ›' : '点此查看详情 ›'}</Text>
        </View>
      ) : null}
    </View>
  )
}

/** 我的: messages (with the unread count), who looked at my household, integrity management. */
export function MineLinks({ me, unread }: { me: Me; unread: number }) {
  const resident = !!me.household && me.roles.includes('resident')
  return (
    <View className='card mine-links'>
      <View className='list-row link-inbox' onClick={open(RESIDENT_PAGES.inbox)}>
        <Text className='t-body entry'>消息</Text>
        {unread > 0 ? <Text className='tag unread-count'>{unread > 99 ? '99+' : unread} 条未读</Text> : null}
        <Text className='t-body muted'>›</Text>
      </View>
      {resident ? (
        <View className='list-row link-enrolment' onClick={open(RESIDENT_PAGES.enrolment)}>
          <Text className='t-body entry'>诚信管理</Text>
          <Text className='t-body muted'>›</Text>
        </View>
      ) : null}
      {resident ? (
        <View className='list-row link-views' onClick={open(RESIDENT_PAGES.views)}>
          <Text className='t-body entry'>谁查看了我家信息</Text>
          <Text className='t-body muted'>›</Text>
        </View>
      ) : null}
      {resident ? (
        <View className='list-row link-complaints' onClick={open(RESIDENT_PAGES.complaints)}>
          <Text className='t-body entry'>我的投诉</Text>
          <Text className='t-body muted'>›</Text>
        </View>
      ) : null}
      {resident && me.household?.isHead ? (
        <View className='list-row link-ledger-consent' onClick={open(RESIDENT_PAGES.ledgerConsent)}>
          <Text className='t-body entry'>村账公开户名</Text>
          <Text className='t-body muted'>›</Text>
        </View>
      ) : null}
    </View>
  )
}
