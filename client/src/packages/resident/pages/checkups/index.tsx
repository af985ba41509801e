// 检查计划: the household's year in full — the summary, each check-up that counted, members
// working away and the village's rules. The "new period, check-up due" notice opens it.
import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { ActionButton } from '../../../../components/action-button'
import { PageShell } from '../../../../components/page-shell'
import { SessionGate } from '../../../../components/session-gate'
import { Empty, ErrorView, Loading } from '../../../../components/state-views'
import { useAction } from '../../../../components/use-action'
import { CHECKUP_PAGES, dayName } from '../../../../components/checkup-labels'
import { awaySentence, PlanSummary, type Plan } from '../../../../components/checkup-plan'
import { MANAGEMENT_LABELS } from '../../../../components/resident-labels'
import '../../resident.css'
import '../../components/checkup.css'

const RECORD_LABELS: Record<Plan['records'][number]['state'], string> = {
  attended: '已到场检查',
  booked: '已预约',
  verified: '异地证明已认可',
  pending: '异地证明待审核',
}

function Rules({ plan }: { plan: Plan }) {
  const r = plan.rules
  return (
    <View className='card rules-card'>
      <Text className='t-subtitle block'>本村的检查规则</Text>
      <Text className='t-body block'>每户每年检查：协议管理 {r.perYear.contract} 次，行为诚信 {r.perYear.behavioural} 次，承诺诚信 {r.perYear.committed} 次，公认诚信 {r.perYear.recognised} 次。</Text>
      <Text className='t-body block'>在外务工的成员每年 {r.workingAwayPerYear} 次，可以上传异地检查证明。</Text>
      <Text className='t-body block rule-cutoff'>检查开始前 {r.cancelCutoffHours} 小时内不能在线取消或改约。</Text>
      <Text className='t-body block'>候补空位通知后请在 {r.offerMinutes} 分钟内确认。</Text>
      <Text className='t-body block'>证明照片审核后保存 {r.proofPhotoRetentionDays} 天后删除。</Text>
    </View>
  )
}

function PlanDetail() {
  const { state, reload } = useAction('plan.mine', {})
  if (state.status === 'loading') return <Loading />
  if (state.status === 'error') return <ErrorView error={state.error} onRetry={() => reload()} />
  const plan = state.data
  return (
    <View>
      <View className='card'>
        <Text className='t-body block'>{plan.householdLabel} · {MANAGEMENT_LABELS[plan.managementType]}</Text>
        {plan.managementSince ? <Text className='t-small muted block'>自 {plan.managementSince} 起按{MANAGEMENT_LABELS[plan.managementType]}安排，之前的月份按原来的类型折算。</Text> : null}
      </View>
      <PlanSummary plan={plan} />
      <ActionButton className='btn-book' onClick={() => Taro.navigateTo({ url: CHECKUP_PAGES.slots })}>预约检查</ActionButton>
      <View className='card plan-records'>
        <Text className='t-subtitle block'>{plan.year}年的检查</Text>
        {plan.records.length === 0 ? <Text className='t-body muted block'>今年还没有检查记录。</Text> : null}
        {plan.records.map((r, i) => (
          <View key={i} className={`list-row record-row record-${r.state}`}>
            <View className='entry'>
              <Text className='t-body block'>{r.memberName} · {dayName(r.day)}</Text>
              <Text className='t-small muted block'>{r.place}</Text>
            </View>
            <Text className={`tag record-state state-${r.state}`}>{RECORD_LABELS[r.state]}</Text>
          </View>
        ))}
      </View>
      {plan.workingAway.length > 0 ? (
        <View className='card away-plans'>
          <Text className='t-subtitle block'>在外务工成员（异地检查证明）</Text>
          {plan.workingAway.map((a) => (
            <View key={a.memberId} className='away-row' data-id={a.memberId}>
              <Text className='t-body block'>{a.memberName}（{a.city}）</Text>
              <Text className='t-small muted block'>{awaySentence(a)}</Text>
            </View>
          ))}
          <ActionButton className='btn-proofs' primary={false} onClick={() => Taro.navigateTo({ url: CHECKUP_PAGES.proofs })}>上传或查看异地检查证明</ActionButton>
        </View>
      ) : null}
      <Rules plan={plan} />
    </View>
  )
}

export default function CheckupsPage() {
  return (
    <PageShell title='检查计划'>
      <SessionGate>
        {(me) => (me.household && me.roles.includes('resident') ? <PlanDetail /> : <Empty text='绑定到户后才能查看检查计划' />)}
      </SessionGate>
    </PageShell>
  )
}
