// Open slots by day. Tap one, choose the member, confirm → booking.create (a full slot offers
// the waitlist). With ?bookingId= it reschedules that booking to a slot of the same period.
import { useEffect, useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import type { BookingView, SiteView, SlotListOutput, SlotView } from '@chengxin/shared/src/api'
import { ActionButton } from '../../../../components/action-button'
import { PageShell } from '../../../../components/page-shell'
import { SessionGate } from '../../../../components/session-gate'
import { Empty, ErrorLine, ErrorView, Loading } from '../../../../components/state-views'
import { useAction } from '../../../../components/use-action'
import { useSubmit } from '../../../../components/use-submit'
import { CHECKUP_PAGES, clockTime, dayName, periodWithMonths, slotWhen } from '../../../../components/checkup-labels'
import { call } from '../../../../services/cloud'
import { askSubscribe, prefetchSubscriptions } from '../../../../services/subscribe'
import type { Me } from '../../../../stores/session'
import { MemberPicker, type MemberChoice } from '../../components/member-picker'
import { PagedFooter } from '../../components/paged-footer'
import { PAGE_SIZE, usePaged } from '../../components/use-paged'
import { holdingBooking, householdMembers, param, periodOfDay, useHousehold, type Plan } from '../../components/use-household'
import '../../resident.css'
import '../../../../components/checkup-status.css'
import '../../components/checkup.css'

export const bookConfirm = (name: string, s: SlotView) => `为${name}预约 ${slotWhen(s.day, s.startsAt)}，${s.siteName}？`
export const waitlistConfirm = (name: string, s: SlotView) =>
  `${slotWhen(s.day, s.startsAt)} ${s.siteName} 已经约满。为${name}排队候补？有人取消时按排队顺序通知，收到后要在规定时间内确认。`
export const FULL_NOW = '这个时段刚刚约满了。要排队候补吗？有空位时会通知您。'
export const rescheduleConfirm = (b: BookingView, s: SlotView) =>
  `把${b.memberName}的预约从 ${slotWhen(b.day, b.startsAt)} 改到 ${slotWhen(s.day, s.startsAt)}，${s.siteName}？原来的名额会让给别人。`

function openMap(site: SiteView | undefined) {
  if (!site?.location) return
  void Taro.openLocation({ latitude: site.location.latitude, longitude: site.location.longitude, name: site.name, address: site.address, scale: 16 })
    .catch(() => { void Taro.showToast({ title: '无法打开地图', icon: 'none' }) })
}

interface PanelProps { slot: SlotView; plan: Plan; me: Me; bookings: BookingView[]; moving: BookingView | null }

/** Under the chosen slot: who it is for, and the one button that books, queues or moves. */
function SlotPanel({ slot, plan, me, bookings, moving }: PanelProps) {
  const period = periodOfDay(slot.day, plan.periods)
  const members: MemberChoice[] = householdMembers(me, plan).map((m) => {
    const held = period ? holdingBooking(bookings, m.id, period.period) : null
    return { ...m, blocked: held ? `${periodWithMonths(period!, plan.perYear)}已有预约（${slotWhen(held.day, held.startsAt)}）` : null }
  })
  const [memberId, setMemberId] = useState<string | null>(members.find((m) => !m.blocked)?.id ?? null)
  const [queued, setQueued] = useState<number | null>(null)
  const { submitting, error, run } = useSubmit()
  const member = members.find((m) => m.id === memberId)
  const full = slot.placesLeft <= 0

  const join = async () => {
    const r = await run((requestId) => call('booking.create', { slotId: slot.id, memberId: member!.id, joinWaitlist: true }, { requestId }))
    if (r?.waitlisted) setQueued(r.position ?? 0)
    else if (r?.booking) await Taro.redirectTo({ url: CHECKUP_PAGES.booking(r.booking.id) })
  }

  const book = async () => {
    if (!member) return
    await askSubscribe(full ? 'waitlist-join' : 'booking-create')
    if (full) {
      const { confirm } = await Taro.showModal({ title: '排队候补', content: waitlistConfirm(member.name, slot), confirmText: '排队', cancelText: '不了' })
      if (confirm) await join()
      return
    }
    let failed: string | undefined
    const r = await run(async (requestId) => {
      const res = await call('booking.create', { slotId: slot.id, memberId: member.id }, { requestId })
      if (!res.ok) failed = res.error.code
      return res
    }, { title: '确认预约', content: bookConfirm(member.name, slot), confirmText: '预约' })
    if (r?.booking) {
      void Taro.showToast({ title: '预约成功', icon: 'success' })
      await Taro.redirectTo({ url: CHECKUP_PAGES.booking(r.booking.id) })
    } else if (failed === 'SLOT_FULL') {
      // The place went while the resident was choosing: offer the queue, not only an error.
      const { confirm } = await Taro.showModal({ title: '已约满', content: FULL_NOW, confirmText: '排队', cancelText: '不了' })
      if (confirm) await join()
    }
  }

  const move = async () => {
    const r = await run((requestId) => call('booking.reschedule', { bookingId: moving!.id, slotId: slot.id }, { requestId }),
      { title: '确认改约', content: rescheduleConfirm(moving!, slot), confirmText: '改约' })
    if (r) {
      void Taro.showToast({ title: '已改约', icon: 'success' })
      await Taro.navigateBack()
    }
  }

  if (queued !== null) {
    return (
      <View className='book-panel waitlist-joined'>
        <Text className='t-body block'>已为{member?.name}排队候补{queued > 0 ? `，排在第 ${queued} 位` : ''}。</Text>
        <Text className='t-small muted block'>有人取消时会通知您，请在通知里的时间内确认；也可以在“候补空位”里查看。</Text>
        <ActionButton className='btn-open-waitlist' primary={false} onClick={() => Taro.navigateTo({ url: CHECKUP_PAGES.bookings })}>查看候补</ActionButton>
      </View>
    )
  }
  if (moving) {
    return (
      <View className='book-panel'>
        <ActionButton className='btn-confirm-reschedule' disabled={submitting || full} onClick={move}>
          {full ? '这个时段已约满' : submitting ? '正在改约…' : `改到这个时段`}
        </ActionButton>
        <ErrorLine error={error} />
      </View>
    )
  }
  return (
    <View className='book-panel'>
      <MemberPicker members={members} value={memberId} onChange={setMemberId} />
      {full
        ? <ActionButton className='btn-join-waitlist' disabled={submitting || !member} onClick={book}>{submitting ? '正在提交…' : '已约满，排队候补'}</ActionButton>
        : <ActionButton className='btn-confirm-book' disabled={submitting || !member} onClick={book}>{submitting ? '正在预约…' : '确认预约'}</ActionButton>}
      <ErrorLine error={error} />
    </View>
  )
}

function SlotList({ me, plan, bookings, moving }: { me: Me; plan: Plan; bookings: BookingView[]; moving: BookingView | null }) {
  const period = moving ? plan.periods.find((p) => p.period === moving.period) ?? null : null
  const from = period && period.first > plan.today ? period.first : undefined
  const { list, load } = usePaged<SlotView, SlotListOutput>(
    (offset) => call('slot.list', { limit: PAGE_SIZE, offset, ...(from ? { from } : {}) }), `slots:${from ?? ''}`)
  const sites = useAction('site.list', { limit: 50, offset: 0 })
  const siteOf = (id: string) => (sites.state.status === 'ready' ? sites.state.data.items.find((s) => s.id === id) : undefined)
  const [chosen, setChosen] = useState<string | null>(null)

  if (!list.loaded && list.loading) return <Loading />
  if (!list.loaded && list.error) return <ErrorView error={list.error} onRetry={() => load(0)} />
  // Rescheduling stays in the booking's plan period; slots come in day order, so once past it nothing more fits.
  const slots = moving && period ? list.items.filter((s) => s.day <= period.last && s.id !== moving.slotId) : list.items
  const pastPeriod = !!(moving && period && list.items.some((s) => s.day > period.last))
  const now = Date.now()
  const days = [...new Set(slots.map((s) => s.day))]
  return (
    <View>
      {slots.length === 0
        ? <Empty text={moving ? '本期没有其他可改的时段' : '暂时没有可预约的时段'} hint={moving ? '可以先保留原来的预约，或联系村里。' : '村里开放新时段后会在这里显示，也可以稍后再来看看。'} />
        : null}
      {days.map((day) => (
        <View key={day} className='card slot-day' data-day={day}>
          <Text className='t-subtitle block slot-day-title'>{dayName(day)}</Text>
          {slots.filter((s) => s.day === day).map((s) => {
            const started = Date.parse(s.startsAt) <= now
            const site = siteOf(s.siteId)
            const full = s.placesLeft <= 0
            return (
              <View key={s.id} className={`slot ${chosen === s.id ? 'selected' : ''}`}>
                <View
                  className={`slot-row ${full ? 'slot-full' : 'slot-open'} ${started ? 'is-disabled' : ''} ${chosen === s.id ? 'selected' : ''}`}
                  data-id={s.id}
                  onClick={() => { if (!started) setChosen(chosen === s.id ? null : s.id) }}
                >
                  <View className='entry'>
                    <Text className='t-body block slot-time'>{clockTime(s.startsAt)}—{clockTime(s.endsAt)}</Text>
                    <Text className='t-small muted block slot-site'>{s.siteName}{site?.address ? ` · ${site.address}` : ''}</Text>
                  </View>
                  <Text className={`tag places-left ${full ? 'status-full' : 'status-open'}`}>{started ? '已开始' : full ? '已约满' : `剩 ${s.placesLeft} 个`}</Text>
                </View>
                {site?.location ? <Text className='t-small link btn-map' onClick={() => openMap(site)}>查看地图</Text> : null}
                {chosen === s.id ? <SlotPanel slot={s} plan={plan} me={me} bookings={bookings} moving={moving} /> : null}
              </View>
            )
          })}
        </View>
      ))}
      {pastPeriod ? <Text className='t-small muted block list-end'>本期的时段已全部显示</Text> : <PagedFooter list={list} onMore={() => load(list.items.length)} />}
    </View>
  )
}

function Slots({ me, bookingId }: { me: Me; bookingId: string }) {
  const { plan, bookings, reload } = useHousehold()
  useEffect(() => { void prefetchSubscriptions() }, [])
  if (plan.status === 'loading' || bookings.status === 'loading') return <Loading />
  if (plan.status === 'error') return <ErrorView error={plan.error} onRetry={reload} />
  if (bookings.status === 'error') return <ErrorView error={bookings.error} onRetry={reload} />
  const moving = bookingId ? bookings.data.items.find((b) => b.id === bookingId) ?? null : null
  if (bookingId && moving?.status !== 'booked') return <Empty text='这条预约现在不能改约' hint='它可能已经取消或完成，请回到“我家的预约”查看。' />
  return (
    <View>
      {moving ? (
        <View className='card reschedule-from'>
          <Text className='t-body block'>改约：{moving.memberName}</Text>
          <Text className='t-small muted block'>原来：{slotWhen(moving.day, moving.startsAt)}，{moving.siteName}。只能改到同一计划期内的时段。</Text>
        </View>
      ) : <Text className='t-small muted block slots-intro'>时间均为北京时间。点一个时段，选好家庭成员后确认。</Text>}
      <SlotList me={me} plan={plan.data} bookings={bookings.data.items} moving={moving} />
    </View>
  )
}

export default function SlotsPage() {
  const bookingId = param(useRouter().params.bookingId)
  return (
    <PageShell title={bookingId ? '改约' : '预约检查'}>
      <SessionGate>
        {(me) => (me.household && me.roles.includes('resident')
          ? <Slots me={me} bookingId={bookingId} />
          : <Empty text='绑定到户后才能预约检查' />)}
      </SessionGate>
    </PageShell>
  )
}
