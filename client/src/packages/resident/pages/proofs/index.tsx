// 异地检查证明: members working away send a photo of a check-up certificate from where they
// work; the village verifies or rejects it with a reason, and a rejected one can be sent again.
import { useEffect, useState } from 'react'
import Taro from '@tarojs/taro'
import { View, Text, Image } from '@tarojs/components'
import type { ProofView } from '@chengxin/shared/src/api'
import { ActionButton } from '../../../../components/action-button'
import { PageShell } from '../../../../components/page-shell'
import { SessionGate } from '../../../../components/session-gate'
import { Empty, ErrorView, Loading } from '../../../../components/state-views'
import { useAction } from '../../../../components/use-action'
import { beijingDay, PROOF_STATUS_LABELS } from '../../../../components/checkup-labels'
import { formatTime } from '../../../../components/format'
import { prefetchSubscriptions } from '../../../../services/subscribe'
import { ProofForm } from '../../components/proof-form'
import '../../resident.css'
import '../../../../components/checkup-status.css'
import '../../components/checkup.css'

/** Plain words on what the photo is for and how long it is kept (PIPL: purpose and retention). */
export function photoNote(days: number | null) {
  const kept = days ? `审核后保存 ${days} 天，到期自动删除` : '审核后按本村规定的保存期限自动删除'
  return `照片只用来确认这次检查确实做过，只有本村村专干审核时能看到；${kept}，删除后只留下“已认可”或“未通过”的记录。不要拍检查结果等其他内容。`
}

function ProofRow({ p, canResubmit, onResubmit }: { p: ProofView; canResubmit: boolean; onResubmit: () => void }) {
  return (
    <View className={`proof-row proof-${p.status}`} data-id={p.id}>
      <View className='row'>
        <Text className='t-body entry'>{p.memberName} · {p.checkupDay}</Text>
        <Text className={`tag proof-status status-${p.status}`}>{PROOF_STATUS_LABELS[p.status]}</Text>
      </View>
      <Text className='t-small muted block'>{p.clinicName} · {formatTime(p.submittedAt)} 提交{p.previousProofId ? '（重新提交）' : ''}</Text>
      {p.decidedAt ? <Text className='t-small muted block'>{p.decidedByName ?? '村里'} {formatTime(p.decidedAt)} 审核</Text> : null}
      {p.status === 'rejected' ? <Text className='t-body block error-text proof-reason'>未通过原因：{p.reason ?? '未说明'}</Text> : null}
      {p.photoUrl ? <Image className='proof-photo' nativeProps={{ alt: '检查证明照片' }} src={p.photoUrl} mode='widthFix' /> : null}
      {p.photoDeletedAt ? <Text className='t-small muted block photo-deleted'>照片已于 {formatTime(p.photoDeletedAt).slice(0, 10)} 按规定删除</Text> : null}
      {canResubmit ? <ActionButton className='btn-resubmit' primary={false} onClick={onResubmit}>重新提交</ActionButton> : null}
    </View>
  )
}

function Proofs() {
  const { state, reload } = useAction('proof.mine', {})
  // Only for the retention days in the note; the page works without it.
  const plan = useAction('plan.mine', {})
  const [resubmit, setResubmit] = useState<ProofView | null>(null)
  useEffect(() => { void prefetchSubscriptions() }, [])
  if (state.status === 'loading') return <Loading />
  if (state.status === 'error') return <ErrorView error={state.error} onRetry={() => reload()} />
  const { members, proofs } = state.data
  if (members.length === 0) {
    return <Empty text='本户没有登记在外务工的成员' hint='在村里检查请到“预约检查”里预约。如家人外出务工，请告诉村专干登记。' />
  }
  const days = plan.state.status === 'ready' ? plan.state.data.rules.proofPhotoRetentionDays : null
  const today = plan.state.status === 'ready' ? plan.state.data.today : beijingDay(new Date().toISOString())
  const resubmitted = new Set(proofs.map((p) => p.previousProofId).filter(Boolean))
  const canSubmit = (memberId: string) => members.some((m) => m.memberId === memberId && m.canSubmit)
  return (
    <View>
      <View className='card photo-note'>
        <Text className='t-body block'>{photoNote(days)}</Text>
      </View>
      <ProofForm
        members={members}
        today={today}
        resubmit={resubmit}
        onCancelResubmit={() => setResubmit(null)}
        onSubmitted={() => { setResubmit(null); void reload(true) }}
      />
      <View className='card proof-list'>
        <Text className='t-subtitle block'>已提交的证明</Text>
        {proofs.length === 0 ? <Text className='t-body muted block proofs-empty'>还没有提交过证明。</Text> : null}
        {/* The form is brought up at once: an animated scroll moves the buttons under a finger. */}
        {proofs.map((p) => (
          <ProofRow
            key={p.id}
            p={p}
            canResubmit={p.status === 'rejected' && !resubmitted.has(p.id) && canSubmit(p.memberId) && resubmit?.id !== p.id}
            onResubmit={() => { setResubmit(p); void Taro.pageScrollTo?.({ selector: '.proof-form', duration: 0 })?.catch(() => {}) }}
          />
        ))}
      </View>
    </View>
  )
}

export default function ProofsPage() {
  return (
    <PageShell title='异地检查证明'>
      <SessionGate>
        {(me) => (me.household && me.roles.includes('resident') ? <Proofs /> : <Empty text='绑定到户后才能上传证明' />)}
      </SessionGate>
    </PageShell>
  )
}
