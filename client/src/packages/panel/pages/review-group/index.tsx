import { useState } from 'react'
import Taro, { usePullDownRefresh, useRouter } from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import type { ReviewMark } from '@chengxin/shared/src/api'
import { ActionButton } from '../../../../components/action-button'
import { PagedView, usePagedList } from '../../../../components/paged-list'
import { PageShell } from '../../../../components/page-shell'
import { REVIEW_MARK_LABELS } from '../../../../components/review-labels'
import { SessionGate } from '../../../../components/session-gate'
import { Empty, ErrorLine } from '../../../../components/state-views'
import { useSubmit } from '../../../../components/use-submit'
import { call } from '../../../../services/cloud'
import { rememberTarget } from '../../components/review-cache'
import { SCORE_URL } from '../review/index'
import '../../../../components/review.css'
import '../../components/panel.css'

type Household = { householdId: string; label: string; mark: ReviewMark | null; scores: Record<string, number> | null }
const MARKS: ReviewMark[] = ['discuss', 'nominate']

/** One household in the member's queue: mark it (需讨论 / 推荐示范) or leave it as 诚信户, then score it. */
function Row({ roundId, h, onChanged }: { roundId: string; h: Household; onChanged: () => void }) {
  const { submitting, error, run } = useSubmit()
  const setMark = async (mark: ReviewMark | null) => {
    // Unmarking returns the household to "fulfilled" and drops the member's item scores for it.
    const scores = mark ? h.scores : null
    const r = await run((requestId) => call('review.score', { roundId, householdId: h.householdId, mark, scores }, { requestId }),
      mark === null && h.scores ? { title: '取消标记', content: `取消对${h.label}的标记？您给这户打的分将作废，按“做到了”计。`, confirmText: '取消标记' } : undefined)
    if (r) onChanged()
  }
  const score = () => {
    rememberTarget(h.householdId, { label: h.label, mark: h.mark, scores: h.scores })
    void Taro.navigateTo({ url: `${SCORE_URL}?round=${encodeURIComponent(roundId)}&household=${encodeURIComponent(h.householdId)}` })
  }
  return (
    <View className={`card queue-household household-${h.householdId} ${h.mark ? `marked mark-${h.mark}` : 'unmarked'}`}>
      <View className='row-between'>
        <Text className='t-body'>{h.label}</Text>
        <Text className={`review-tag ${h.mark ? `mark-${h.mark}` : ''}`}>{h.mark ? `${REVIEW_MARK_LABELS[h.mark]}${h.scores ? '·已打分' : '·待打分'}` : '诚信户'}</Text>
      </View>
      <View className='review-chips'>
        {MARKS.map((m) => (
          <Text key={m} className={`review-chip btn-mark-${m} ${h.mark === m ? 'active' : ''}`} onClick={() => { if (!submitting && h.mark !== m) void setMark(m) }}>{REVIEW_MARK_LABELS[m]}</Text>
        ))}
        {h.mark ? <Text className='review-chip btn-unmark' onClick={() => { if (!submitting) void setMark(null) }}>取消标记</Text> : null}
      </View>
      {h.mark ? <ActionButton className='btn-score-household' primary={!h.scores} disabled={submitting} onClick={score}>{h.scores ? '修改逐项评分' : '逐项打分'}</ActionButton> : null}
      <ErrorLine error={error} />
    </View>
  )
}

function Group({ roundId, groupId, name }: { roundId: string; groupId: string; name: string }) {
  const [confirmed, setConfirmed] = useState(false)
  const { list, reload, loadMore } = usePagedList(`${roundId}/${groupId}`, async (offset, limit) => {
    const r = await call('review.queue', { view: 'group', roundId, groupId, offset, limit })
    if (r.ok) setConfirmed(!!r.data.confirmed)
    return r.ok ? { ok: true as const, data: { items: r.data.items ?? [], total: r.data.total ?? 0 } } : r
  })
  usePullDownRefresh(() => { void reload() })
  const { submitting, error, run } = useSubmit()
  const marked = list.items.filter((h) => h.mark).length
  const confirm = async () => {
    const r = await run((requestId) => call('review.confirmGroup', { roundId, groupId }, { requestId }), {
      title: `确认${name}`,
      content: `${name}共 ${list.total} 户：标记的 ${marked} 户按您的逐项评分，其余各户都计为您评“做到了”。确认？`,
      confirmText: '确认本组',
    })
    if (r) { void Taro.showToast({ title: '本组已确认', icon: 'success' }); setConfirmed(true); void reload() }
  }
  return (
    <View>
      <Text className='t-small muted block'>不需要讨论的户不用动，最后确认本组即可；需回避的户不在这里显示。</Text>
      <PagedView list={list} emptyText='这个组没有您需要评议的农户' reload={() => void reload()} loadMore={() => void loadMore()}>
        {(items) => <View>{items.map((h) => <Row key={h.householdId} roundId={roundId} h={h} onChanged={() => void reload()} />)}</View>}
      </PagedView>
      {list.loaded ? (
        <View className='card confirm-group'>
          {confirmed ? <Text className='t-body block group-confirmed'>✓ 您已确认本组。之后再标记或改分，请再确认一次。</Text> : null}
          <ActionButton className='btn-confirm-group' primary={!confirmed} disabled={submitting} onClick={confirm}>
            {submitting ? '正在确认…' : confirmed ? '再次确认本组' : '确认本组：其余各户均为“做到了”'}
          </ActionButton>
          <ErrorLine error={error} />
        </View>
      ) : null}
    </View>
  )
}

export default function ReviewGroupPage() {
  const p = useRouter().params
  const name = p.name ? decodeURIComponent(p.name) : '本组'
  return (
    <PageShell title={`逐组评议 · ${name}`}>
      <SessionGate role='panel'>
        {() => (p.round && p.group
          ? <Group roundId={decodeURIComponent(p.round)} groupId={decodeURIComponent(p.group)} name={name} />
          : <Empty text='没有指定村民小组' hint='请从“季度评议”进入。' />)}
      </SessionGate>
    </PageShell>
  )
}
