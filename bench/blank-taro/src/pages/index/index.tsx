import { View, Text } from '@tarojs/components'

export default function Index() {
  return <View className='blank-home'><Text>首页</Text></View>
}
