import { useState } from 'react'
import Taro, { useDidShow, usePullDownRefresh, useRouter } from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import type { RoundView } from '@chengxin/shared/src/api'
import { ActionButton } from '../../../../components/action-button'
import { PageShell } from '../../../../components/page-shell'
import { HouseholdResults } from '../../../../components/review-households'
import { RoundHeader } from '../../../../components/review-result'
import { SessionGate } from '../../../../components/session-gate'
import { Empty, ErrorView, Loading } from '../../../../components/state-views'
import { useAction } from '../../../../components/use-action'
import { ConflictDeclare } from '../../components/conflict-declare'
import '../../../../components/review.css'
import '../../components/panel.css'

export const GROUP_URL = '/packages/panel/pages/review-group/index'
export const SCORE_URL = '/packages/panel/pages/review-score/index'
export const SUPERVISE_URL = '/packages/panel/pages/review-supervise/index'

/** The member's evening: declare conflicts first, then the village's side and the groups one by one. */
function Scoring({ round }: { round: RoundView }) {
  const { state, reload } = useAction('review.queue', { view: 'groups', roundId: round.id })
  const [editing, setEditing] = useState(false)
  // Mounted only once the round has loaded, i.e. after the page's first show: every show this
  // sees is a return (from a group or the score page), so the progress must be read again.
  useDidShow(() => { void reload(true) })
  if (state.status === 'loading') return <Loading />
  if (state.status === 'error') return <ErrorView error={state.error} onRetry={() => reload()} />
  const groups = state.data.groups ?? []
  const mine = state.data.mine!
  if (!mine.declaredAt || editing) {
    return <ConflictDeclare roundId={round.id} groups={groups} mine={mine} onDone={() => { setEditing(false); void reload() }} />
  }
  const confirmed = groups.filter((g) => g.confirmed).length
  const villageScored = !!state.data.village?.scores
  return (
    <View>
      <View className='card conflicts-summary'>
        <Text className='t-body block'>回避 {mine.conflicts.length} 户：{mine.conflicts.map((c) => c.householdLabel).join('、') || '无'}</Text>
        <ActionButton className='btn-edit-conflicts' primary={false} onClick={() => setEditing(true)}>修改回避申报</ActionButton>
      </View>
      <View className='card review-village-side'>
        <Text className='t-subtitle block'>给村里的承诺打分</Text>
        <Text className={`review-tag ${villageScored ? 'scored' : 'unscored'}`}>{villageScored ? '已打分' : '未打分'}</Text>
        <ActionButton className='btn-score-village' primary={!villageScored} onClick={() => Taro.navigateTo({ url: `${SCORE_URL}?round=${encodeURIComponent(round.id)}` })}>
          {villageScored ? '修改村里的评分' : '给村里打分'}
        </ActionButton>
      </View>
      <View className='card review-groups'>
        <Text className='t-subtitle block'>逐组评议（已确认 {confirmed}/{groups.length} 组）</Text>
        <Text className='t-small muted block'>每户开始都算“诚信户”。只标记需要讨论或推荐示范的户，逐项打分；其余确认即可。</Text>
        <View className='progress-bar'><View className='fill' style={{ width: `${groups.length ? Math.round((confirmed / groups.length) * 100) : 0}%` }} /></View>
        {groups.length === 0 ? <Empty text='本村还没有村民小组' /> : null}
        {groups.map((g) => (
          <View key={g.groupId} className={`list-row queue-group group-${g.groupId} ${g.confirmed ? 'confirmed' : ''}`}
            onClick={() => Taro.navigateTo({ url: `${GROUP_URL}?round=${encodeURIComponent(round.id)}&group=${encodeURIComponent(g.groupId)}&name=${encodeURIComponent(g.groupName)}` })}>
            <View className='entry'>
              <Text className='t-body block'>{g.groupName}</Text>
              <Text className='t-small muted block'>{g.households} 户，标记 {g.marked} 户，已打分 {g.scored} 户</Text>
            </View>
            <Text className={`review-tag ${g.confirmed ? 'group-confirmed' : 'group-open'}`}>{g.confirmed ? '已确认' : '待评议'}</Text>
          </View>
        ))}
      </View>
    </View>
  )
}

function Review({ roundId, groups }: { roundId?: string; groups: string[] }) {
  const { state, reload } = useAction('review.rubric', roundId ? { roundId } : {})
  usePullDownRefresh(() => { void reload(true).then(() => Taro.stopPullDownRefresh()) })
  if (state.status === 'loading') return <Loading />
  if (state.status === 'error') return <ErrorView error={state.error} onRetry={() => reload()} />
  const round = state.data.round
  if (!round) return <Empty text='本村还没有开启季度评议' hint='村专干开启后，您会收到通知。' />
  const after = round.status === 'closed' || round.status === 'published' || round.status === 'final'
  return (
    <View>
      <RoundHeader round={round}>
        <Text className='t-small muted block'>每户至少 {round.settings.quorum} 人评议才出结果；评议结束前谁都看不到别人的评分。</Text>
      </RoundHeader>
      {round.canSupervise ? (
        <ActionButton className='btn-open-supervise' primary={false} onClick={() => Taro.navigateTo({ url: `${SUPERVISE_URL}?id=${encodeURIComponent(round.id)}` })}>监督：回避申报和申诉</ActionButton>
      ) : null}
      {round.status === 'open' && round.canScore ? <Scoring round={round} /> : null}
      {round.status === 'open' && !round.canScore ? <Empty text='您不是评议小组成员' hint='评议小组成员由村专干安排。' /> : null}
      {round.status === 'closing' ? <Empty text='正在计算评议结果' hint='村专干结束评议后，结果分批计算，请稍后再看。' /> : null}
      {/* canScore ends with the round: after close, membership of the groups decides (the server filters conflicts). */}
      {after && (groups.includes('review') || round.canSupervise) ? <HouseholdResults roundId={round.id} /> : null}
    </View>
  )
}

export default function PanelReviewPage() {
  const id = useRouter().params.id
  return (
    <PageShell title='季度评议'>
      <SessionGate role='panel'>{(me) => <Review roundId={id ? decodeURIComponent(id) : undefined} groups={me.panelGroups} />}</SessionGate>
    </PageShell>
  )
}
