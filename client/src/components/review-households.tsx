import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import type { ReviewOutcome } from '@chengxin/shared/src/api'
import { call } from '../services/cloud'
import { PagedView, usePagedList } from './paged-list'
import { NOTICE_OUTCOMES, REVIEW_OUTCOME_LABELS } from './review-labels'
import { HouseholdResultCard } from './review-result'

/**
 * After close, for the panel and the cadre: results a page at a time, filtered by outcome, with
 * each item's anonymous spread of scores. The server never lists a household the caller is
 * conflicted on. Filters, not a ranking: the order is the roster's.
 */
export function HouseholdResults({ roundId }: { roundId: string }) {
  const [outcome, setOutcome] = useState<ReviewOutcome | undefined>(undefined)
  const { list, reload, loadMore } = usePagedList(`${roundId}/${outcome ?? ''}`, async (offset, limit) => {
    const r = await call('review.results', { view: 'households', roundId, offset, limit, ...(outcome ? { outcome } : {}) })
    return r.ok ? { ok: true as const, data: { items: r.data.households ?? [], total: r.data.total ?? 0 } } : r
  })
  return (
    <View className='household-results'>
      <Text className='t-subtitle block'>各户结果</Text>
      <View className='review-chips outcome-filter'>
        <Text className={`review-chip filter-all ${outcome ? '' : 'active'}`} onClick={() => setOutcome(undefined)}>全部</Text>
        {NOTICE_OUTCOMES.map((o) => (
          <Text key={o} className={`review-chip filter-${o} ${outcome === o ? 'active' : ''}`} onClick={() => setOutcome(o)}>{REVIEW_OUTCOME_LABELS[o]}</Text>
        ))}
      </View>
      <PagedView list={list} emptyText='没有这一类的农户' reload={() => void reload()} loadMore={() => void loadMore()}>
        {(items) => (
          <View>
            {items.map((h) => (
              <View key={h.householdId} className={`result-${h.householdId}`}>
                <HouseholdResultCard r={h} title={h.groupName} />
                <Text className='t-small muted block result-spread'>
                  各人打分（不显示是谁）：{h.spread.map((s) => `${h.items.find((i) => i.itemId === s.itemId)?.text.slice(0, 6) ?? s.itemId} ${s.scores.join('/') || '—'}`).join('；')}
                </Text>
              </View>
            ))}
          </View>
        )}
      </PagedView>
    </View>
  )
}
