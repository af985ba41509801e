import { View, Text, Image } from '@tarojs/components'
import type { InviteView } from '@chengxin/shared/src/api'
import { formatTime } from '../../../components/format'

/** A fresh invite: the 8-character code large enough to read out, and the mini-program code to scan. */
export function InviteCard({ invite }: { invite: InviteView }) {
  return (
    <View className='card invite-card'>
      <Text className='t-small muted block'>{invite.memberName ?? ''} 的邀请码</Text>
      <Text className='invite-code block'>{invite.code}</Text>
      {invite.qrUrl ? <Image className='invite-qr' nativeProps={{ alt: '邀请码小程序码' }} src={invite.qrUrl} mode='aspectFit' showMenuByLongpress /> : (
        <Text className='t-small muted block invite-no-qr'>小程序码暂时生成不了，请让对方在“绑定”页输入上面的邀请码。</Text>
      )}
      <Text className='t-body block invite-expiry'>有效期至 {formatTime(invite.expiresAt)}</Text>
      <Text className='t-small muted block'>请当面交给本人：微信扫码或在“绑定”页输入邀请码。只能使用一次。</Text>
    </View>
  )
}
