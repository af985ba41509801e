import Taro, { usePullDownRefresh, useRouter } from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { formatTime } from '../../../../components/format'
import { PageShell } from '../../../../components/page-shell'
import { NoticeBody } from '../../../../components/review-result'
import { SessionGate } from '../../../../components/session-gate'
import { Empty, ErrorView, Loading } from '../../../../components/state-views'
import { useAction } from '../../../../components/use-action'
import '../../resident.css'

/** The public notice: counts per outcome, consenting households' names, the village's own result. */
function Notice({ roundId }: { roundId: string }) {
  const { state, reload } = useAction('review.results', { view: 'notice', roundId })
  usePullDownRefresh(() => { void reload(true).then(() => Taro.stopPullDownRefresh()) })
  if (state.status === 'loading') return <Loading />
  if (state.status === 'error') return <ErrorView error={state.error} onRetry={() => reload()} />
  const r = state.data.round
  return (
    <View>
      <View className='card'>
        <Text className='t-subtitle block'>{r.villageName} {r.quarter} 季度评议结果</Text>
        <Text className='review-tag round-status'>{r.statusLabel}</Text>
        {r.noticeEndsAt ? <Text className='t-small muted block'>公示至 {formatTime(r.noticeEndsAt)}；对本户结果有异议，可在“季度评议”里申诉。</Text> : null}
      </View>
      <NoticeBody data={state.data} />
    </View>
  )
}

export default function ReviewNoticePage() {
  const id = useRouter().params.id
  return (
    <PageShell title='评议结果公示'>
      <SessionGate>{() => (id ? <Notice roundId={decodeURIComponent(id)} /> : <Empty text='没有指定评议' hint='请从“季度评议”进入。' />)}</SessionGate>
    </PageShell>
  )
}
