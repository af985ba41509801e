import { View, Text } from '@tarojs/components'
import type { ReactNode } from 'react'
import type { HouseholdResult, ReviewResultsOutput, RoundView, VillageResult } from '@chengxin/shared/src/api'
import { median, NOTICE_OUTCOMES, REVIEW_OUTCOME_LABELS } from './review-labels'
import { Empty, ErrorView, Loading } from './state-views'
import { useAction } from './use-action'
import './review.css'

/** A round's heading on every role's page: village, quarter, status; `children` add what the role needs to know. */
export function RoundHeader({ round, children }: { round: RoundView; children?: ReactNode }) {
  return (
    <View className='card review-round'>
      <Text className='t-subtitle block'>{round.villageName} {round.quarter} 季度评议</Text>
      <Text className={`review-tag round-status status-${round.status}`}>{round.statusLabel}</Text>
      {children}
    </View>
  )
}

type Counts = Record<(typeof NOTICE_OUTCOMES)[number], number | null>

/** A household's result: outcome, total and the median of every item — never who gave what. */
export function HouseholdResultCard({ r, title }: { r: HouseholdResult; title?: string }) {
  return (
    <View className={`card review-result outcome-${r.outcome}`}>
      {title ? <Text className='t-small muted block'>{title}</Text> : null}
      <View className='row-between'>
        <Text className='t-subtitle'>{r.householdLabel}</Text>
        <Text className={`review-tag result-outcome outcome-${r.outcome}`}>{r.outcomeLabel}</Text>
      </View>
      <Text className='t-body block result-total'>
        {r.total === null ? `未评：评议人数 ${r.scorers} 人，不足法定人数` : `总分 ${r.total} / ${r.maxTotal}（${r.scorers} 人评议，取中位数）`}
      </Text>
      {r.items.map((i) => (
        <View key={i.itemId} className={`review-row result-item item-${i.itemId}`}>
          <Text className='t-body grow'>{i.text}</Text>
          <Text className='t-body item-median'>{median(i.median)}</Text>
        </View>
      ))}
      {r.helper ? <Text className='t-body block result-helper'>村里安排的帮扶人：{r.helper}（帮扶不是处罚，不影响任何待遇）</Text> : null}
      {r.version > 1 ? <Text className='t-small muted block result-version'>第 {r.version} 版（申诉后改正）</Text> : null}
    </View>
  )
}

/** Counts per outcome; a count under 3 is not shown (so nobody can be singled out). */
export function OutcomeCounts({ counts }: { counts: Counts }) {
  return (
    <View className='review-counts'>
      {NOTICE_OUTCOMES.map((o) => (
        <View key={o} className={`review-row count-${o}`}>
          <Text className='t-body grow'>{REVIEW_OUTCOME_LABELS[o]}</Text>
          <Text className='t-body count-value'>{counts[o] === null ? '少于 3 户' : `${counts[o]} 户`}</Text>
        </View>
      ))}
    </View>
  )
}

/** The village's own result: per promise, the median of residents' ratings and of the panel. */
export function VillageResultCard({ v }: { v: VillageResult }) {
  return (
    <View className='card village-result'>
      <Text className='t-subtitle block'>村里兑现承诺的评价</Text>
      <Text className='t-small muted block'>{v.ratings} 户农户评价，{v.panelScorers} 位评议小组成员打分；取中位数，满分 4 分。</Text>
      {v.items.map((i) => (
        <View key={i.itemId} className={`village-item item-${i.itemId}`}>
          <Text className='t-body block'>{i.text}</Text>
          <Text className='t-small block village-medians'>农户评价：{median(i.residentMedian)}　评议小组：{median(i.panelMedian)}</Text>
        </View>
      ))}
      {v.comments.length > 0 ? (
        <View className='village-comments'>
          <Text className='t-body block'>农户意见（不显示姓名）：</Text>
          {v.comments.map((c, n) => <Text key={n} className='t-small block village-comment'>· {c}</Text>)}
        </View>
      ) : null}
    </View>
  )
}

/** The public notice's body: counts, the names of consenting households only (by outcome, roster order), the village's result. */
export function NoticeBody({ data }: { data: ReviewResultsOutput }) {
  const named = data.named ?? []
  return (
    <View>
      {data.counts ? (
        <View className='card notice-counts'>
          <Text className='t-subtitle block'>各类农户户数</Text>
          <OutcomeCounts counts={data.counts} />
          <Text className='t-small muted block'>只公布户数，不排名次。</Text>
        </View>
      ) : null}
      <View className='card notice-named'>
        <Text className='t-subtitle block'>同意公开户名的农户</Text>
        {named.length === 0 ? <Text className='t-body muted block'>没有农户同意公开户名。</Text> : null}
        {NOTICE_OUTCOMES.map((o) => {
          const rows = named.filter((n) => n.outcome === o)
          return rows.length === 0 ? null : (
            <View key={o} className={`named-${o}`}>
              <Text className='t-body block'>{REVIEW_OUTCOME_LABELS[o]}：</Text>
              <Text className='t-body block named-list'>{rows.map((n) => `${n.groupName} ${n.householdLabel}`).join('、')}</Text>
            </View>
          )
        })}
        <Text className='t-small muted block'>其他农户只计入户数，不公开户名（户主可在“季度评议”里设置）。</Text>
      </View>
      {data.village ? <VillageResultCard v={data.village} /> : null}
    </View>
  )
}

/** The village's per-promise trend over published rounds (resident and panel medians). */
export function VillageTrend({ villageId }: { villageId?: string }) {
  const { state, reload } = useAction('review.history', villageId ? { view: 'village', villageId } : { view: 'village' })
  if (state.status === 'loading') return <Loading />
  if (state.status === 'error') return <ErrorView error={state.error} onRetry={() => reload()} />
  const rounds = state.data.village ?? []
  if (rounds.length === 0) return <Empty text='还没有公示过的评议' />
  return (
    <View className='card village-trend'>
      <Text className='t-subtitle block'>村里承诺兑现的历次评价</Text>
      {rounds.map((r) => (
        <View key={r.roundId} className={`trend-round trend-${r.quarter}`}>
          <Text className='t-body block'>{r.quarter}</Text>
          {r.items.map((i) => (
            <Text key={i.itemId} className='t-small block'>{i.text}：农户 {median(i.residentMedian)}，评议小组 {median(i.panelMedian)}</Text>
          ))}
        </View>
      ))}
    </View>
  )
}
