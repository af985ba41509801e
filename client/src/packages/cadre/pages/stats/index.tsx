import Taro, { usePullDownRefresh } from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { ActionButton } from '../../../../components/action-button'
import { PageShell } from '../../../../components/page-shell'
import { SessionGate } from '../../../../components/session-gate'
import { useAction } from '../../../../components/use-action'
import { StatsTable } from '../../../../components/stats-table'
import { Empty, ErrorView, Loading } from '../../../../components/state-views'
import '../../components/cadre.css'

function VillageStats() {
  const { state, reload } = useAction('commitment.stats', {})
  usePullDownRefresh(() => { void reload(true).then(() => Taro.stopPullDownRefresh()) })
  if (state.status === 'loading') return <Loading />
  if (state.status === 'error') return <ErrorView error={state.error} onRetry={() => reload()} />
  const s = state.data
  return (
    <View>
      <Text className='t-body muted block stats-title'>{s.title} · 各村民组签约情况</Text>
      {s.rows.length === 0 ? <Empty text='还没有村民组' /> : <StatsTable rows={s.rows} total={s.total} />}
      <Text className='t-small muted block'>应签：名册内未归档的户；已签：户主已签署现行版本；签约率 = 已签 ÷ 应签。</Text>
      <ActionButton className='btn-open-commitments' primary={false} onClick={() => Taro.navigateTo({ url: '/packages/cadre/pages/commitments/index' })}>去会签承诺书</ActionButton>
    </View>
  )
}

export default function StatsPage() {
  return (
    <PageShell title='签约情况'>
      <SessionGate role='cadre'>{() => <VillageStats />}</SessionGate>
    </PageShell>
  )
}
