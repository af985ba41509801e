import { useState } from 'react'
import { View, Text, Input } from '@tarojs/components'
import type { InviteView } from '@chengxin/shared/src/api'
import { ActionButton } from '../../../components/action-button'
import { ErrorLine } from '../../../components/state-views'
import { formatTime } from '../../../components/format'
import { useAction } from '../../../components/use-action'
import { useSubmit } from '../../../components/use-submit'
import { call } from '../../../services/cloud'
import './township.css'

/** Invite a new cadre for one village: pick the village (from the township's stats), name, validity. */
export function CadreInviteForm({ onCreated }: { onCreated: () => void }) {
  const villages = useAction('commitment.stats', {})
  const [villageId, setVillageId] = useState<string | null>(null)
  const [name, setName] = useState('')
  const [days, setDays] = useState('7')
  const [invite, setInvite] = useState<InviteView | null>(null)
  const { submitting, error, run } = useSubmit()
  const rows = villages.state.status === 'ready' ? villages.state.data.rows : []
  const village = rows.find((r) => r.id === villageId)
  const n = Number(days)
  const ready = !!village && Number.isInteger(n) && n >= 1 && n <= 30 && !submitting

  const create = async () => {
    if (!village) return
    const out = await run((requestId) => call('invite.create', { kind: 'cadre', villageId: village.id, name: name.trim() || undefined, expiresInDays: n }, { requestId }),
      { title: '村专干邀请码', content: `为${village.name}生成村专干邀请码${name.trim() ? `（${name.trim()}）` : ''}，${n}天内有效？持码人将能管理该村的名册和事务。`, confirmText: '生成' })
    if (!out) return
    setInvite(out.invite)
    onCreated()
  }

  return (
    <View className='card cadre-invite-form'>
      <Text className='t-subtitle block'>邀请村专干</Text>
      <Text className='t-small muted block'>选择村</Text>
      {villages.state.status === 'error' ? <ErrorLine error={villages.state.error} /> : null}
      <View className='chips village-picker'>
        {rows.map((r) => (
          <Text key={r.id} data-id={r.id} className={`chip village-option ${r.id === villageId ? 'active' : ''}`} onClick={() => setVillageId(r.id)}>{r.name}</Text>
        ))}
      </View>
      <View className='field cadre-name-input'>
        <Text className='t-small muted block'>姓名（可不填，便于在列表里认出）</Text>
        <Input className='tw-input' nativeProps={{ 'aria-label': '姓名' }} value={name} maxlength={20} onInput={(e) => setName(e.detail.value)} />
      </View>
      <View className='field invite-days-input'>
        <Text className='t-small muted block'>有效天数（1–30）</Text>
        <Input className='tw-input' nativeProps={{ 'aria-label': '有效天数' }} type='number' value={days} maxlength={2} onInput={(e) => setDays(e.detail.value)} />
      </View>
      <ActionButton className='btn-create-cadre-invite' disabled={!ready} onClick={create}>{submitting ? '正在生成…' : '生成邀请码'}</ActionButton>
      <ErrorLine error={error} />
      {invite ? (
        <View className='invite-card'>
          <Text className='t-small muted block'>{invite.villageName} · {invite.memberName ?? ''}</Text>
          <Text className='invite-code block'>{invite.code}</Text>
          <Text className='t-body block invite-expiry'>有效期至 {formatTime(invite.expiresAt)}</Text>
          <Text className='t-small muted block'>请交给本人：在小程序“绑定”页输入，只能使用一次。</Text>
        </View>
      ) : null}
    </View>
  )
}
