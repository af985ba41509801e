import { useRouter } from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { formatTime } from '../../../../components/format'
import { PageShell } from '../../../../components/page-shell'
import { NoticeBody, RoundHeader, VillageTrend } from '../../../../components/review-result'
import { SessionGate } from '../../../../components/session-gate'
import { Empty, ErrorView, Loading } from '../../../../components/state-views'
import { useAction } from '../../../../components/use-action'
import '../../../../components/review.css'
import '../../components/township.css'

function Published({ roundId }: { roundId: string }) {
  const { state, reload } = useAction('review.results', { view: 'notice', roundId })
  if (state.status === 'loading') return <Loading />
  if (state.status === 'error') return <ErrorView error={state.error} onRetry={() => reload()} />
  return <NoticeBody data={state.data} />
}

/** A village's latest published review: the same notice its residents see, and the village's trend. */
function VillageReview({ villageId }: { villageId: string }) {
  const { state, reload } = useAction('review.rubric', { villageId })
  if (state.status === 'loading') return <Loading />
  if (state.status === 'error') return <ErrorView error={state.error} onRetry={() => reload()} />
  const round = state.data.round
  const published = round && (round.status === 'published' || round.status === 'final')
  return (
    <View>
      {!round ? <Empty text='这个村还没有开展季度评议' /> : (
        <RoundHeader round={round}>
          {round.publishedAt ? <Text className='t-small muted block'>{formatTime(round.publishedAt)} 公示</Text> : <Text className='t-small muted block'>结果公示后在这里显示。</Text>}
        </RoundHeader>
      )}
      {round && published ? <Published roundId={round.id} /> : null}
      <VillageTrend villageId={villageId} />
    </View>
  )
}

export default function TownshipReviewPage() {
  const p = useRouter().params
  return (
    <PageShell title={p.name ? `${decodeURIComponent(p.name)} · 季度评议` : '村评议结果'}>
      <SessionGate role='township'>
        {() => (p.id ? <VillageReview villageId={decodeURIComponent(p.id)} /> : <Empty text='没有指定村' hint='请从镇工作台进入。' />)}
      </SessionGate>
    </PageShell>
  )
}
