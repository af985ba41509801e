import { useEffect, useState } from 'react'
import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import type { ActionError } from '@chengxin/shared/src/api/errors'
import { PageShell } from '../../components/page-shell'
import { Empty, ErrorView, Loading } from '../../components/state-views'
import { getDemoOpenid, isH5, listDemoIdentities, setDemoOpenid, type DemoIdentity } from '../../services/cloud'
import { loadSession, resetSession } from '../../stores/session'

const ROLE_NAMES: Record<string, string> = { resident: '村民', cadre: '村专干', panel: '评议小组', township: '镇工作人员' }

function IdentityList() {
  const [state, setState] = useState<{ s: 'loading' } | { s: 'ready'; list: DemoIdentity[] } | { s: 'error'; error: ActionError }>({ s: 'loading' })
  const current = getDemoOpenid()
  const load = async () => {
    setState({ s: 'loading' })
    const r = await listDemoIdentities()
    setState(r.ok ? { s: 'ready', list: r.data.identities } : { s: 'error', error: r.error })
  }
  useEffect(() => { void load() }, [])

  const choose = (id: DemoIdentity) => {
    setDemoOpenid(id.openid)
    resetSession()
    void loadSession(true)
    void Taro.switchTab({ url: '/pages/index/index' })
  }

  if (state.s === 'loading') return <Loading />
  if (state.s === 'error') return <ErrorView error={state.error} onRetry={load} />
  if (state.list.length === 0) return <Empty text='模拟器里还没有演示身份' hint='请先运行 npm start 载入演示数据。' />
  return (
    <View>
      {state.list.map((id) => (
        <View key={id.openid} className={`card card-tap identity-item ${id.openid === current ? 'current' : ''}`} data-openid={id.openid} onClick={() => choose(id)}>
          <Text className='t-subtitle block identity-name'>{id.name}{id.openid === current ? '（当前）' : ''}</Text>
          <Text className='t-body block'>{id.roles.map((r) => ROLE_NAMES[r] ?? r).join('、') || '未绑定'}</Text>
          {id.villageName || id.householdLabel ? <Text className='t-small muted block'>{[id.villageName, id.householdLabel].filter(Boolean).join(' · ')}</Text> : null}
          {id.note ? <Text className='t-small muted block'>{id.note}</Text> : null}
        </View>
      ))}
    </View>
  )
}

/** Local emulator only: choose which demo WeChat identity the H5 build acts as. */
export default function DevSigninPage() {
  return (
    <PageShell title='选择演示身份'>
      {isH5()
        ? <IdentityList />
        : <Empty text='此页面仅用于本地模拟器' hint='在微信里请直接使用您自己的微信身份。' />}
    </PageShell>
  )
}
