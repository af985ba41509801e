import { useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { View, Text, Image } from '@tarojs/components'
import type { ProofView } from '@chengxin/shared/src/api'
import { ActionButton } from '../../../../components/action-button'
import { PageShell } from '../../../../components/page-shell'
import { SessionGate } from '../../../../components/session-gate'
import { useAction } from '../../../../components/use-action'
import { formatTime } from '../../../../components/format'
import { Empty, ErrorLine, ErrorView, Loading } from '../../../../components/state-views'
import { useSubmit } from '../../../../components/use-submit'
import { PROOF_STATUS_LABELS } from '../../../../components/checkup-admin-labels'
import { call } from '../../../../services/cloud'
import { cachedProof, rememberProofs } from '../../components/proof-cache'
import { ReasonForm } from '../../components/reason-form'
import '../../components/cadre.css'
import '../../components/checkup.css'

function Photo({ p }: { p: ProofView }) {
  if (p.photoUrl) {
    const url = p.photoUrl
    return (
      <View className='proof-photo-box'>
        <Image className='proof-photo' nativeProps={{ alt: '检查证明照片' }} src={url} mode='widthFix' onClick={() => Taro.previewImage({ urls: [url], current: url })} />
        <Text className='t-small muted block'>点照片可放大查看</Text>
      </View>
    )
  }
  return (
    <Text className='t-body muted block proof-no-photo'>
      {p.photoDeletedAt ? `照片已按本村规定于 ${formatTime(p.photoDeletedAt)} 删除，记录保留。` : '没有照片'}
    </Text>
  )
}

function Decide({ p, onDecided }: { p: ProofView; onDecided: (p: ProofView) => void }) {
  const [rejecting, setRejecting] = useState(false)
  const { submitting, error, run } = useSubmit()
  const verify = async () => {
    const out = await run((requestId) => call('proof.decide', { proofId: p.id, outcome: 'verified' }, { requestId }), {
      title: '通过证明', content: `确认${p.memberName}在${p.checkupDay}于${p.clinicName}的检查证明有效？通过后计入今年的检查。`, confirmText: '通过',
    })
    if (out) { void Taro.showToast({ title: '已认可', icon: 'success' }); onDecided(out.proof) }
  }
  const reject = async (reason: string) => {
    const out = await run((requestId) => call('proof.decide', { proofId: p.id, outcome: 'rejected', reason }, { requestId }), {
      title: '驳回证明', content: `确认驳回${p.memberName}的证明？该户会收到理由，可以重新提交。`, confirmText: '驳回',
    })
    if (out) { setRejecting(false); void Taro.showToast({ title: '未通过', icon: 'success' }); onDecided(out.proof) }
  }
  if (rejecting) {
    return <ReasonForm title='驳回证明' name='reject' placeholder='如：照片看不清机构盖章，请重新拍摄' submitLabel='驳回'
      submitting={submitting} error={error} onSubmit={reject} onCancel={() => setRejecting(false)} />
  }
  return (
    <View className='card proof-decide'>
      <Text className='t-small muted block'>核对照片上的机构名称、日期和姓名与填写的一致。</Text>
      <View className='actions-row'>
        <ActionButton className='btn-reject' primary={false} disabled={submitting} onClick={() => setRejecting(true)}>驳回</ActionButton>
        <ActionButton className='btn-verify' disabled={submitting} onClick={verify}>{submitting ? '正在提交…' : '通过'}</ActionButton>
      </View>
      <ErrorLine error={error} />
    </View>
  )
}

function Proof({ initial }: { initial: ProofView }) {
  const [p, setP] = useState(initial)
  return (
    <View className='proof-detail'>
      <View className='card'>
        <Text className='t-title block proof-member'>{p.memberName}</Text>
        <Text className='t-body muted block'>{p.groupName} {p.householdLabel} · 在{p.city}务工</Text>
        <Text className={`tag proof-status status-${p.status}`}>{PROOF_STATUS_LABELS[p.status]}</Text>
        <Text className='t-body block proof-clinic'>检查机构：{p.clinicName}</Text>
        <Text className='t-body block proof-day'>检查日期：{p.checkupDay}</Text>
        <Text className='t-small muted block'>提交于 {formatTime(p.submittedAt)}{p.previousProofId ? ' · 上次被驳回后重新提交' : ''}</Text>
        {p.decidedAt ? <Text className='t-small muted block proof-decided'>{p.decidedByName ?? ''} 于 {formatTime(p.decidedAt)} {PROOF_STATUS_LABELS[p.status]}</Text> : null}
        {p.reason ? <Text className='t-body block proof-reason'>驳回理由：{p.reason}</Text> : null}
      </View>
      <View className='card'>
        <Text className='t-subtitle block'>检查证明照片</Text>
        <Photo p={p} />
      </View>
      {p.status === 'pending' ? <Decide p={p} onDecided={(next) => { rememberProofs([next]); setP(next) }} /> : null}
    </View>
  )
}

/** Opened without the list in memory (e.g. after a reload): look the proof up among the pending ones. */
function Lookup({ id }: { id: string }) {
  const { state, reload } = useAction('proof.list', { status: 'pending', limit: 50 })
  if (state.status === 'loading') return <Loading />
  if (state.status === 'error') return <ErrorView error={state.error} onRetry={() => reload()} />
  const found = state.data.items.find((p) => p.id === id)
  return found ? <Proof initial={found} /> : <Empty text='没有找到这份证明' hint='请从证明列表进入。' />
}

export default function ProofPage() {
  const raw = useRouter().params.id
  const id = raw ? decodeURIComponent(raw) : ''
  const cached = id ? cachedProof(id) : undefined
  return (
    <PageShell title='证明审核'>
      <SessionGate role='cadre'>
        {() => (!id ? <Empty text='没有指定证明' hint='请从证明列表进入。' /> : cached ? <Proof initial={cached} /> : <Lookup id={id} />)}
      </SessionGate>
    </PageShell>
  )
}
