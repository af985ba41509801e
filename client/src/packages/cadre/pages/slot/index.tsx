import { useState } from 'react'
import Taro, { usePullDownRefresh, useRouter } from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import type { BookingStatus, SlotBookingItem, SlotBookingsOutput } from '@chengxin/shared/src/api'
import { ActionButton } from '../../../../components/action-button'
import { PageShell } from '../../../../components/page-shell'
import { SessionGate } from '../../../../components/session-gate'
import { PagedView, usePagedList } from '../../../../components/paged-list'
import { Empty, ErrorLine } from '../../../../components/state-views'
import { useSubmit } from '../../../../components/use-submit'
import { formatTime } from '../../../../components/format'
import { BOOKING_STATUS_LABELS, dayLabel, SLOT_STATUS_LABELS, todayInBeijing } from '../../../../components/checkup-admin-labels'
import { call } from '../../../../services/cloud'
import { CheckIn } from '../../components/check-in'
import { ReasonForm } from '../../components/reason-form'
import '../../components/cadre.css'
import '../../components/checkup.css'

type Slot = SlotBookingsOutput['slot']
type Outcome = 'attended' | 'no-show'
const clock = (iso: string) => formatTime(iso).slice(11)

/** One booked member: 已到 / 未到, or a correction of an earlier mark. */
function BookingRow({ b, canMark, busy, onMark }: { b: SlotBookingItem; canMark: boolean; busy: boolean; onMark: (o: Outcome) => void }) {
  return (
    <View className={`list-row booking-row status-row-${b.status}`} data-id={b.id}>
      <View className='entry'>
        <Text className='t-body block booking-name'>{b.memberName}</Text>
        <Text className='t-small muted block'>签到码 <Text className='booking-code'>{b.code}</Text>{b.markedAt ? ` · 登记于 ${formatTime(b.markedAt)}` : ''}</Text>
        <Text className={`tag booking-status status-${b.status}`}>{BOOKING_STATUS_LABELS[b.status]}</Text>
      </View>
      {canMark && b.status === 'booked' ? (
        <View className='booking-actions'>
          <ActionButton className='btn-small btn-attended' disabled={busy} onClick={() => onMark('attended')}>已到</ActionButton>
          <ActionButton className='btn-small btn-no-show' primary={false} disabled={busy} onClick={() => onMark('no-show')}>未到</ActionButton>
        </View>
      ) : null}
      {canMark && b.status === 'attended' ? <View className='booking-actions'><ActionButton className='btn-small btn-no-show' primary={false} disabled={busy} onClick={() => onMark('no-show')}>改为未到</ActionButton></View> : null}
      {canMark && b.status === 'no-show' ? <View className='booking-actions'><ActionButton className='btn-small btn-attended' primary={false} disabled={busy} onClick={() => onMark('attended')}>改为已到</ActionButton></View> : null}
    </View>
  )
}

