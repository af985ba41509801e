import Taro from '@tarojs/taro'
import { View, Text, Button } from '@tarojs/components'
import { useStore } from '../stores/store'
import { answerPrivacy, privacyPrompt } from '../services/privacy-auth'

const AGREE_ID = 'privacy-agree-btn'

/** WeChat privacy authorisation (weapp) or first-use consent sheet (H5). */
export function PrivacyPopup() {
  const { open } = useStore(privacyPrompt)
  if (!open) return null
  return (
    <View className='privacy-mask'>
      <View className='privacy-sheet'>
        <Text className='t-subtitle'>隐私保护提示</Text>
        <Text className='t-body block'>
          使用前请阅读《诚信小程序隐私保护指引》。我们只收集办理双向承诺所需的身份、户籍和签署信息，检查只记录“是否参加”，不记录任何检查结果。
        </Text>
        <Text className='link block' onClick={() => Taro.navigateTo({ url: '/pages/privacy/index' })}>查看《隐私保护指引》</Text>
        <View className='row gap'>
          <Button className='btn btn-ghost btn-privacy-disagree' onClick={() => answerPrivacy(false)}>不同意</Button>
          <Button
            id={AGREE_ID}
            className='btn btn-primary btn-privacy-agree'
            openType='agreePrivacyAuthorization'
            onAgreePrivacyAuthorization={() => answerPrivacy(true, AGREE_ID)}
            onClick={() => { if (process.env.TARO_ENV === 'h5') answerPrivacy(true) }}
          >同意并继续</Button>
        </View>
      </View>
    </View>
  )
}
