import { usePullDownRefresh, useRouter } from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import type { HouseholdFilter, HouseholdRow } from '@chengxin/shared/src/api'
import { PageShell } from '../../../../components/page-shell'
import { SessionGate } from '../../../../components/session-gate'
import { PagedView, usePagedList } from '../../../../components/paged-list'
import { Empty } from '../../../../components/state-views'
import { call } from '../../../../services/cloud'
import { filterFromParams } from '../../components/drill'
import { param } from '../../components/links'
import '../../components/report.css'

/** The households behind one number of a village's dashboard (of one villager group, or all), 20 at a time. */
function Households({ villageId, groupId, filter, title }: { villageId?: string; groupId?: string; filter: HouseholdFilter; title: string }) {
  const key = JSON.stringify([villageId, groupId, filter])
  const { list, reload, loadMore } = usePagedList<HouseholdRow>(key, async (offset, limit) => {
    const r = await call('dashboard.village', { villageId, groupId, households: filter, offset, limit })
    if (!r.ok) return r
    return { ok: true, data: r.data.households ?? { items: [], total: 0 } }
  })
  usePullDownRefresh(() => { void reload() })
  return (
    <View>
      <Text className='t-subtitle block households-title'>{title}</Text>
      <Text className='t-body muted block households-total'>{list.loaded ? `共 ${list.total} 户` : '…'}</Text>
      <PagedView list={list} reload={reload} loadMore={loadMore} emptyText='没有这样的农户'>
        {(items) => (
          <View className='card'>
            {items.map((h) => (
              <View key={h.householdId} className='list-row household-row' data-id={h.householdId}>
                <View className='entry'>
                  <Text className='t-body block household-label'>{h.groupName} {h.label}</Text>
                  {h.detail ? <Text className='t-small muted block household-detail'>{h.detail}</Text> : null}
                </View>
              </View>
            ))}
          </View>
        )}
      </PagedView>
    </View>
  )
}

export default function DashboardHouseholdsPage() {
  const p = useRouter().params
  const filter = filterFromParams({ filter: param(p.filter), category: param(p.category), outcome: param(p.outcome) })
  const title = param(p.title) ?? '农户名单'
  return (
    <PageShell title='数字背后的农户'>
      <SessionGate>
        {(me) => {
          if (!me.roles.includes('cadre') && !me.roles.includes('township')) return <Empty text='仅限村专干和镇工作人员使用' />
          if (!filter) return <Empty text='没有指定名单' hint='请从工作看板点一个数字进入。' />
          return <Households villageId={param(p.villageId)} groupId={param(p.groupId)} filter={filter} title={title} />
        }}
      </SessionGate>
    </PageShell>
  )
}
