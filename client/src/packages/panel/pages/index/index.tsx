import { View, Text } from '@tarojs/components'
import { PageShell } from '../../../../components/page-shell'
import { SessionGate } from '../../../../components/session-gate'
import { Empty } from '../../../../components/state-views'

export default function PanelHomePage() {
  return (
    <PageShell title='评议小组'>
      <SessionGate role='panel'>
        {(me) => (
          <View>
            <View className='card'>
              <Text className='t-body block'>{me.name ?? ''}，您是{me.village?.name ?? '本村'}评议小组成员。</Text>
            </View>
            <Empty text='季度评议即将开放' hint='评议打分、监督投诉、理财账目会在后续版本里陆续上线。' />
          </View>
        )}
      </SessionGate>
    </PageShell>
  )
}
