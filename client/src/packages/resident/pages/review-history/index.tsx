import { View, Text } from '@tarojs/components'
import { PageShell } from '../../../../components/page-shell'
import { VillageTrend } from '../../../../components/review-result'
import { SessionGate } from '../../../../components/session-gate'
import { Empty, ErrorView, Loading } from '../../../../components/state-views'
import { useAction } from '../../../../components/use-action'
import '../../resident.css'

/** The household's result each published round, newest first. */
function OwnHistory() {
  const { state, reload } = useAction('review.history', { view: 'household' })
  if (state.status === 'loading') return <Loading />
  if (state.status === 'error') return <ErrorView error={state.error} onRetry={() => reload()} />
  const rows = state.data.household ?? []
  if (rows.length === 0) return <Empty text='本户还没有公示过的评议结果' />
  return (
    <View className='card own-history'>
      <Text className='t-subtitle block'>本户历次结果</Text>
      {rows.map((h) => (
        <View key={h.roundId} className={`review-row history-${h.quarter}`}>
          <Text className='t-body grow'>{h.quarter}</Text>
          <Text className='t-body'>{h.outcomeLabel}{h.total === null ? '' : `　${h.total}/${h.maxTotal}`}{h.version > 1 ? '（已改正）' : ''}</Text>
        </View>
      ))}
    </View>
  )
}

export default function ReviewHistoryPage() {
  return (
    <PageShell title='历次评议'>
      <SessionGate role='resident'>{() => <View><OwnHistory /><VillageTrend /></View>}</SessionGate>
    </PageShell>
  )
}
