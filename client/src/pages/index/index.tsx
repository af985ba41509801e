import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { PageShell } from '../../components/page-shell'
import { SessionGate, roleNames } from '../../components/session-gate'
import { useAction } from '../../components/use-action'
import { STATUS_LABELS } from '../../components/format'
import { InlineError, Loading } from '../../components/state-views'
import type { Me } from '../../stores/session'
import { APP_SUBTITLE, APP_TITLE } from '../../constants'
import { DocumentsCard, EnrolmentCard } from '../../components/resident-cards'
import { useUnreadBadge } from '../../stores/inbox'
import { ElderSwitch } from '../../components/elder-switch'
import { WorkToday } from '../../components/work-today'

function CommitmentCard() {
  const { state, reload } = useAction('commitment.mine', {})
  const open = () => Taro.switchTab({ url: '/pages/commitment/index' })
  return (
    <View className='card card-tap commitment-card' onClick={open}>
      <Text className='t-subtitle block'>我家的双向承诺书</Text>
      {state.status === 'loading' ? <Loading /> : null}
      {state.status === 'error' ? (
        <InlineError error={state.error} onRetry={() => void reload()} />
      ) : null}
      {state.status === 'ready' && !state.data.commitment ? <Text className='t-body muted block'>村里还没有发布承诺书</Text> : null}
      {state.status === 'ready' && state.data.commitment ? (
        <View>
          <Text className={`tag commitment-status status-${state.data.commitment.status}`}>{STATUS_LABELS[state.data.commitment.status]}</Text>
          <Text className='t-body block'>{state.data.canSign ? '请户主阅读后签署 ›' : '点此查看详情 ›'}</Text>
        </View>
      ) : null}
    </View>
  )
}

const ENTRIES = [
  { role: 'cadre', title: '村务办理', hint: '名册、承诺书、申请、村务文件', url: '/packages/cadre/pages/index/index', cls: 'entry-cadre' },
  { role: 'panel', title: '评议小组', hint: '季度评议、理财账目', url: '/packages/panel/pages/index/index', cls: 'entry-panel' },
  { role: 'township', title: '镇工作台', hint: '各村概况', url: '/packages/township/pages/index/index', cls: 'entry-township' },
] as const

function Home({ me }: { me: Me }) {
  const entries = ENTRIES.filter((e) => me.roles.includes(e.role))
  return (
    <View>
      <View className='card hero'>
        <Text className='t-title block greeting'>您好，{me.name ?? '乡亲'}</Text>
        <Text className='t-body block muted'>{[me.village?.name, me.household ? `${me.household.groupName} ${me.household.label}` : null].filter(Boolean).join(' · ') || me.township?.name || ''}</Text>
        <Text className='t-small block muted'>身份：{roleNames(me.roles) || '—'}</Text>
      </View>
      {entries.length > 0 ? <WorkToday /> : null}
      {me.household && me.roles.includes('resident') ? <CommitmentCard /> : null}
      {me.household && me.roles.includes('resident') ? <EnrolmentCard /> : null}
      {me.village ? <DocumentsCard /> : null}
      {me.village && !me.roles.includes('township') ? (
        <View className='card card-tap ledger-entry-card' onClick={() => Taro.navigateTo({ url: '/packages/resident/pages/ledger/index' })}>
          <Text className='t-subtitle block'>村账公开</Text>
          <Text className='t-body block'>违约金、奖励和收支，每笔两人经手 ›</Text>
        </View>
      ) : null}
      {me.household && me.roles.includes('resident') ? (
        <View className='card card-tap complaint-entry-card' onClick={() => Taro.navigateTo({ url: '/packages/resident/pages/complaints/index' })}>
          <Text className='t-subtitle block'>投诉与监督</Text>
          <Text className='t-body block'>实名或匿名投诉，交监督小组或镇里办理 ›</Text>
        </View>
      ) : null}
      {me.household && me.roles.includes('resident') ? (
        <View className='card card-tap review-entry-card' onClick={() => Taro.navigateTo({ url: '/packages/resident/pages/review/index' })}>
          <Text className='t-subtitle block'>季度评议</Text>
          <Text className='t-body block'>给村里打分，查看本户评议结果 ›</Text>
        </View>
      ) : null}
      {entries.length > 0 ? (
        <View className='card'>
          <Text className='t-subtitle block'>工作入口</Text>
          {entries.map((e) => (
            <View key={e.role} className={`list-row role-entry ${e.cls}`} onClick={() => Taro.navigateTo({ url: e.url })}>
              <View className='entry'>
                <Text className='t-body block'>{e.title}</Text>
                <Text className='t-small muted block'>{e.hint}</Text>
              </View>
              <Text className='t-body muted'>›</Text>
            </View>
          ))}
        </View>
      ) : null}
    </View>
  )
}

export default function IndexPage() {
  useUnreadBadge()
  return (
    <PageShell>
      <View className='page-header'>
        <Text className='t-title block app-title'>{APP_TITLE} · {APP_SUBTITLE}</Text>
        <Text className='t-small muted block'>村里守信，农户守诺，双方都看得见</Text>
      </View>
      <SessionGate>{(me) => <Home me={me} />}</SessionGate>
      <View className='card'><ElderSwitch className='home-elder' /></View>
    </PageShell>
  )
}
