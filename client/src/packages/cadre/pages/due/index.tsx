import { useState } from 'react'
import { usePullDownRefresh, useRouter } from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import type { DueItem, DueListOutput } from '@chengxin/shared/src/api'
import { PageShell } from '../../../../components/page-shell'
import { SessionGate } from '../../../../components/session-gate'
import { PagedView, usePagedList } from '../../../../components/paged-list'
import { call } from '../../../../services/cloud'
import { ExportDue } from '../../components/export-due'
import { periodName } from '@chengxin/shared/src/domain/plan-period-name'
import { MANAGEMENT_LABELS } from '../../components/labels'
import '../../components/cadre.css'
import '../../components/checkup.css'

type Filter = 'any' | 'due' | 'overdue'
const FILTER_LABELS: Record<Filter, string> = { any: '全部', due: '本期待检', overdue: '逾期未检' }

function DueRow({ d }: { d: DueItem }) {
  return (
    <View className={`list-row due-row ${d.overdue.length ? 'overdue' : ''}`} data-id={d.householdId}>
      <View className='entry'>
        <Text className='t-body block due-label'>{d.groupName} {d.label}</Text>
        <Text className='t-small muted block due-counts'>{MANAGEMENT_LABELS[d.managementType]} · 应检 {d.planned} · 已检 {d.done} · 已约 {d.booked}</Text>
        <View className='row'>
          {d.dueNow ? <Text className='tag status-open due-now'>本期待检</Text> : null}
          {d.overdue.length ? <Text className='tag status-no-show due-overdue'>逾期 {d.overdue.map((p) => periodName(p, d.perYear)).join('、')}</Text> : null}
        </View>
        <Text className='t-small muted block'>
          {d.lastDoneDay ? `上次检查 ${d.lastDoneDay}` : '今年还没有检查'}{d.workingAway ? ` · ${d.workingAway} 人在外务工（异地证明）` : ''}
        </Text>
      </View>
      <Text className='due-count'>{d.due}</Text>
    </View>
  )
}

function DueList() {
  // 首页's count and the dashboards open the list on their filter (?status=overdue).
  const asked = useRouter().params.status
  const [status, setStatus] = useState<Filter>(asked === 'due' || asked === 'overdue' ? asked : 'any')
  const [groupId, setGroupId] = useState<string | null>(null)
  const [summary, setSummary] = useState<Pick<DueListOutput, 'groups' | 'year' | 'today'> | null>(null)
  const { list, reload, loadMore } = usePagedList(`${status}/${groupId ?? ''}`, async (offset, limit) => {
    const r = await call('due.list', { status, groupId: groupId ?? undefined, offset, limit })
    if (r.ok) setSummary({ groups: r.data.groups, year: r.data.year, today: r.data.today })
    return r
  })
  usePullDownRefresh(() => { void reload() })
  const groups = summary?.groups ?? []
  return (
    <View>
      <View className='filters'>
        {(Object.keys(FILTER_LABELS) as Filter[]).map((f) => (
          <Text key={f} className={`filter-tab filter-${f} ${f === status ? 'active' : ''}`} onClick={() => setStatus(f)}>{FILTER_LABELS[f]}</Text>
        ))}
      </View>
      {groups.length ? (
        <View className='chips due-groups'>
          <Text data-id='' className={`chip group-option ${groupId === null ? 'active' : ''}`} onClick={() => setGroupId(null)}>全部组</Text>
          {groups.map((g) => (
            <Text key={g.id} data-id={g.id} className={`chip group-option ${groupId === g.id ? 'active' : ''}`} onClick={() => setGroupId(g.id)}>
              {g.name}（待检{g.due}·逾期{g.overdue}）
            </Text>
          ))}
        </View>
      ) : null}
      {summary ? (
        <Text className='t-small muted block due-total'>
          {summary.year}年 · {groups.find((g) => g.id === groupId)?.name ?? '全村'}{status === 'any' ? '待检和逾期' : FILTER_LABELS[status]}的 {list.total} 户 · 右侧数字为今年还差几次
        </Text>
      ) : null}
      <ExportDue groupId={groupId} status={status} />
      <PagedView list={list} reload={reload} loadMore={loadMore} emptyText={status === 'overdue' ? '没有逾期未检的户' : '没有待检的户'}>
        {(items) => <View className='card'>{items.map((d) => <DueRow key={d.householdId} d={d} />)}</View>}
      </PagedView>
    </View>
  )
}

export default function DuePage() {
  return (
    <PageShell title='待检和逾期'>
      <SessionGate role='cadre'>{() => <DueList />}</SessionGate>
    </PageShell>
  )
}
