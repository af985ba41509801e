import { useState } from 'react'
import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import type { MemberConflicts, ReviewQueueOutput } from '@chengxin/shared/src/api'
import { ActionButton } from '../../../components/action-button'
import { PagedView, usePagedList } from '../../../components/paged-list'
import { ErrorLine } from '../../../components/state-views'
import { useSubmit } from '../../../components/use-submit'
import { call } from '../../../services/cloud'

type Group = NonNullable<ReviewQueueOutput['groups']>[number]

/** One villager group's households to tick as relatives (those already declared are not listed). */
function GroupHouseholds({ roundId, groupId, picked, onToggle }: {
  roundId: string; groupId: string; picked: Map<string, string>; onToggle: (id: string, label: string) => void
}) {
  const { list, reload, loadMore } = usePagedList(`${roundId}/${groupId}`, async (offset, limit) => {
    const r = await call('review.queue', { view: 'group', roundId, groupId, offset, limit })
    return r.ok ? { ok: true as const, data: { items: r.data.items ?? [], total: r.data.total ?? 0 } } : r
  })
  return (
    <PagedView list={list} emptyText='这个组没有可选的农户' reload={() => void reload()} loadMore={() => void loadMore()}>
      {(items) => (
        <View>
          {items.map((h) => (
            <View key={h.householdId} className={`review-row conflict-option option-${h.householdId}`} onClick={() => onToggle(h.householdId, h.label)}>
              <Text className='t-body grow'>{h.label}</Text>
              <Text className={`review-chip ${picked.has(h.householdId) ? 'active' : ''}`}>{picked.has(h.householdId) ? '✓ 回避' : '选择'}</Text>
            </View>
          ))}
        </View>
      )}
    </PagedView>
  )
}

/**
 * Before scoring, a member declares relatives' households (their own is blocked already). The
 * whole list is sent each time; an empty list declares "none". Declared households leave the
 * member's queue, and any score already given to them is recused and never counts.
 */
export function ConflictDeclare({ roundId, groups, mine, onDone }: { roundId: string; groups: Group[]; mine: MemberConflicts; onDone: () => void }) {
  const [picked, setPicked] = useState(() => new Map(mine.conflicts.filter((c) => c.kind === 'relative').map((c) => [c.householdId, `${c.groupName} ${c.householdLabel}`])))
  const [groupId, setGroupId] = useState<string | null>(null)
  const { submitting, error, run } = useSubmit()
  const own = mine.conflicts.filter((c) => c.kind === 'own')
  const toggle = (id: string, label: string) => setPicked((m) => {
    const next = new Map(m)
    if (next.has(id)) next.delete(id)
    else next.set(id, `${groups.find((g) => g.groupId === groupId)?.groupName ?? ''} ${label}`)
    return next
  })
  const submit = async () => {
    const ids = [...picked.keys()]
    const r = await run((requestId) => call('review.declareConflict', { roundId, householdIds: ids }, { requestId }), {
      title: '申报回避',
      content: ids.length === 0 ? '确认您在本村没有需要回避的亲属户？' : `申报回避 ${ids.length} 户亲属户？您将看不到这些户的评分，已打的分也不再计入。监督小组会看到您的申报。`,
      confirmText: '确认申报',
    })
    if (r) { void Taro.showToast({ title: '已申报', icon: 'success' }); onDone() }
  }
  return (
    <View className='card conflict-declare'>
      <Text className='t-subtitle block'>申报需回避的亲属户</Text>
      <Text className='t-small muted block'>评分前请先申报：您的亲属户由其他成员评议。没有也请点“确认申报”。</Text>
      {own.map((c) => <Text key={c.householdId} className='t-body block conflict-own'>本户 {c.householdLabel}：自动回避</Text>)}
      <View className='conflict-picked'>
        {[...picked].map(([id, label]) => (
          <View key={id} className={`review-row picked-${id}`}>
            <Text className='t-body grow'>{label}</Text>
            <Text className='review-chip btn-unpick' onClick={() => toggle(id, label)}>取消</Text>
          </View>
        ))}
      </View>
      <Text className='t-small muted block'>按村民小组查找亲属户：</Text>
      <View className='review-chips conflict-groups'>
        {groups.map((g) => (
          <Text key={g.groupId} className={`review-chip group-${g.groupId} ${groupId === g.groupId ? 'active' : ''}`} onClick={() => setGroupId(g.groupId)}>{g.groupName}</Text>
        ))}
      </View>
      {groupId ? <GroupHouseholds roundId={roundId} groupId={groupId} picked={picked} onToggle={toggle} /> : null}
      <ActionButton className='btn-declare' disabled={submitting} onClick={submit}>
        {submitting ? '正在提交…' : picked.size === 0 ? '确认申报：没有需回避的亲属户' : `确认申报（${picked.size} 户）`}
      </ActionButton>
      <ErrorLine error={error} />
    </View>
  )
}
