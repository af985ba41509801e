import { useState } from 'react'
import Taro from '@tarojs/taro'
import { View, Text, Input } from '@tarojs/components'
import type { ActionError } from '@chengxin/shared/src/api/errors'
import { ActionButton } from '../../components/action-button'
import { PageShell } from '../../components/page-shell'
import { ErrorLine } from '../../components/state-views'
import { useChange } from '../../components/use-action'
import { call } from '../../services/cloud'
import { roleNames } from '../../components/session-gate'
import { setMe, sessionStore, type Me } from '../../stores/session'
import { useStore } from '../../stores/store'
import { PRIVACY_VERSION } from '../../constants'

/**
 * What the confirmation says before an identity already bound adds the invite's role (the
 * server names what would be added; it never renames or moves an account).
 */
export function addRoleConfirm(me: Me | null, adds: string): string {
  const now = me?.bound
    ? `您现在是${[me.village?.name, me.household ? `${me.household.label}${me.household.isHead ? '户主' : '成员'}` : null, roleNames(me.roles)].filter(Boolean).join('，')}。`
    : ''
  const name = me?.name ? `（${me.name}）` : ''
  return `${now}确认后将为您增加：${adds}。您的姓名${name}和原来的身份都不变。`
}

export default function BindPage() {
  const [code, setCode] = useState('')
  const [consent, setConsent] = useState(false)
  const [submitting, setSubmitting] = useState(false)
  const [error, setError] = useState<ActionError | null>(null)
  const change = useChange()
  // Whoever opened this page was already asked who they are (home or 我的); no second call.
  const session = useStore(sessionStore)
  const me = session.status === 'ready' ? session.me : null
  const canSubmit = consent && code.replace(/[\s-]/g, '').length > 0 && !submitting

  const redeem = async () => {
    if (!canSubmit) return
    setSubmitting(true)
    setError(null)
    const send = (addRole: boolean) =>
      change((requestId) => call('invite.redeem', { code, privacyVersion: PRIVACY_VERSION, ...(addRole ? { addRole } : {}) }, { requestId }))
    let r = await send(false)
    if (!r.ok && r.error.code === 'CONFIRM_ADD_ROLE') {
      // Nothing was changed and the code is not used up: ask, then send the confirmation.
      const adds = r.error.fields?.addRole ?? '邀请码上的身份'
      const { confirm } = await Taro.showModal({ title: '增加身份', content: addRoleConfirm(me, adds), confirmText: '确认增加', cancelText: '不用了' })
      if (!confirm) { setSubmitting(false); return }
      r = await send(true)
    }
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
        {me?.bound ? (
          <Text className='t-small muted block bound-hint'>
            您已经绑定了身份。邀请码只能为您本人增加身份（例如村专干绑定自己家的户），不会改掉您的姓名和原来的身份；别人的邀请码请交还本人。
          </Text>
        ) : null}
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
