import { useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import type { AppealView, ReviewOutcome } from '@chengxin/shared/src/api'
import { ActionButton } from '../../../../components/action-button'
import { formatTime } from '../../../../components/format'
import { PagedView, usePagedList } from '../../../../components/paged-list'
import { PageShell } from '../../../../components/page-shell'
import { ReasonBox } from '../../../../components/reason-box'
import { REVIEW_OUTCOME_LABELS } from '../../../../components/review-labels'
import { SessionGate } from '../../../../components/session-gate'
import { Empty, ErrorLine, ErrorView, Loading } from '../../../../components/state-views'
import { useAction } from '../../../../components/use-action'
import { useSubmit } from '../../../../components/use-submit'
import { call } from '../../../../services/cloud'
import '../../../../components/review.css'
import '../../components/panel.css'

const NEW_OUTCOMES = ['exemplary', 'fulfilled', 'support'] as const

/** Every review-group member's declared conflicts, their changes and recusals, for the supervision group to question. */
function Conflicts({ roundId }: { roundId: string }) {
  const { state, reload } = useAction('review.queue', { view: 'conflicts', roundId })
  if (state.status === 'loading') return <Loading />
  if (state.status === 'error') return <ErrorView error={state.error} onRetry={() => reload()} />
  const members = state.data.members ?? []
  if (members.length === 0) return <Empty text='评议小组还没有成员' />
  return (
    <View>
      {members.map((m, n) => (
        <View key={n} className='card member-conflicts'>
          <View className='row-between'>
            <Text className='t-subtitle'>{m.memberName}</Text>
            <Text className='review-tag'>{m.declaredAt ? `${formatTime(m.declaredAt)} 申报` : '尚未申报'}</Text>
          </View>
          {m.conflicts.map((c) => (
            <Text key={c.householdId} className={`t-body block conflict-${c.kind}`}>{c.groupName} {c.householdLabel}：{c.kind === 'own' ? '本户' : '亲属'}</Text>
          ))}
          {m.declarations.length > 1 ? <Text className='t-small muted block'>申报改过 {m.declarations.length - 1} 次</Text> : null}
          {m.recusals.map((r) => <Text key={r.householdId} className='t-small block recusal'>打分后回避：{r.householdLabel}（{formatTime(r.at)}，该分不计入）</Text>)}
        </View>
      ))}
    </View>
  )
}

/** An appeal: upheld, or changed to another outcome (a new version, the old one kept) — always with a reason. */
function Appeal({ a, onDone }: { a: AppealView; onDone: () => void }) {
  const [decision, setDecision] = useState<'upheld' | 'changed' | null>(null)
  const [outcome, setOutcome] = useState<Exclude<ReviewOutcome, 'unrated'> | null>(null)
  const [reason, setReason] = useState('')
  const { submitting, error, run } = useSubmit()
  const ready = !!reason.trim() && (decision === 'upheld' || (decision === 'changed' && !!outcome && outcome !== a.fromOutcome))
  const decide = async () => {
    const input = decision === 'changed'
      ? { appealId: a.id, decision: 'changed' as const, outcome: outcome!, reason: reason.trim() }
      : { appealId: a.id, decision: 'upheld' as const, reason: reason.trim() }
    const r = await run((requestId) => call('review.decideAppeal', input, { requestId }), {
      title: decision === 'changed' ? '改正结果' : '维持原结果',
      content: decision === 'changed'
        ? `把${a.householdLabel}的结果由“${REVIEW_OUTCOME_LABELS[a.fromOutcome]}”改为“${REVIEW_OUTCOME_LABELS[outcome!]}”？原结果保留备查，该户会收到通知。`
        : `维持${a.householdLabel}的原结果“${REVIEW_OUTCOME_LABELS[a.fromOutcome]}”？该户会收到通知和理由。`,
      confirmText: '确定',
    })
    if (r) { void Taro.showToast({ title: '已处理', icon: 'success' }); onDone() }
  }
  return (
    <View className={`card appeal appeal-${a.status} appeal-row-${a.householdId}`}>
      <View className='row-between'>
        <Text className='t-subtitle'>{a.householdLabel}</Text>
        <Text className='review-tag appeal-status'>{a.statusLabel}</Text>
      </View>
      <Text className='t-body block'>原结果：{REVIEW_OUTCOME_LABELS[a.fromOutcome]}{a.toOutcome ? ` → ${REVIEW_OUTCOME_LABELS[a.toOutcome]}` : ''}</Text>
      <Text className='t-body block'>申诉理由：{a.reason}</Text>
      <Text className='t-small muted block'>{formatTime(a.filedAt)} 提出</Text>
      {a.decisionReason ? <Text className='t-body block'>处理理由：{a.decisionReason}（{a.decidedBy ?? ''} {formatTime(a.decidedAt)}）</Text> : null}
      {a.status === 'pending' && !a.canDecide ? <Text className='t-small muted block'>您与这户需回避，请其他监督小组成员处理。</Text> : null}
      {a.status === 'pending' && a.canDecide ? (
        <View className='appeal-decide'>
          <View className='review-chips'>
            <Text className={`review-chip btn-uphold ${decision === 'upheld' ? 'active' : ''}`} onClick={() => setDecision('upheld')}>维持原结果</Text>
            <Text className={`review-chip btn-change ${decision === 'changed' ? 'active' : ''}`} onClick={() => setDecision('changed')}>改正结果</Text>
          </View>
          {decision === 'changed' ? (
            <View className='review-chips new-outcome'>
              {NEW_OUTCOMES.filter((o) => o !== a.fromOutcome).map((o) => (
                <Text key={o} className={`review-chip outcome-${o} ${outcome === o ? 'active' : ''}`} onClick={() => setOutcome(o)}>改为{REVIEW_OUTCOME_LABELS[o]}</Text>
              ))}
            </View>
          ) : null}
          {decision ? <ReasonBox className='decide-reason' label='理由（该户会看到）' value={reason} onChange={setReason} placeholder='例如：核实了健康服务记录，确已参加' /> : null}
          {decision ? <ActionButton className='btn-decide' disabled={submitting || !ready} onClick={decide}>{submitting ? '正在提交…' : '提交处理结果'}</ActionButton> : null}
          <ErrorLine error={error} />
        </View>
      ) : null}
    </View>
  )
}

function Appeals({ roundId }: { roundId: string }) {
  const [status, setStatus] = useState<'pending' | undefined>('pending')
  const { list, reload, loadMore } = usePagedList(`${roundId}/${status ?? ''}`, async (offset, limit) => {
    const r = await call('review.results', { view: 'appeals', roundId, offset, limit, ...(status ? { status } : {}) })
    return r.ok ? { ok: true as const, data: { items: r.data.appeals ?? [], total: r.data.total ?? 0 } } : r
  })
  return (
    <View>
      <View className='review-chips appeal-filter'>
        <Text className={`review-chip filter-pending ${status ? 'active' : ''}`} onClick={() => setStatus('pending')}>待处理</Text>
        <Text className={`review-chip filter-all ${status ? '' : 'active'}`} onClick={() => setStatus(undefined)}>全部</Text>
      </View>
      <PagedView list={list} emptyText={status ? '没有待处理的申诉' : '还没有申诉'} reload={() => void reload()} loadMore={() => void loadMore()}>
        {(items) => <View>{items.map((a) => <Appeal key={a.id} a={a} onDone={() => void reload()} />)}</View>}
      </PagedView>
    </View>
  )
}

function Supervise({ roundId }: { roundId: string }) {
  const [tab, setTab] = useState<'appeals' | 'conflicts'>('appeals')
  const { state, reload } = useAction('review.rubric', { roundId })
  if (state.status === 'loading') return <Loading />
  if (state.status === 'error') return <ErrorView error={state.error} onRetry={() => reload()} />
  const round = state.data.round
  if (!round?.canSupervise) return <Empty text='仅限监督小组成员' hint='监督小组成员由村专干安排。' />
  const published = round.status === 'published' || round.status === 'final'
  return (
    <View>
      <Text className='t-body block'>{round.quarter} 季度评议 · {round.statusLabel}</Text>
      <View className='review-chips supervise-tabs'>
        <Text className={`review-chip tab-appeals ${tab === 'appeals' ? 'active' : ''}`} onClick={() => setTab('appeals')}>申诉</Text>
        <Text className={`review-chip tab-conflicts ${tab === 'conflicts' ? 'active' : ''}`} onClick={() => setTab('conflicts')}>回避申报</Text>
      </View>
      {tab === 'conflicts' ? <Conflicts roundId={roundId} /> : null}
      {tab === 'appeals' && published ? <Appeals roundId={roundId} /> : null}
      {tab === 'appeals' && !published ? <Empty text='结果公示后才能申诉' /> : null}
    </View>
  )
}

export default function ReviewSupervisePage() {
  const id = useRouter().params.id
  return (
    <PageShell title='评议监督'>
      <SessionGate role='panel'>{() => (id ? <Supervise roundId={decodeURIComponent(id)} /> : <Empty text='没有指定评议' hint='请从“季度评议”进入。' />)}</SessionGate>
    </PageShell>
  )
}
