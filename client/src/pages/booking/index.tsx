// 预约 tab: the household's plan for the year, its latest bookings and the ways in. Kept
// light (main package): booking, waitlist offers and remote proofs live in packages/resident.
import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { ActionButton } from '../../components/action-button'
import { PageShell } from '../../components/page-shell'
import { SessionGate } from '../../components/session-gate'
import { Empty, ErrorView, InlineError, Loading } from '../../components/state-views'
import { useAction } from '../../components/use-action'
import { BOOKING_STATUS_LABELS, CHECKUP_PAGES, slotWhen } from '../../components/checkup-labels'
import { awaySentence, PlanSummary, type Plan } from '../../components/checkup-plan'
import type { Me } from '../../stores/session'

const go = (url: string) => () => { void Taro.navigateTo({ url }) }
const LATEST = 5

function LatestBookings() {
  const { state, reload } = useAction('booking.mine', { limit: LATEST, offset: 0 })
  return (
    <View className='card my-bookings'>
      <Text className='t-subtitle block'>我家的预约</Text>
      {state.status === 'loading' ? <Text className='t-body muted block'>正在加载…</Text> : null}
      {state.status === 'error' ? (
        <InlineError error={state.error} onRetry={() => void reload()} />
      ) : null}
      {state.status === 'ready' && state.data.items.length === 0
        ? <Text className='t-body muted block bookings-empty'>还没有预约。</Text> : null}
      {state.status === 'ready' ? state.data.items.map((b) => (
        <View key={b.id} className={`list-row booking-row booking-${b.status}`} data-id={b.id} onClick={go(CHECKUP_PAGES.booking(b.id))}>
          <View className='entry'>
            <Text className='t-body block'>{b.memberName} · {slotWhen(b.day, b.startsAt)}</Text>
            <Text className='t-small muted block'>{b.siteName}</Text>
          </View>
          <Text className={`tag booking-status status-${b.status}`}>{BOOKING_STATUS_LABELS[b.status]}</Text>
        </View>
      )) : null}
      {state.status === 'ready' && state.data.total > LATEST ? (
        <View className='list-row link-bookings' onClick={go(CHECKUP_PAGES.bookings)}>
          <Text className='t-body entry'>全部 {state.data.total} 条预约</Text>
          <Text className='t-body muted'>›</Text>
        </View>
      ) : null}
    </View>
  )
}

function WaitlistLink() {
  const { state } = useAction('waitlist.mine', {})
  const items = state.status === 'ready' ? state.data.items : []
  const offered = items.filter((w) => w.status === 'offered').length
  const hint = offered > 0 ? `有 ${offered} 个空位等您确认` : items.length > 0 ? `正在候补 ${items.length} 个时段` : '约满的时段可以排队，有空位会通知您'
  return (
    <View className={`list-row link-waitlist ${offered > 0 ? 'has-offer' : ''}`} onClick={go(CHECKUP_PAGES.bookings)}>
      <View className='entry'>
        <Text className='t-body block'>候补空位</Text>
        <Text className={`t-small block waitlist-hint ${offered > 0 ? 'error-text' : 'muted'}`}>{hint}</Text>
      </View>
      <Text className='t-body muted'>›</Text>
    </View>
  )
}

function Checkups({ me }: { me: Me }) {
  const { state, reload } = useAction('plan.mine', {})
  if (state.status === 'loading') return <Loading />
  if (state.status === 'error') return <ErrorView error={state.error} onRetry={() => reload()} />
  const plan: Plan = state.data
  const self = plan.workingAway.find((a) => a.memberId === me.household?.memberId)
  return (
    <View>
      {self ? (
        <View className='card away-self'>
          <Text className='t-subtitle block'>异地检查证明</Text>
          <Text className='t-body block'>您登记在{self.city}务工，可以在当地正规医疗机构检查，拍下检查证明上传，村里审核认可后算作完成。</Text>
          <Text className='t-body block away-progress'>{awaySentence(self)}</Text>
          {self.pending > 0 ? (
            // One proof at a time (PROOF_PENDING): say why instead of offering what would be refused.
            <View>
              <Text className='t-body block proofs-wait'>您上传的证明正在等村里审核，审核后才能再上传下一份。审核结果会发到“消息”里。</Text>
              <ActionButton className='btn-proofs-view' primary={false} onClick={go(CHECKUP_PAGES.proofs)}>查看已上传的证明</ActionButton>
            </View>
          ) : (
            <ActionButton className='btn-proofs' onClick={go(CHECKUP_PAGES.proofs)}>上传异地检查证明</ActionButton>
          )}
        </View>
      ) : null}
      <PlanSummary plan={plan} />
      <ActionButton className='btn-book' primary={!self} onClick={go(CHECKUP_PAGES.slots)}>{self ? '回村预约检查' : '预约检查'}</ActionButton>
      <LatestBookings />
      <View className='card checkup-links'>
        <WaitlistLink />
        {plan.workingAway.length > 0 && !self ? (
          <View className='list-row link-proofs' onClick={go(CHECKUP_PAGES.proofs)}>
            <View className='entry'>
              <Text className='t-body block'>异地检查证明</Text>
              <Text className='t-small muted block'>{plan.workingAway.map((a) => `${a.memberName}（${a.city}）`).join('、')}</Text>
            </View>
            <Text className='t-body muted'>›</Text>
          </View>
        ) : null}
        <View className='list-row link-plan' onClick={go(CHECKUP_PAGES.plan)}>
          <Text className='t-body entry'>全年检查记录和规则</Text>
          <Text className='t-body muted'>›</Text>
        </View>
      </View>
      <Text className='t-small muted block data-note'>我们只记录“是否按时参加”，不记录任何检查结果。</Text>
    </View>
  )
}

export default function BookingPage() {
  return (
    <PageShell title='检查预约'>
      <SessionGate>
        {(me) => (me.household && me.roles.includes('resident')
          ? <Checkups me={me} />
          : <Empty text='绑定到户后才能预约检查' hint='用村里发给您家的邀请码绑定后，就能预约镇卫生院的免费家庭健康服务，或上传在外地做过检查的证明。' />)}
      </SessionGate>
    </PageShell>
  )
}
