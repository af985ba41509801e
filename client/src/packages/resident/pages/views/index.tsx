import { View, Text } from '@tarojs/components'
import type { HouseholdViewItem } from '@chengxin/shared/src/api'
import { PageShell } from '../../../../components/page-shell'
import { SessionGate, roleNames } from '../../../../components/session-gate'
import { Empty, ErrorView, Loading } from '../../../../components/state-views'
import { formatTime } from '../../../../components/format'
import { call } from '../../../../services/cloud'
import { PagedFooter } from '../../components/paged-footer'
import { PAGE_SIZE, usePaged } from '../../components/use-paged'
import '../../resident.css'

function Views() {
  const { list, load } = usePaged<HouseholdViewItem, { items: HouseholdViewItem[]; total: number }>(
    (offset) => call('household.views', { limit: PAGE_SIZE, offset }), 'views')
  if (!list.loaded && list.loading) return <Loading />
  if (!list.loaded && list.error) return <ErrorView error={list.error} onRetry={() => load(0)} />
  return (
    <View>
      <Text className='t-body muted block views-intro'>村里、镇里的工作人员每次查看您家的信息都会留下记录，您可以在这里核对。共 {list.total} 条。</Text>
      {list.items.length === 0 ? <Empty text='还没有人查看过您家的信息' /> : (
        <View className='card'>
          {list.items.map((v, i) => (
            <View key={`${v.at}-${i}`} className='list-row view-row'>
              <View className='entry'>
                <Text className='t-body block'><Text className='viewer-name'>{v.viewerName}</Text>（{roleNames([v.viewerRole])}）</Text>
                <Text className='t-body block view-what'>{v.what}</Text>
                <Text className='t-small muted block'>{formatTime(v.at)}</Text>
              </View>
            </View>
          ))}
        </View>
      )}
      <PagedFooter list={list} onMore={() => load(list.items.length)} />
    </View>
  )
}

export default function HouseholdViewsPage() {
  return (
    <PageShell title='谁查看了我家信息'>
      <SessionGate>
        {(me) => (me.household && me.roles.includes('resident')
          ? <Views />
          : <Empty text='您还没有绑定到户' hint='绑定到户后，可以查看谁看过您家的信息。' />)}
      </SessionGate>
    </PageShell>
  )
}
