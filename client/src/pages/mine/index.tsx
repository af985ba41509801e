import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { PageShell } from '../../components/page-shell'
import { SessionGate, roleNames } from '../../components/session-gate'
import { ElderSwitch } from '../../components/elder-switch'
import { isH5 } from '../../services/cloud'
import { MineLinks } from '../../components/resident-cards'
import { useUnreadBadge } from '../../stores/inbox'

const go = (url: string) => () => Taro.navigateTo({ url })

function LinkRow({ text, url, className }: { text: string; url: string; className: string }) {
  return (
    <View className={`list-row ${className}`} onClick={go(url)}>
      <Text className='t-body'>{text}</Text>
      <Text className='t-body muted'>›</Text>
    </View>
  )
}

export default function MinePage() {
  const unread = useUnreadBadge()
  return (
    <PageShell title='我的'>
      <SessionGate>
        {(me) => (
          <View>
            <View className='card profile'>
              <Text className='t-subtitle block profile-name'>{me.name ?? '未填写姓名'}</Text>
              <Text className='t-body block profile-roles'>身份：{roleNames(me.roles) || '—'}</Text>
              {me.village ? <Text className='t-body block'>所在村：{me.village.name}</Text> : null}
              {me.household ? (
                <Text className='t-body block profile-household'>
                  本户：{me.household.groupName} {me.household.label}{me.household.isHead ? '（户主）' : ''}
                </Text>
              ) : null}
            </View>
            <MineLinks me={me} unread={unread} />
          </View>
        )}
      </SessionGate>
      <View className='card'>
        <ElderSwitch />
        <LinkRow text='隐私保护指引' url='/pages/privacy/index' className='link-privacy' />
        <LinkRow text='用邀请码增加身份' url='/pages/bind/index' className='link-bind' />
        {isH5() ? <LinkRow text='切换演示身份' url='/pages/dev-signin/index' className='link-dev-signin' /> : null}
      </View>
    </PageShell>
  )
}
