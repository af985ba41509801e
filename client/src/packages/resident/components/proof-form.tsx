// The remote-proof form: member, certificate photo, clinic, check-up day (not in the future).
// The photo goes up through services/upload (which compresses it) before proof.submit.
import { useEffect, useState } from 'react'
import Taro from '@tarojs/taro'
import { View, Text, Image, Input, Picker } from '@tarojs/components'
import type { OutputOf, ProofView } from '@chengxin/shared/src/api'
import type { ActionError } from '@chengxin/shared/src/api/errors'
import { ActionButton } from '../../../components/action-button'
import { ErrorLine } from '../../../components/state-views'
import { useChange } from '../../../components/use-action'
import { call } from '../../../services/cloud'
import { askSubscribe } from '../../../services/subscribe'
import { uploadProofPhoto } from '../../../services/upload'

type Member = OutputOf<'proof.mine'>['members'][number]

export const submitConfirm = (name: string, clinic: string, day: string) =>
  `提交${name}在“${clinic}”${day}的检查证明？提交后由村专干审核。`

interface Props {
  members: Member[]
  today: string
  /** A rejected proof being submitted again. */
  resubmit: ProofView | null
  onCancelResubmit: () => void
  onSubmitted: (p: ProofView) => void
}

export function ProofForm({ members, today, resubmit, onCancelResubmit, onSubmitted }: Props) {
  const open = members.filter((m) => m.canSubmit)
  const [memberId, setMemberId] = useState<string | null>(open[0]?.memberId ?? null)
  const [photo, setPhoto] = useState<string | null>(null)
  const [clinic, setClinic] = useState('')
  const [day, setDay] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<ActionError | null>(null)
  // The photo uploaded for this form: a retried submit reuses its fileID (and requestId).
  const [uploaded, setUploaded] = useState<{ path: string; fileID: string } | null>(null)
  const change = useChange()

  useEffect(() => {
    if (!resubmit) return
    setMemberId(resubmit.memberId)
    setClinic(resubmit.clinicName)
    setDay('')
    setPhoto(null)
  }, [resubmit])

  const member = members.find((m) => m.memberId === memberId)
  const missing = !member ? '请选择家庭成员' : !photo ? '请拍摄或选择检查证明照片' : !clinic.trim() ? '请填写检查机构名称' : !day ? '请选择检查日期' : day > today ? '检查日期不能晚于今天' : null

  const choose = async () => {
    try {
      const r = await Taro.chooseImage({ count: 1, sizeType: ['compressed'], sourceType: ['camera', 'album'] })
      if (r.tempFilePaths[0]) setPhoto(r.tempFilePaths[0])
    } catch {
      // The resident closed the picker: nothing chosen.
    }
  }

  const submit = async () => {
    if (missing || busy || !member || !photo) return
    await askSubscribe('proof-submit')
    const { confirm } = await Taro.showModal({ title: '提交证明', content: submitConfirm(member.name, clinic.trim(), day), confirmText: '提交', cancelText: '再看看' })
    if (!confirm) return
    setBusy(true)
    setError(null)
    let fileID = uploaded?.path === photo ? uploaded.fileID : null
    if (!fileID) {
      const up = await uploadProofPhoto(photo)
      if (!up.ok) { setBusy(false); return setError(up.error) }
      fileID = up.data.fileID
      setUploaded({ path: photo, fileID })
    }
    const input = {
      memberId: member.memberId, clinicName: clinic.trim(), checkupDay: day, fileId: fileID,
      ...(resubmit ? { previousProofId: resubmit.id } : {}),
    }
    const r = await change((requestId) => call('proof.submit', input, { requestId }))
    setBusy(false)
    if (!r.ok) {
      // A photo the server refused must be taken again, not sent again.
      if (r.error.code === 'PHOTO_INVALID') { setPhoto(null); setUploaded(null) }
      return setError(r.error)
    }
    void Taro.showToast({ title: '已提交', icon: 'success' })
    setPhoto(null); setUploaded(null); setClinic(''); setDay('')
    onSubmitted(r.data.proof)
  }

  if (open.length === 0 && !resubmit) {
    return (
      <View className='card proof-form-closed'>
        <Text className='t-body muted block'>在外务工成员的证明都在等待村里审核，审核后才能再提交。</Text>
      </View>
    )
  }
  return (
    <View className='card proof-form'>
      <Text className='t-subtitle block'>{resubmit ? '重新提交证明' : '上传检查证明'}</Text>
      {resubmit ? (
        <View className='resubmit-note'>
          <Text className='t-body block'>上次未通过的原因：{resubmit.reason ?? '未说明'}</Text>
          <Text className='t-small link block btn-cancel-resubmit' onClick={onCancelResubmit}>不重新提交了</Text>
        </View>
      ) : null}
      <Text className='t-body block'>为谁提交？</Text>
      {members.map((m) => (
        <View
          key={m.memberId}
          data-id={m.memberId}
          className={`member-option ${memberId === m.memberId ? 'selected' : ''} ${m.canSubmit ? '' : 'is-disabled'}`}
          onClick={() => { if (m.canSubmit && !resubmit) setMemberId(m.memberId) }}
        >
          <Text className='t-body block'>{m.name}（{m.city}）</Text>
          {m.canSubmit ? null : <Text className='t-small muted block'>有证明在等村里审核</Text>}
        </View>
      ))}
      <View className='field'>
        <Text className='t-body block'>检查证明照片</Text>
        {photo ? <Image className='photo-preview' nativeProps={{ alt: '检查证明照片' }} src={photo} mode='widthFix' /> : null}
        <ActionButton className='btn-choose-photo' primary={false} disabled={busy} onClick={choose}>{photo ? '重新拍照或选择' : '拍照或从相册选择'}</ActionButton>
      </View>
      <View className='field'>
        <Text className='t-body block'>检查机构名称</Text>
        <Input className='input clinic-input' value={clinic} maxlength={50} placeholder='如：杭州市某某社区卫生服务中心' onInput={(e) => setClinic(e.detail.value)} />
      </View>
      <View className='field'>
        <Text className='t-body block'>检查日期</Text>
        <Picker mode='date' value={day || today} end={today} onChange={(e) => setDay(String(e.detail.value))}>
          <View className={`input date-picker ${day ? 'has-value' : ''}`}>
            <Text className='date-value'>{day || '点此选择日期'}</Text>
          </View>
        </Picker>
      </View>
      {missing ? <Text className='t-small muted block form-hint'>{missing}</Text> : null}
      <ActionButton className='btn-submit-proof' disabled={!!missing || busy} onClick={submit}>{busy ? '正在上传…' : '提交证明'}</ActionButton>
      <ErrorLine error={error} />
    </View>
  )
}
