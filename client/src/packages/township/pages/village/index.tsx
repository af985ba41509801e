import Taro, { useRouter } from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { PageShell } from '../../../../components/page-shell'
import { SessionGate } from '../../../../components/session-gate'
import { useAction } from '../../../../components/use-action'
import { StatsTable } from '../../../../components/stats-table'
import { Empty, ErrorView, Loading } from '../../../../components/state-views'
import { ActionButton } from '../../../../components/action-button'

function VillageStats({ id }: { id: string }) {
  const { state, reload } = useAction('commitment.stats', { villageId: id })
  if (state.status === 'loading') return <Loading />
  if (state.status === 'error') return <ErrorView error={state.error} onRetry={() => reload()} />
  const s = state.data
  return (
    <View>
      <Text className='t-subtitle block village-title'>{s.title} · 各村民组</Text>
      {s.rows.length === 0 ? <Empty text='这个村还没有村民组' /> : <StatsTable rows={s.rows} total={s.total} />}
      <ActionButton className='btn-open-review' primary={false} onClick={() => Taro.navigateTo({ url: `/packages/township/pages/review/index?id=${encodeURIComponent(id)}&name=${encodeURIComponent(s.title)}` })}>季度评议结果</ActionButton>
    </View>
  )
}

export default function TownshipVillagePage() {
  const p = useRouter().params
  return (
    <PageShell title={p.name ? decodeURIComponent(p.name) : '村签约情况'}>
      <SessionGate role='township'>
        {() => (p.id ? <VillageStats id={decodeURIComponent(p.id)} /> : <Empty text='没有指定村' hint='请从镇工作台进入。' />)}
      </SessionGate>
    </PageShell>
  )
}
