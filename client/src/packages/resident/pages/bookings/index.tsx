// 我家的预约: waitlist places (accept an offered place before it expires, or leave) and every
// booking of the household, newest slot first. Notifications about bookings open this page.
import { useEffect } from 'react'
import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import type { BookingMineOutput, BookingView, WaitlistView } from '@chengxin/shared/src/api'
import { ActionButton } from '../../../../components/action-button'
import { PageShell } from '../../../../components/page-shell'
import { SessionGate } from '../../../../components/session-gate'
import { Empty, ErrorLine, ErrorView, Loading } from '../../../../components/state-views'
import { useAction } from '../../../../components/use-action'
import { useSubmit } from '../../../../components/use-submit'
import { BOOKING_STATUS_LABELS, CHECKUP_PAGES, clockTime, slotWhen, beijingDay } from '../../../../components/checkup-labels'
import { formatTime } from '../../../../components/format'
import { call } from '../../../../services/cloud'
import { askSubscribe, prefetchSubscriptions } from '../../../../services/subscribe'
import { PagedFooter } from '../../components/paged-footer'
import { PAGE_SIZE, usePaged } from '../../components/use-paged'
import '../../resident.css'
import '../../../../components/checkup-status.css'
import '../../components/checkup.css'

export const leaveConfirm = (w: WaitlistView) =>
  w.status === 'offered'
    ? `放弃为${w.memberName}保留的空位？空位会让给下一位。`
    : `${w.memberName}退出 ${slotWhen(beijingDay(w.startsAt), w.startsAt)} 的候补？`

function WaitlistRow({ w, onChanged }: { w: WaitlistView; onChanged: () => void }) {
  const { submitting, error, run } = useSubmit()
  const expired = w.status === 'offered' && !!w.offerExpiresAt && Date.parse(w.offerExpiresAt) <= Date.now()
  const accept = async () => {
    await askSubscribe('booking-create')
    const r = await run((requestId) => call('waitlist.accept', { waitlistId: w.id }, { requestId }))
    if (r) {
      void Taro.showToast({ title: '预约成功', icon: 'success' })
      void Taro.navigateTo({ url: CHECKUP_PAGES.booking(r.booking.id) })
      onChanged()
    }
  }
  const leave = async () => {
    const r = await run((requestId) => call('waitlist.leave', { waitlistId: w.id }, { requestId }),
      { title: '退出候补', content: leaveConfirm(w), confirmText: '退出' })
    if (r) onChanged()
  }
  return (
    <View className={`waitlist-row waitlist-${w.status} ${expired ? 'is-expired' : ''}`} data-id={w.id}>
      <Text className='t-body block'>{w.memberName} · {slotWhen(beijingDay(w.startsAt), w.startsAt)}</Text>
      <Text className='t-small muted block'>{w.siteName}</Text>
      {w.status === 'waiting' ? <Text className='t-body block waitlist-position'>排队中{w.position ? `，第 ${w.position} 位` : ''}</Text> : null}
      {w.status === 'offered' && !expired ? (
        <Text className='t-body block error-text offer-expiry'>有空位了！请在 {formatTime(w.offerExpiresAt)} 前确认，过时让给下一位。</Text>
      ) : null}
      {expired ? <Text className='t-body muted block offer-expired'>空位已过期，让给了下一位。</Text> : null}
      {w.status === 'offered' && !expired ? (
        <ActionButton className='btn-accept-offer' disabled={submitting} onClick={accept}>{submitting ? '正在确认…' : '确认预约这个空位'}</ActionButton>
      ) : null}
      {!expired ? (
        <ActionButton className='btn-leave-waitlist' primary={false} disabled={submitting} onClick={leave}>
          {w.status === 'offered' ? '不要了，让给别人' : '退出候补'}
        </ActionButton>
      ) : null}
      <ErrorLine error={error} />
    </View>
  )
}

function Waitlist({ onChanged }: { onChanged: () => void }) {
  const { state, reload } = useAction('waitlist.mine', {})
  const changed = () => { void reload(true); onChanged() }
  if (state.status === 'loading') return null
  if (state.status === 'error') return <ErrorView error={state.error} onRetry={() => reload()} />
  if (state.data.items.length === 0) return null
  const offered = state.data.items.filter((w) => w.status === 'offered')
  return (
    <View className='card waitlist-section'>
      <Text className='t-subtitle block'>候补空位</Text>
      {offered.length > 0 ? <Text className='t-body block offer-count'>有 {offered.length} 个空位等您确认</Text> : null}
      {state.data.items.map((w) => <WaitlistRow key={w.id} w={w} onChanged={changed} />)}
    </View>
  )
}

function BookingRow({ b }: { b: BookingView }) {
  return (
    <View className={`list-row booking-row booking-${b.status}`} data-id={b.id} onClick={() => Taro.navigateTo({ url: CHECKUP_PAGES.booking(b.id) })}>
      <View className='entry'>
        <Text className='t-body block'>{b.memberName} · {slotWhen(b.day, b.startsAt)}</Text>
        <Text className='t-small muted block'>{b.siteName} · {clockTime(b.startsAt)} 开始</Text>
      </View>
      <Text className={`tag booking-status status-${b.status}`}>{BOOKING_STATUS_LABELS[b.status]}</Text>
    </View>
  )
}

function Bookings() {
  const { list, load } = usePaged<BookingView, BookingMineOutput>((offset) => call('booking.mine', { limit: PAGE_SIZE, offset }), 'bookings')
  useEffect(() => { void prefetchSubscriptions() }, [])
  return (
    <View>
      <Waitlist onChanged={() => load(0)} />
      {!list.loaded && list.loading ? <Loading /> : null}
      {!list.loaded && list.error ? <ErrorView error={list.error} onRetry={() => load(0)} /> : null}
      {list.loaded && list.items.length === 0 ? <Empty text='还没有预约' hint='在“预约检查”里选一个时段就能预约。' /> : null}
      {list.items.length > 0 ? (
        <View className='card booking-list'>
          {list.items.map((b) => <BookingRow key={b.id} b={b} />)}
        </View>
      ) : null}
      <PagedFooter list={list} onMore={() => load(list.items.length)} />
      <ActionButton className='btn-book' onClick={() => Taro.navigateTo({ url: CHECKUP_PAGES.slots })}>预约检查</ActionButton>
    </View>
  )
}

export default function BookingsPage() {
  return (
    <PageShell title='我家的预约'>
      <SessionGate>
        {(me) => (me.household && me.roles.includes('resident') ? <Bookings /> : <Empty text='绑定到户后才能查看预约' />)}
      </SessionGate>
    </PageShell>
  )
}
