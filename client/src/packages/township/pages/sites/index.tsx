import Taro, { usePullDownRefresh } from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import type { SiteView } from '@chengxin/shared/src/api'
import { ActionButton } from '../../../../components/action-button'
import { PageShell } from '../../../../components/page-shell'
import { SessionGate } from '../../../../components/session-gate'
import { PagedView, usePagedList } from '../../../../components/paged-list'
import { call } from '../../../../services/cloud'
import { openSiteLocation } from '../../components/site-location'
import '../../components/township.css'

function SiteRow({ s }: { s: SiteView }) {
  const edit = () => Taro.navigateTo({ url: `/packages/township/pages/site-edit/index?id=${encodeURIComponent(s.id)}` })
  return (
    <View className={`item site-row ${s.active ? 'active' : 'inactive'}`} data-id={s.id}>
      <View className='row'>
        <Text className='t-body site-name'>{s.name}</Text>
        <Text className={`tag site-status status-${s.active ? 'active' : 'inactive'}`}>{s.active ? '在用' : '已停用'}</Text>
      </View>
      <Text className='t-small muted block site-address'>{s.address}</Text>
      <View className='row'>
        {s.location ? <Text className='tw-link btn-open-location' onClick={() => openSiteLocation(s)}>在地图上查看</Text> : <Text className='t-small muted'>未设置位置</Text>}
        <Text className='tw-link btn-edit-site' onClick={edit}>修改</Text>
      </View>
    </View>
  )
}

/** The township's check-up sites, those out of use too. */
function Sites() {
  const { list, reload, loadMore } = usePagedList('sites', (offset, limit) => call('site.list', { includeInactive: true, offset, limit }))
  usePullDownRefresh(() => { void reload() })
  return (
    <View>
      <ActionButton className='btn-new-site' onClick={() => Taro.navigateTo({ url: '/packages/township/pages/site-edit/index' })}>新增检查点</ActionButton>
      <PagedView list={list} reload={reload} loadMore={loadMore} emptyText='还没有检查点' emptyHint='新增检查点后，村里才能开放检查时段。'>
        {(items) => <View className='card'>{items.map((s) => <SiteRow key={s.id} s={s} />)}</View>}
      </PagedView>
    </View>
  )
}

export default function SitesPage() {
  return (
    <PageShell title='检查点'>
      <SessionGate role='township'>{() => <Sites />}</SessionGate>
    </PageShell>
  )
}
