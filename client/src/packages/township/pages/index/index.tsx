import Taro, { usePullDownRefresh } from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { ActionButton } from '../../../../components/action-button'
import { PageShell } from '../../../../components/page-shell'
import { SessionGate } from '../../../../components/session-gate'
import { useAction } from '../../../../components/use-action'
import { StatsTable } from '../../../../components/stats-table'
import { Empty, ErrorView, Loading } from '../../../../components/state-views'

/** Signing rate of every village; tap one for its villager groups. */
function TownshipStats() {
  const { state, reload } = useAction('commitment.stats', {})
  usePullDownRefresh(() => { void reload(true).then(() => Taro.stopPullDownRefresh()) })
  if (state.status === 'loading') return <Loading />
  if (state.status === 'error') return <ErrorView error={state.error} onRetry={() => reload()} />
  const s = state.data
  const open = (id: string, name: string) =>
    Taro.navigateTo({ url: `/packages/township/pages/village/index?id=${encodeURIComponent(id)}&name=${encodeURIComponent(name)}` })
  return (
    <View>
      <Text className='t-subtitle block township-title'>{s.title} · 各村双向承诺签约情况</Text>
      {s.rows.length === 0 ? <Empty text='还没有村' /> : <StatsTable rows={s.rows} total={s.total} onOpen={(r) => open(r.id, r.name)} />}
      <Text className='t-small muted block'>点一个村查看各村民组。应签：未归档的户；已签：户主已签署现行版本。</Text>
    </View>
  )
}

export default function TownshipHomePage() {
  return (
    <PageShell title='镇工作台'>
      <SessionGate role='township'>
        {(me) => (
          <View>
            <Text className='t-body muted block'>{me.township?.name ?? '本镇'} · {me.name ?? ''}</Text>
            <ActionButton className='btn-open-dashboard' onClick={() => Taro.navigateTo({ url: '/packages/report/pages/township/index' })}>
              全镇工作看板
            </ActionButton>
            <ActionButton className='btn-open-assessment' primary={false} onClick={() => Taro.navigateTo({ url: '/packages/report/pages/assessment/index' })}>
              六好考评
            </ActionButton>
            <TownshipStats />
            <ActionButton className='btn-open-complaints' primary={false} onClick={() => Taro.navigateTo({ url: '/packages/township/pages/complaints/index' })}>
              投诉办理
            </ActionButton>
            <ActionButton className='btn-open-complaint-stats' primary={false} onClick={() => Taro.navigateTo({ url: '/packages/resident/pages/complaint-stats/index' })}>
              各村投诉办理情况
            </ActionButton>
            <ActionButton className='btn-open-invites' primary={false} onClick={() => Taro.navigateTo({ url: '/packages/township/pages/invites/index' })}>
              村专干邀请码
            </ActionButton>
            <ActionButton className='btn-open-sites' primary={false} onClick={() => Taro.navigateTo({ url: '/packages/township/pages/sites/index' })}>
              检查点
            </ActionButton>
            <ActionButton className='btn-open-slot-form' primary={false} onClick={() => Taro.navigateTo({ url: '/packages/township/pages/slot-open/index' })}>
              为各村开放检查时段
            </ActionButton>
            <ActionButton className='btn-open-ledger' primary={false} onClick={() => Taro.navigateTo({ url: '/packages/township/pages/ledger/index' })}>
              各村账目
            </ActionButton>
            <ActionButton className='btn-open-savings' primary={false} onClick={() => Taro.navigateTo({ url: '/packages/township/pages/savings/index' })}>
              节约测算
            </ActionButton>
          </View>
        )}
      </SessionGate>
    </PageShell>
  )
}
