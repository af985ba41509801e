import { useEffect, type ReactNode } from 'react'
import Taro from '@tarojs/taro'
import { View, Text, Button } from '@tarojs/components'
import type { Role } from '@chengxin/shared/src/api'
import { loadSession, useSession, type Me } from '../stores/session'
import { isH5 } from '../services/cloud'
import { Empty, ErrorView, Loading } from './state-views'

const ROLE_NAMES: Record<Role, string> = { resident: '村民', cadre: '村专干', panel: '评议小组成员', township: '镇工作人员' }

export function Unbound() {
  return (
    <View className='card unbound'>
      <Text className='t-subtitle block'>未绑定</Text>
      <Text className='t-body muted block'>请先输入村里发给您的邀请码，绑定到您的户或岗位。</Text>
      <Button className='btn btn-primary btn-go-bind' onClick={() => Taro.navigateTo({ url: '/pages/bind/index' })}>输入邀请码绑定</Button>
      {isH5() ? (
        <Button className='btn btn-ghost btn-go-dev-signin' onClick={() => Taro.navigateTo({ url: '/pages/dev-signin/index' })}>切换演示身份</Button>
      ) : null}
    </View>
  )
}

interface Props {
  /** Only people holding this role see the children; others get a plain explanation. */
  role?: Role
  children: (me: Me) => ReactNode
}

/**
 * H5 first visit: nobody chosen yet. Opens the demo sign-in page (once per app load, since
 * every tab page hosts a gate) instead of asking the gateway, which could only refuse.
 */
let signInOpened = false
function ChooseIdentity() {
  useEffect(() => {
    if (signInOpened) return
    signInOpened = true
    void Taro.navigateTo({ url: '/pages/dev-signin/index' })
  }, [])
  return (
    <View className='card unbound no-identity'>
      <Text className='t-subtitle block'>请先选择演示身份</Text>
      <Text className='t-body muted block'>本地模拟器里没有微信登录，请选择一个演示身份来使用。</Text>
      <Button className='btn btn-primary btn-go-dev-signin' onClick={() => Taro.navigateTo({ url: '/pages/dev-signin/index' })}>选择演示身份</Button>
    </View>
  )
}

/** Loading, error-with-retry, unbound and wrong-role states, so pages only handle the happy case. */
export function SessionGate({ role, children }: Props) {
  const s = useSession()
  if (s.status === 'idle' || s.status === 'loading') return <Loading />
  if (s.status === 'no-identity') return <ChooseIdentity />
  if (s.status === 'error') return <ErrorView error={s.error} onRetry={() => loadSession(true)} />
  if (!s.me.bound) return <Unbound />
  if (role && !s.me.roles.includes(role)) {
    return <Empty text={`仅限${ROLE_NAMES[role]}使用`} hint='您的账号没有这个岗位。如需开通，请联系镇里或村里获取邀请码。' />
  }
  return <>{children(s.me)}</>
}

export const roleNames = (roles: Role[]) => roles.map((r) => ROLE_NAMES[r]).join('、')
