import { useState } from 'react'
import { useRouter } from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import type { EnrolmentView } from '@chengxin/shared/src/api'
import { PageShell } from '../../../../components/page-shell'
import { SessionGate } from '../../../../components/session-gate'
import { useAction } from '../../../../components/use-action'
import { formatTime } from '../../../../components/format'
import { Empty, ErrorView, Loading } from '../../../../components/state-views'
import { cachedEnrolment, rememberEnrolments } from '../../components/enrolment-cache'
import { EnrolmentDecision } from '../../components/enrolment-decision'
import { ENROLMENT_STATUS_LABELS, MANAGEMENT_LABELS } from '../../components/labels'
import '../../components/cadre.css'

function Application({ initial }: { initial: EnrolmentView }) {
  const [e, setE] = useState(initial)
  return (
    <View className='enrolment-detail'>
      <View className='card'>
        <Text className='t-title block'>{e.householdLabel}</Text>
        <Text className='t-body muted block'>{e.groupName} · 申请于 {formatTime(e.appliedAt)}</Text>
        <View className='row'>
          <Text className={`tag enrolment-status status-${e.status}`}>{ENROLMENT_STATUS_LABELS[e.status]}</Text>
          <Text className='t-small muted'>申请类别：{MANAGEMENT_LABELS[e.requestedCategory]}</Text>
        </View>
        {e.category ? <Text className='t-body block enrolment-category'>批准类别：{MANAGEMENT_LABELS[e.category]}</Text> : null}
        {e.reason ? <Text className='t-body block enrolment-reason'>理由：{e.reason}</Text> : null}
      </View>
      <View className='card'>
        <Text className='t-subtitle block'>申请书</Text>
        <Text className='t-body block prose-body enrolment-statement'>{e.statement}</Text>
      </View>
      <EnrolmentDecision e={e} onChanged={(out) => { rememberEnrolments([out.enrolment]); setE(out.enrolment) }} />
      <View className='card enrolment-history'>
        <Text className='t-subtitle block'>办理记录</Text>
        {e.history.map((s, i) => (
          <View key={i} className='item'>
            <Text className='t-body block'>{ENROLMENT_STATUS_LABELS[s.status]}{s.category ? ` · ${MANAGEMENT_LABELS[s.category]}` : ''}</Text>
            <Text className='t-small muted block'>{s.byName}（{s.byRole === 'cadre' ? '村专干' : '户主'}） · {formatTime(s.at)}{s.reason ? ` · ${s.reason}` : ''}</Text>
          </View>
        ))}
      </View>
    </View>
  )
}

/** Opened without the list in memory (e.g. after a reload): look the application up. */
function Lookup({ id }: { id: string }) {
  const { state, reload } = useAction('enrolment.list', { limit: 50 })
  if (state.status === 'loading') return <Loading />
  if (state.status === 'error') return <ErrorView error={state.error} onRetry={() => reload()} />
  const found = state.data.items.find((e) => e.id === id)
  return found ? <Application initial={found} /> : <Empty text='没有找到这份申请' hint='请从申请列表进入。' />
}

export default function EnrolmentPage() {
  const raw = useRouter().params.id
  const id = raw ? decodeURIComponent(raw) : ''
  const cached = id ? cachedEnrolment(id) : undefined
  return (
    <PageShell title='申请详情'>
      <SessionGate role='cadre'>
        {() => (!id ? <Empty text='没有指定申请' hint='请从申请列表进入。' /> : cached ? <Application initial={cached} /> : <Lookup id={id} />)}
      </SessionGate>
    </PageShell>
  )
}
