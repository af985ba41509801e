import { View, Text } from '@tarojs/components'
import { PageShell } from '../../components/page-shell'
import { Empty } from '../../components/state-views'

export default function BookingPage() {
  return (
    <PageShell title='检查预约'>
      <Empty text='检查预约即将开放' hint='开放后，您可以在这里预约镇卫生院的免费家庭健康服务，或上传在外地做过检查的证明。' />
      <View className='card'>
        <Text className='t-small muted block'>我们只记录“是否按时参加”，不记录任何检查结果。</Text>
      </View>
    </PageShell>
  )
}
