// One booking: the check-in QR code for the cadre to scan, cancel and reschedule until the
// village's cutoff before the slot.
import Taro, { useRouter } from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import type { BookingView } from '@chengxin/shared/src/api'
import { ActionButton } from '../../../../components/action-button'
import { PageShell } from '../../../../components/page-shell'
import { SessionGate } from '../../../../components/session-gate'
import { Empty, ErrorLine, ErrorView, Loading } from '../../../../components/state-views'
import { useSubmit } from '../../../../components/use-submit'
import { BOOKING_STATUS_LABELS, CHECKUP_PAGES, periodWithMonths, slotWhen } from '../../../../components/checkup-labels'
import { call } from '../../../../services/cloud'
import { QrCode } from '../../components/qr-code'
import { beforeCutoff, param, useHousehold, type Plan } from '../../components/use-household'
import '../../resident.css'
import '../../../../components/checkup-status.css'
import '../../components/checkup.css'

export const cancelConfirm = (b: BookingView) =>
  `取消${b.memberName} ${slotWhen(b.day, b.startsAt)} 的预约？名额会让给别人，本期的检查需要重新预约。`

function Detail({ booking, plan, onChanged }: { booking: BookingView; plan: Plan; onChanged: () => void }) {
  const { submitting, error, run } = useSubmit()
  const open = booking.status === 'booked'
  const cutoff = plan.rules.cancelCutoffHours
  const changeable = open && beforeCutoff(booking.startsAt, cutoff)
  const period = plan.periods.find((p) => p.period === booking.period)

  const cancel = async () => {
    const r = await run((requestId) => call('booking.cancel', { bookingId: booking.id }, { requestId }),
      { title: '取消预约', content: cancelConfirm(booking), confirmText: '取消预约' })
    if (r) {
      void Taro.showToast({ title: '已取消', icon: 'success' })
      onChanged()
    }
  }

  return (
    <View>
      <View className={`card booking-detail booking-${booking.status}`}>
        <Text className={`tag booking-status status-${booking.status}`}>{BOOKING_STATUS_LABELS[booking.status]}</Text>
        <Text className='t-subtitle block booking-member'>{booking.memberName}</Text>
        <Text className='t-body block booking-when'>{slotWhen(booking.day, booking.startsAt)}（北京时间）</Text>
        <Text className='t-body block booking-site'>{booking.siteName}</Text>
        {period ? <Text className='t-small muted block'>计入：{plan.year}年{periodWithMonths(period, plan.perYear)}</Text> : null}
      </View>
      {open ? (
        <View className='card qr-card'>
          <Text className='t-body block'>到检查点后，请出示这个签到码给村专干扫码。</Text>
          <QrCode className='booking-qr' text={booking.code} />
          <Text className='t-title block booking-code'>{booking.code}</Text>
          <Text className='t-small muted block'>扫不出来时，把这8位签到码念给村专干即可。</Text>
        </View>
      ) : null}
      {changeable ? (
        <View>
          <ActionButton className='btn-reschedule' primary={false} disabled={submitting} onClick={() => Taro.navigateTo({ url: CHECKUP_PAGES.reschedule(booking.id) })}>
            改到其他时段
          </ActionButton>
          <ActionButton className='btn-cancel-booking' primary={false} disabled={submitting} onClick={cancel}>
            {submitting ? '正在取消…' : '取消预约'}
          </ActionButton>
          <Text className='t-small muted block'>检查开始前 {cutoff} 小时内不能在线取消或改约。</Text>
        </View>
      ) : null}
      {open && !changeable ? (
        <Text className='t-body muted block cutoff-hint'>离检查开始不到 {cutoff} 小时，已不能在线取消或改约；如有变化请联系村里。</Text>
      ) : null}
      {booking.status === 'cancelled' || booking.status === 'no-show' ? (
        <ActionButton className='btn-book-again' onClick={() => Taro.navigateTo({ url: CHECKUP_PAGES.slots })}>重新预约</ActionButton>
      ) : null}
      <ErrorLine error={error} />
    </View>
  )
}

function BookingDetail({ id }: { id: string }) {
  const { plan, bookings, reload } = useHousehold()
  if (plan.status === 'loading' || bookings.status === 'loading') return <Loading />
  if (plan.status === 'error') return <ErrorView error={plan.error} onRetry={reload} />
  if (bookings.status === 'error') return <ErrorView error={bookings.error} onRetry={reload} />
  const booking = bookings.data.items.find((b) => b.id === id)
  if (!booking) return <Empty text='没有找到这条预约' hint='它可能是很早以前的预约，请在“我家的预约”里查看。' />
  return <Detail booking={booking} plan={plan.data} onChanged={reload} />
}

export default function BookingPage() {
  const id = param(useRouter().params.id)
  return (
    <PageShell title='预约详情'>
      <SessionGate>
        {(me) => (me.household && me.roles.includes('resident') && id
          ? <BookingDetail id={id} />
          : <Empty text={id ? '绑定到户后才能查看预约' : '没有指定预约'} />)}
      </SessionGate>
    </PageShell>
  )
}
