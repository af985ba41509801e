import { View, Text } from '@tarojs/components'
import type { OutputOf } from '@chengxin/shared/src/api'
import { MANAGEMENT_LABELS } from './resident-labels'
import { PERIOD_STATE_LABELS, periodWithMonths } from './checkup-labels'
import './checkup-status.css'

export type Plan = OutputOf<'plan.mine'>
export type AwayPlan = Plan['workingAway'][number]

/** One plain sentence for the year: planned, done, booked, still due. */
export function planSentence(p: Plan): string {
  if (p.planned === 0) return `${p.year}年本户没有安排需要预约的检查。`
  const parts = [`已检查 ${p.done} 次`, `已预约 ${p.booked} 次`]
  parts.push(p.due > 0 ? `还需预约 ${p.due} 次` : '全年计划已排满')
  return `${p.year}年本户（${MANAGEMENT_LABELS[p.managementType]}）计划检查 ${p.planned} 次：${parts.join('，')}。`
}

/** A member working away: their own plan, met by remote proofs instead of bookings. */
export function awaySentence(a: AwayPlan): string {
  const rest = a.due > 0 ? `还需 ${a.due} 次` : '今年已齐'
  return `今年 ${a.planned} 次：已认可 ${a.verified} 次，待审核 ${a.pending} 次，${rest}`
}

/** The year at a glance: the sentence, each plan period's state and any overdue warning. */
export function PlanSummary({ plan }: { plan: Plan }) {
  const overdue = plan.periods.filter((p) => p.state === 'overdue')
  return (
    <View className='card plan-summary'>
      <Text className='t-subtitle block'>本户检查计划</Text>
      <Text className='t-body block plan-sentence'>{planSentence(plan)}</Text>
      <View className='row plan-counts'>
        <Text className='tag count-planned'>应检 {plan.planned}</Text>
        <Text className='tag count-done'>已检 {plan.done}</Text>
        <Text className='tag count-booked'>已约 {plan.booked}</Text>
        <Text className='tag count-due'>待检 {plan.due}</Text>
      </View>
      {plan.periods.map((p) => (
        <View key={p.period} className={`list-row period-row period-${p.state}`} data-period={p.period}>
          <Text className='t-body entry period-name'>{periodWithMonths(p, plan.perYear)}</Text>
          <Text className={`tag period-state state-${p.state}`}>{PERIOD_STATE_LABELS[p.state]}</Text>
        </View>
      ))}
      {plan.dueNow ? <Text className='t-body block due-now'>本期还没有预约检查，请选一个时段。</Text> : null}
      {overdue.length > 0 ? (
        <Text className='t-body block error-text overdue-note'>
          {overdue.map((p) => periodWithMonths(p, plan.perYear)).join('、')}没有按时检查，请尽快预约或联系村里。
        </Text>
      ) : null}
    </View>
  )
}
