import { View, Text } from '@tarojs/components'
import { setElderMode, useElderMode } from '../stores/elder'

/** The elder-mode (大字模式) switch: on 首页 and in 我的 → settings, as WeChat's guide asks. */
export function ElderSwitch({ className = '' }: { className?: string }) {
  const on = useElderMode()
  return (
    <View className={`list-row elder-row ${className}`} onClick={() => setElderMode(!on)} role='switch' aria-checked={on} aria-label='大字模式'>
      <View className='entry'>
        <Text className='t-body block'>大字模式</Text>
        <Text className='t-small muted block'>字更大、按钮更大，方便老人使用</Text>
      </View>
      <View className={`switch elder-switch ${on ? 'on' : 'off'}`}>
        <View className='knob' />
      </View>
    </View>
  )
}
