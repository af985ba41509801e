import { useState } from 'react'
import Taro, { usePullDownRefresh, useRouter } from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import type { ActionError, RoundView } from '@chengxin/shared/src/api'
import { ActionButton } from '../../../../components/action-button'
import { formatTime } from '../../../../components/format'
import { PageShell } from '../../../../components/page-shell'
import { HouseholdResults } from '../../../../components/review-households'
import { NoticeBody, RoundHeader } from '../../../../components/review-result'
import { SessionGate } from '../../../../components/session-gate'
import { Empty, ErrorLine, ErrorView, Loading } from '../../../../components/state-views'
import { useAction, useChange } from '../../../../components/use-action'
import { useSubmit } from '../../../../components/use-submit'
import { call } from '../../../../services/cloud'
import { OpenRound } from '../../components/review-open'
import '../../../../components/review.css'
import '../../components/cadre.css'

/** Who of the review group has declared conflicts (they cannot score before): the cadre's view of progress. */
function Declarations({ roundId }: { roundId: string }) {
  const { state, reload } = useAction('review.queue', { view: 'conflicts', roundId })
  if (state.status === 'loading') return <Loading />
  if (state.status === 'error') return <ErrorView error={state.error} onRetry={() => reload()} />
  const members = state.data.members ?? []
  const declared = members.filter((m) => m.declaredAt).length
  return (
    <View className='card review-declarations'>
      <Text className='t-subtitle block'>评议小组（已申报回避 {declared}/{members.length} 人）</Text>
      {members.length === 0 ? <Text className='t-body muted block'>还没有评议小组成员，请在“评议监督理财小组”里安排。</Text> : null}
      {members.map((m, n) => (
        <View key={n} className='review-row'>
          <Text className='t-body grow'>{m.memberName}</Text>
          <Text className='t-small'>{m.declaredAt ? `回避 ${m.conflicts.length} 户` : '未申报，不能评分'}</Text>
        </View>
      ))}
    </View>
  )
}

/** Closing computes every household's result in batches; the page calls until done and shows how far it got. */
function Close({ round, onDone }: { round: RoundView; onDone: () => void }) {
  const change = useChange()
  const [busy, setBusy] = useState(false)
  const [progress, setProgress] = useState(round.close)
  const [error, setError] = useState<ActionError | null>(null)
  const run = async () => {
    if (round.status === 'open') {
      const { confirm } = await Taro.showModal({ title: '结束评议', content: '结束后评议小组不能再打分，农户不能再评价村里，随即计算各户结果。确认结束？', confirmText: '结束评议', cancelText: '取消' })
      if (!confirm) return
    }
    setBusy(true)
    setError(null)
    // Each batch is its own change (a new requestId once answered); a lost answer is replayed with the same id.
    for (let calls = 0; calls < 200; calls++) {
      const r = await change((requestId) => call('review.close', { roundId: round.id }, { requestId }))
      if (!r.ok) { setError(r.error); break }
      setProgress({ processed: r.data.processed, total: r.data.total })
      if (r.data.done) { void Taro.showToast({ title: '结果已算出', icon: 'success' }); onDone(); break }
    }
    setBusy(false)
  }
  const pct = progress && progress.total ? Math.round((progress.processed / progress.total) * 100) : 0
  return (
    <View className='card review-close'>
      {progress ? (
        <View>
          <Text className='t-body block close-progress'>已计算 {progress.processed}/{progress.total} 户</Text>
          <View className='progress-bar'><View className='fill' style={{ width: `${pct}%` }} /></View>
        </View>
      ) : null}
      <ActionButton className='btn-close-round' disabled={busy} onClick={run}>
        {busy ? '正在计算结果…' : round.status === 'open' ? '结束评议，计算结果' : '继续计算结果'}
      </ActionButton>
      <ErrorLine error={error} />
    </View>
  )
}

