import { useState } from 'react'
import Taro from '@tarojs/taro'
import { View, Text, Input } from '@tarojs/components'
import type { ActionError } from '@chengxin/shared/src/api/errors'
import { ActionButton } from '../../components/action-button'
import { PageShell } from '../../components/page-shell'
import { ErrorLine } from '../../components/state-views'
import { useChange } from '../../components/use-action'
import { call } from '../../services/cloud'
import { setMe } from '../../stores/session'
import { PRIVACY_VERSION } from '../../constants'

export default function BindPage() {
  const [code, setCode] = useState('')
  const [consent, setConsent] = useState(false)
  const [submitting, setSubmitting] = useState(false)
  const [error, setError] = useState<ActionError | null>(null)
  const change = useChange()
  const canSubmit = consent && code.replace(/[\s-]/g, '').length > 0 && !submitting

  const redeem = async () => {
    if (!canSubmit) return
    setSubmitting(true)
    setError(null)
    const r = await change((requestId) => call('invite.redeem', { code, privacyVersion: PRIVACY_VERSION }, { requestId }))
    setSubmitting(false)
    if (!r.ok) { setError(r.error); return }
    setMe(r.data)
    void Taro.showToast({ title: '绑定成功', icon: 'success' })
    void Taro.switchTab({ url: '/pages/index/index' })
  }

  return (
    <PageShell title='绑定身份'>
      <View className='card'>
        <Text className='t-body block'>请输入村里（或镇里）发给您的 8 位邀请码。</Text>
        <View className='field'>
          <Input
            className='input invite-code-input'
            value={code}
            maxlength={12}
            placeholder='例如 AB3D5F7H'
            onInput={(e) => { setCode(e.detail.value); setError(null) }}
          />
        </View>
        <View className='checkbox-row consent-row'>
          <View className={`checkbox consent-checkbox ${consent ? 'checked' : ''}`} onClick={() => setConsent(!consent)}>
            {consent ? '✓' : ''}
          </View>
          <View>
            <Text className='t-body' onClick={() => setConsent(!consent)}>我已阅读并同意</Text>
            <Text className='t-body link link-privacy' onClick={() => Taro.navigateTo({ url: '/pages/privacy/index' })}>《隐私保护指引》</Text>
            <Text className='t-small muted block'>绑定会记录您的身份、所属户和这次同意（版本 {PRIVACY_VERSION}）。</Text>
          </View>
        </View>
        <ActionButton className='btn-redeem' disabled={!canSubmit} onClick={redeem}>
          {submitting ? '正在绑定…' : '绑定'}
        </ActionButton>
        <ErrorLine error={error} />
      </View>
    </PageShell>
  )
}
