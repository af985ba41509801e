import { useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import type { SiteView } from '@chengxin/shared/src/api'
import { ActionButton } from '../../../../components/action-button'
import { PageShell } from '../../../../components/page-shell'
import { SessionGate } from '../../../../components/session-gate'
import { useAction } from '../../../../components/use-action'
import { Empty, ErrorLine, ErrorView, Loading } from '../../../../components/state-views'
import { useSubmit } from '../../../../components/use-submit'
import { call } from '../../../../services/cloud'
import { openSiteLocation } from '../../components/site-location'
import { parseLocation, siteProblem, type SiteDraft } from '../../components/site-form'
import { TwField } from '../../components/tw-field'
import '../../components/township.css'

/** New site (no `site`) or an edit of one; an existing site can also be taken out of use or back. */
function SiteForm({ site }: { site?: SiteView }) {
  const [d, setD] = useState<SiteDraft>({
    name: site?.name ?? '', address: site?.address ?? '',
    latitude: site?.location ? String(site.location.latitude) : '', longitude: site?.location ? String(site.location.longitude) : '',
  })
  const set = (k: keyof SiteDraft) => (v: string) => setD({ ...d, [k]: v })
  const { submitting, error, run } = useSubmit()
  const hint = siteProblem(d)
  const loc = parseLocation(d)
  const location = typeof loc === 'string' ? null : loc
  const done = (toast: string) => { void Taro.showToast({ title: toast, icon: 'success' }); void Taro.navigateBack() }

  const save = async () => {
    if (hint) return
    const fields = { name: d.name.trim(), address: d.address.trim(), location }
    const out = site
      ? await run((requestId) => call('site.update', { siteId: site.id, ...fields }, { requestId }))
      : await run((requestId) => call('site.create', fields, { requestId }), { title: '新增检查点', content: `新增“${fields.name}”（${fields.address}）？各村将能在这里开放检查时段。`, confirmText: '新增' })
    if (out) done(site ? '已保存' : '已新增')
  }
  const setActive = async (active: boolean) => {
    if (!site) return
    const out = await run((requestId) => call('site.update', { siteId: site.id, active }, { requestId }), active
      ? { title: '重新启用', content: `重新启用“${site.name}”？各村又能在这里开放时段。`, confirmText: '启用' }
      : { title: '停用检查点', content: `停用“${site.name}”？之后不能再在这里开放新的时段，村民也看不到这个检查点。`, confirmText: '停用' })
    if (out) done(active ? '已启用' : '已停用')
  }

  return (
    <View className='card site-form'>
      <TwField label='名称' className='site-name-input' value={d.name} onChange={set('name')} maxlength={30} placeholder='如：镇卫生院计生服务站' />
      <TwField label='地址' className='site-address-input' value={d.address} onChange={set('address')} maxlength={100} />
      <View className='tw-pair'>
        <TwField label='纬度（可不填）' className='site-latitude-input' type='digit' value={d.latitude} onChange={set('latitude')} placeholder='30.1234' />
        <TwField label='经度（可不填）' className='site-longitude-input' type='digit' value={d.longitude} onChange={set('longitude')} placeholder='112.5678' />
      </View>
      <Text className='t-small muted block'>填了位置，村民可以在地图上找到检查点并导航。</Text>
      {location ? <Text className='tw-link btn-preview-location' onClick={() => openSiteLocation({ name: d.name, address: d.address, location })}>在地图上查看</Text> : null}
      {hint ? <Text className='t-body error-text block form-hint'>{hint}</Text> : null}
      <ActionButton className='btn-save-site' disabled={!!hint || submitting} onClick={save}>{submitting ? '正在保存…' : site ? '保存' : '新增检查点'}</ActionButton>
      {site ? (
        <ActionButton className={site.active ? 'btn-deactivate-site' : 'btn-activate-site'} primary={false} disabled={submitting} onClick={() => setActive(!site.active)}>
          {site.active ? '停用这个检查点' : '重新启用'}
        </ActionButton>
      ) : null}
      <ErrorLine error={error} />
    </View>
  )
}

function EditSite({ id }: { id: string }) {
  const { state, reload } = useAction('site.list', { includeInactive: true, limit: 50 })
  if (state.status === 'loading') return <Loading />
  if (state.status === 'error') return <ErrorView error={state.error} onRetry={() => reload()} />
  const site = state.data.items.find((s) => s.id === id)
  return site ? <SiteForm site={site} /> : <Empty text='没有找到这个检查点' hint='请从检查点列表进入。' />
}

export default function SiteEditPage() {
  const raw = useRouter().params.id
  const id = raw ? decodeURIComponent(raw) : ''
  return (
    <PageShell title={id ? '修改检查点' : '新增检查点'}>
      <SessionGate role='township'>{() => (id ? <EditSite id={id} /> : <SiteForm />)}</SessionGate>
    </PageShell>
  )
}
