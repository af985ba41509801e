import { useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import type { RubricItem } from '@chengxin/shared/src/api'
import { FULFILLED_SCORE } from '@chengxin/shared/src/domain/review-labels'
import { ActionButton } from '../../../../components/action-button'
import { PageShell } from '../../../../components/page-shell'
import { REVIEW_MARK_LABELS } from '../../../../components/review-labels'
import { ScorePicker } from '../../../../components/score-picker'
import { SessionGate } from '../../../../components/session-gate'
import { Empty, ErrorLine, ErrorView, Loading } from '../../../../components/state-views'
import { useAction } from '../../../../components/use-action'
import { useSubmit } from '../../../../components/use-submit'
import { call } from '../../../../services/cloud'
import { recallTarget } from '../../components/review-cache'
import '../../../../components/review.css'
import '../../components/panel.css'

interface FormProps { roundId: string; householdId?: string; items: RubricItem[]; start: Record<string, number>; title: string; hint: string }

/** Item by item, 0–4 with descriptors; saved as the member's own entry, overwritable while the round is open. */
function ScoreForm({ roundId, householdId, items, start, title, hint }: FormProps) {
  const [scores, setScores] = useState<Record<string, number>>(start)
  const { submitting, error, run } = useSubmit()
  const target = householdId ? recallTarget(householdId) : undefined
  const missing = items.filter((i) => scores[i.id] === undefined).length
  const save = async () => {
    const input = householdId
      ? { roundId, householdId, mark: target?.mark ?? 'discuss' as const, scores }
      : { roundId, scores }
    const r = await run((requestId) => call('review.score', input, { requestId }))
    if (r) { void Taro.showToast({ title: '已保存', icon: 'success' }); void Taro.navigateBack() }
  }
  return (
    <View className='card score-form'>
      <Text className='t-subtitle block score-subject'>{title}</Text>
      <Text className='t-small muted block'>{hint}</Text>
      {items.map((i) => (
        <ScorePicker key={i.id} className={`item-${i.id}`} text={i.text} descriptors={i.descriptors} value={scores[i.id] ?? null}
          onChange={(n) => setScores((s) => ({ ...s, [i.id]: n }))} disabled={submitting} />
      ))}
      <ActionButton className='btn-save-scores' disabled={submitting || missing > 0} onClick={save}>
        {submitting ? '正在保存…' : missing > 0 ? `还有 ${missing} 项未打分` : '保存评分'}
      </ActionButton>
      <ErrorLine error={error} />
    </View>
  )
}

function Household({ roundId, householdId }: { roundId: string; householdId: string }) {
  const { state, reload } = useAction('review.rubric', { roundId })
  if (state.status === 'loading') return <Loading />
  if (state.status === 'error') return <ErrorView error={state.error} onRetry={() => reload()} />
  const items = state.data.round?.rubric.householdItems ?? []
  const t = recallTarget(householdId)
  // Every household starts at "做到了" on every item: the member changes only what differs.
  const start = t?.scores ?? Object.fromEntries(items.map((i) => [i.id, FULFILLED_SCORE]))
  return (
    <ScoreForm roundId={roundId} householdId={householdId} items={items} start={start}
      title={`${t?.label ?? '农户'}${t?.mark ? `（${REVIEW_MARK_LABELS[t.mark]}）` : ''}`}
      hint='每项先按“做到了”（3 分）填好，只改与实际不符的项。评议结束前别人看不到您的评分。' />
  )
}

function Village({ roundId }: { roundId: string }) {
  const rubric = useAction('review.rubric', { roundId })
  const queue = useAction('review.queue', { view: 'groups', roundId })
  for (const s of [rubric.state, queue.state]) {
    if (s.status === 'loading') return <Loading />
    if (s.status === 'error') return <ErrorView error={s.error} onRetry={() => { void rubric.reload(); void queue.reload() }} />
  }
  if (rubric.state.status !== 'ready' || queue.state.status !== 'ready') return null
  const items = rubric.state.data.round?.rubric.villageItems ?? []
  return (
    <ScoreForm roundId={roundId} items={items} start={queue.state.data.village?.scores ?? {}} title='村里的承诺'
      hint='评议小组也给村里兑现承诺的情况逐项打分，和农户的评价一起公示。' />
  )
}

export default function ReviewScorePage() {
  const p = useRouter().params
  const roundId = p.round ? decodeURIComponent(p.round) : null
  return (
    <PageShell title='逐项打分'>
      <SessionGate role='panel'>
        {() => (!roundId ? <Empty text='没有指定评议' hint='请从“季度评议”进入。' />
          : p.household ? <Household roundId={roundId} householdId={decodeURIComponent(p.household)} /> : <Village roundId={roundId} />)}
      </SessionGate>
    </PageShell>
  )
}