function Publish({ round, onDone }: { round: RoundView; onDone: () => void }) {
  const { submitting, error, run } = useSubmit()
  const publish = async () => {
    const r = await run((requestId) => call('review.publish', { roundId: round.id }, { requestId }), {
      title: '公示结果', content: `公示 ${round.settings.noticeDays} 天，各户可查看本户结果，公示期内可申诉；只公布各类户数和同意公开的户名。确认公示？`, confirmText: '公示',
    })
    if (r) { void Taro.showToast({ title: '已公示', icon: 'success' }); onDone() }
  }
  return (
    <View className='card review-publish'>
      <ActionButton className='btn-publish-round' disabled={submitting} onClick={publish}>{submitting ? '正在公示…' : '公示评议结果'}</ActionButton>
      <ErrorLine error={error} />
    </View>
  )
}

function Notice({ roundId }: { roundId: string }) {
  const { state, reload } = useAction('review.results', { view: 'notice', roundId })
  if (state.status === 'loading') return <Loading />
  if (state.status === 'error') return <ErrorView error={state.error} onRetry={() => reload()} />
  return <NoticeBody data={state.data} />
}

function Round({ round, onChanged }: { round: RoundView; onChanged: () => void }) {
  const published = round.status === 'published' || round.status === 'final'
  return (
    <View>
      <RoundHeader round={round}>
        <Text className='t-small muted block'>
          {formatTime(round.openedAt)} 由 {round.openedBy} 开启；法定人数 {round.settings.quorum} 人，公示 {round.settings.noticeDays} 天，申诉期 {round.settings.appealDays} 天
        </Text>
        {round.noticeEndsAt ? <Text className='t-small muted block'>公示至 {formatTime(round.noticeEndsAt)}</Text> : null}
      </RoundHeader>
      {round.status === 'open' ? <Declarations roundId={round.id} /> : null}
      {round.status === 'open' || round.status === 'closing' ? <Close round={round} onDone={onChanged} /> : null}
      {round.status === 'closed' ? <Publish round={round} onDone={onChanged} /> : null}
      {published ? <Notice roundId={round.id} /> : null}
      {round.status !== 'open' && round.status !== 'closing' ? <HouseholdResults roundId={round.id} /> : null}
    </View>
  )
}

function Review({ roundId: initial }: { roundId?: string }) {
  const [roundId, setRoundId] = useState(initial)
  const { state, reload } = useAction('review.rubric', roundId ? { roundId } : {})
  usePullDownRefresh(() => { void reload(true).then(() => Taro.stopPullDownRefresh()) })
  if (state.status === 'loading') return <Loading />
  if (state.status === 'error') return <ErrorView error={state.error} onRetry={() => reload()} />
  const d = state.data
  const taken = d.rounds.map((r) => r.quarter)
  const canOpen = !!d.proposal && !taken.includes(d.currentQuarter)
  return (
    <View>
      {d.rounds.length > 1 ? (
        <View className='review-chips round-chips'>
          {d.rounds.map((r) => (
            <Text key={r.id} className={`review-chip round-${r.quarter} ${d.round?.id === r.id ? 'active' : ''}`} onClick={() => setRoundId(r.id)}>{r.quarter} {r.statusLabel}</Text>
          ))}
        </View>
      ) : null}
      {/* The quarter's round to open comes first; the last round stays below for reference. */}
      {canOpen ? <OpenRound proposal={d.proposal!} currentQuarter={d.currentQuarter} taken={taken} onOpened={(id) => setRoundId(id)} /> : null}
      {d.round ? <Round round={d.round} onChanged={() => void reload(true)} /> : null}
      {!d.round && !d.proposal ? <Empty text='还不能开启评议' hint='本村发布双向承诺书后，按承诺书生成评议细则。' /> : null}
    </View>
  )
}

export default function CadreReviewPage() {
  const id = useRouter().params.id
  return (
    <PageShell title='季度评议'>
      <SessionGate role='cadre'>{() => <Review roundId={id ? decodeURIComponent(id) : undefined} />}</SessionGate>
    </PageShell>
  )
}