function SlotDay({ id }: { id: string }) {
  const [slot, setSlot] = useState<Slot | null>(null)
  const [marks, setMarks] = useState<Record<string, { status: BookingStatus; markedAt: string }>>({})
  const [closing, setClosing] = useState(false)
  const [closed, setClosed] = useState<string | null>(null)
  const { list, reload, loadMore } = usePagedList(id, async (offset, limit) => {
    const r = await call('slot.bookings', { slotId: id, offset, limit })
    if (r.ok) { setSlot(r.data.slot); if (offset === 0) setMarks({}) }
    return r
  })
  usePullDownRefresh(() => { void reload() })
  const marker = useSubmit()
  const closer = useSubmit()
  const remember = (bookingId: string, status: BookingStatus) =>
    setMarks((m) => ({ ...m, [bookingId]: { status, markedAt: new Date().toISOString() } }))

  const mark = async (b: SlotBookingItem, outcome: Outcome) => {
    const correction = b.status !== 'booked'
    // 未到 tells the household to book again, and a correction undoes a mark: both are confirmed.
    const confirm = outcome === 'no-show' || correction
      ? { title: correction ? '更正登记' : '登记未到', content: `确认登记 ${b.memberName} ${outcome === 'no-show' ? '未到场？该户会收到重新预约的提醒。' : '已到场？'}`, confirmText: '确认' }
      : undefined
    const out = await marker.run((requestId) => call('attendance.mark', { bookingId: b.id, outcome }, { requestId }), confirm)
    if (out) remember(b.id, out.booking.status)
  }
  const close = async (reason: string) => {
    const out = await closer.run((requestId) => call('slot.close', { slotId: id, reason }, { requestId }),
      { title: '关闭时段', content: '关闭后不能再预约，这个时段已有的预约会取消，已预约的村民会收到通知。', confirmText: '关闭' })
    if (!out) return
    setClosing(false)
    setClosed(`已关闭：取消了 ${out.cancelledBookings} 个预约，已通知 ${out.notifiedHouseholds} 户`)
    void reload()
  }

  const today = todayInBeijing()
  const canMark = !!slot && slot.day <= today
  const items = list.items.map((b) => ({ ...b, ...marks[b.id] }))
  return (
    <View>
      {slot ? (
        <View className='card slot-header'>
          <Text className='t-subtitle block'>{dayLabel(slot.day)} {clock(slot.startsAt)}–{clock(slot.endsAt)}</Text>
          <Text className='t-body block'>{slot.siteName}</Text>
          <Text className='t-body muted block slot-taken'>已约 {slot.taken}/{slot.capacity}</Text>
          <Text className={`tag slot-status status-${slot.status}`}>{SLOT_STATUS_LABELS[slot.status as 'open' | 'closed'] ?? slot.status}</Text>
        </View>
      ) : null}
      <Text className='t-body block attendance-note'>这里只登记村民是否到场参加了检查，不记录任何检查内容或结果。</Text>
      {closed ? <Text className='t-body block warn slot-closed-result'>{closed}</Text> : null}
      {slot && !canMark ? <Text className='t-body muted block mark-wait'>检查当天才能登记到场。</Text> : null}
      {canMark && slot ? <CheckIn slotDay={slot.day} onMarked={(b) => { if (b.slotId === id) remember(b.id, b.status) }} /> : null}
      <PagedView list={{ ...list, items }} reload={reload} loadMore={loadMore} emptyText='这个时段还没有本村村民预约'>
        {(rows) => (
          <View className='card bookings'>
            <Text className='t-subtitle block'>预约名单（{list.total}）</Text>
            {rows.map((b) => <BookingRow key={b.id} b={b} canMark={canMark} busy={marker.submitting} onMark={(o) => mark(b, o)} />)}
            <ErrorLine error={marker.error} />
          </View>
        )}
      </PagedView>
      {slot && slot.status === 'open' && !closing ? (
        <ActionButton className='btn-close-slot' primary={false} onClick={() => setClosing(true)}>关闭这个时段</ActionButton>
      ) : null}
      {closing ? (
        <ReasonForm title='关闭时段' name='close' placeholder='如：检查站设备检修，请改约其他时段' submitLabel='关闭时段'
          submitting={closer.submitting} error={closer.error} onSubmit={close} onCancel={() => setClosing(false)} />
      ) : null}
      {closing ? <Text className='t-small muted block'>已预约的村民会收到通知，理由会告知他们。</Text> : null}
    </View>
  )
}

export default function SlotPage() {
  const raw = useRouter().params.id
  const id = raw ? decodeURIComponent(raw) : ''
  return (
    <PageShell title='检查签到'>
      <SessionGate role='cadre'>
        {() => (id ? <SlotDay id={id} /> : (
          <View>
            <Empty text='没有指定时段' hint='请从检查时段列表进入。' />
            <ActionButton className='btn-go-slots' primary={false} onClick={() => Taro.redirectTo({ url: '/packages/cadre/pages/slots/index' })}>查看检查时段</ActionButton>
          </View>
        ))}
      </SessionGate>
    </PageShell>
  )
}
