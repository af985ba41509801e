import { useState } from 'react'
import { View, Text, Input } from '@tarojs/components'
import type { SlotOpenInput, SlotView } from '@chengxin/shared/src/api'
import { addDays, CLOCK_TIME, daysBetween, isCalendarDay, MAX_PATTERN_SLOTS, patternSlots, SLOT_CAPACITY } from '@chengxin/shared/src/domain/checkup-slots'
import { call } from '../services/cloud'
import { ActionButton } from './action-button'
import { ErrorLine } from './state-views'
import { useAction } from './use-action'
import { useSubmit } from './use-submit'
import { dayLabel, todayInBeijing, WEEKDAY_LABELS } from './checkup-admin-labels'
import './slot-form.css'

interface Time { start: string; end: string }
interface Village { id: string; name: string }
interface Props {
  /** Township: the villages it may open slots for (none chosen = every village). Cadre: omitted, their own village. */
  villages?: Village[]
  onOpened: (slots: SlotView[]) => void
}

function Field({ label, value, onChange, className, placeholder, type = 'text' }: {
  label: string; value: string; onChange: (v: string) => void; className: string; placeholder?: string; type?: 'text' | 'number'
}) {
  return (
    <View className={`field ${className}`}>
      <Text className='t-small muted block'>{label}</Text>
      <Input className='sf-input' type={type} value={value} maxlength={10} placeholder={placeholder} onInput={(e) => onChange(e.detail.value)} />
    </View>
  )
}

/** What is still wrong with the form, in plain words; null when it can be sent. The server checks again. */
function problem(kind: 'single' | 'weekly', siteId: string | null, day: string, from: string, to: string, weekdays: number[], times: Time[], capacity: string, count: number, today: string): string | null {
  if (!siteId) return '请选择检查点'
  const n = Number(capacity)
  if (!Number.isInteger(n) || n < SLOT_CAPACITY.min || n > SLOT_CAPACITY.max) return `名额应为 ${SLOT_CAPACITY.min}–${SLOT_CAPACITY.max} 的整数`
  const badTime = times.find((t) => !CLOCK_TIME.test(t.start) || !CLOCK_TIME.test(t.end))
  if (badTime) return '时间格式应为 09:00'
  if (times.some((t) => t.start >= t.end)) return '结束时间应晚于开始时间'
  if (kind === 'single') {
    if (!isCalendarDay(day)) return '日期格式应为 2026-12-01'
    return day < today ? '不能开放过去的日期' : null
  }
  if (!isCalendarDay(from) || !isCalendarDay(to)) return '日期格式应为 2026-12-01'
  if (from < today) return '开始日期不能早于今天'
  if (from > to) return '结束日期应不早于开始日期'
  if (daysBetween(from, to) > 92) return '一次最多安排三个月'
  if (weekdays.length === 0) return '请选择星期'
  if (count === 0) return '所选日期内没有符合的星期'
  if (count > MAX_PATTERN_SLOTS) return `一次最多开放${MAX_PATTERN_SLOTS}个时段，请缩短日期范围`
  return null
}

/**
 * Opens check-up slots at a site: one slot, or a weekly pattern (weekdays × times over a date
 * range) whose number of slots is shown before the confirmation. Used by cadres (their
 * village) and the township (chosen villages).
 */
export function SlotForm({ villages, onOpened }: Props) {
  const today = todayInBeijing()
  const sites = useAction('site.list', { limit: 50 })
  const [kind, setKind] = useState<'single' | 'weekly'>('weekly')
  const [siteId, setSiteId] = useState<string | null>(null)
  const [day, setDay] = useState(addDays(today, 1))
  const [from, setFrom] = useState(addDays(today, 1))
  const [to, setTo] = useState(addDays(today, 28))
  const [weekdays, setWeekdays] = useState<number[]>([])
  const [times, setTimes] = useState<Time[]>([{ start: '09:00', end: '11:30' }])
  const [capacity, setCapacity] = useState('20')
  const [villageIds, setVillageIds] = useState<string[]>([])
  const { submitting, error, run } = useSubmit()

  const siteList = sites.state.status === 'ready' ? sites.state.data.items.filter((s) => s.active) : []
  const site = siteList.find((s) => s.id === siteId)
  const slotTimes = kind === 'single' ? times.slice(0, 1) : times
  const valid = slotTimes.every((t) => CLOCK_TIME.test(t.start) && CLOCK_TIME.test(t.end) && t.start < t.end)
  const rangeOk = isCalendarDay(from) && isCalendarDay(to) && from <= to && daysBetween(from, to) <= 92
  const count = kind === 'single' ? 1 : valid && rangeOk ? patternSlots(from, to, weekdays, slotTimes).length : 0
  const hint = problem(kind, siteId, day, from, to, weekdays, slotTimes, capacity, count, today)
  const setTime = (i: number, t: Partial<Time>) => setTimes(times.map((x, j) => (j === i ? { ...x, ...t } : x)))
  const toggle = <T,>(list: T[], x: T) => (list.includes(x) ? list.filter((y) => y !== x) : [...list, x])

  const open = async () => {
    if (hint || !site) return
    const cap = Number(capacity)
    const scope = villages ? { villageIds } : {}
    const input: SlotOpenInput = kind === 'single'
      ? { kind: 'single', siteId: site.id, day, start: times[0].start, end: times[0].end, capacity: cap, ...scope }
      : { kind: 'weekly', siteId: site.id, from, to, weekdays: [...weekdays].sort(), times: slotTimes, capacity: cap, ...scope }
    const who = villages ? (villageIds.length ? villages.filter((v) => villageIds.includes(v.id)).map((v) => v.name).join('、') : '全镇各村') : '本村'
    const when = kind === 'single'
      ? `${dayLabel(day)} ${times[0].start}–${times[0].end}`
      : `${from} 至 ${to} 每${[...weekdays].sort().map((w) => WEEKDAY_LABELS[w]).join('、')} ${slotTimes.map((t) => `${t.start}–${t.end}`).join('、')}`
    const out = await run((requestId) => call('slot.open', input, { requestId }), {
      title: `开放 ${count} 个时段`,
      content: `在${site.name}为${who}开放 ${count} 个检查时段（${when}），每个 ${cap} 个名额？`,
      confirmText: '开放',
    })
    if (out) onOpened(out.slots)
  }

  return (
    <View className='card slot-form'>
      <Text className='t-small muted block'>检查点</Text>
      {sites.state.status === 'error' ? <ErrorLine error={sites.state.error} /> : null}
      {sites.state.status === 'ready' && siteList.length === 0 ? <Text className='t-body muted block no-sites'>还没有在用的检查点，请镇里先添加。</Text> : null}
      <View className='sf-chips site-picker'>
        {siteList.map((s) => (
          <Text key={s.id} data-id={s.id} className={`sf-chip site-option ${s.id === siteId ? 'active' : ''}`} onClick={() => setSiteId(s.id)}>{s.name}</Text>
        ))}
      </View>
      {villages ? (
        <View className='slot-villages'>
          <Text className='t-small muted block'>哪些村可以预约（不选 = 全镇各村）</Text>
          <View className='sf-chips'>
            {villages.map((v) => (
              <Text key={v.id} data-id={v.id} className={`sf-chip slot-village-option ${villageIds.includes(v.id) ? 'active' : ''}`}
                onClick={() => setVillageIds(toggle(villageIds, v.id))}>{v.name}</Text>
            ))}
          </View>
        </View>
      ) : null}
      <View className='sf-chips'>
        <Text className={`sf-chip kind-weekly ${kind === 'weekly' ? 'active' : ''}`} onClick={() => setKind('weekly')}>每周固定时间</Text>
        <Text className={`sf-chip kind-single ${kind === 'single' ? 'active' : ''}`} onClick={() => setKind('single')}>单个时段</Text>
      </View>
      {kind === 'single' ? (
        <Field label='日期（如 2026-12-01）' className='slot-day-input' value={day} onChange={setDay} />
      ) : (
        <View>
          <View className='sf-pair'>
            <Field label='从（日期）' className='slot-from-input' value={from} onChange={setFrom} />
            <Field label='到（日期）' className='slot-to-input' value={to} onChange={setTo} />
          </View>
          <Text className='t-small muted block'>每周哪几天</Text>
          <View className='sf-chips weekday-picker'>
            {[1, 2, 3, 4, 5, 6, 7].map((w) => (
              <Text key={w} className={`sf-chip weekday-chip weekday-${w} ${weekdays.includes(w) ? 'active' : ''}`} onClick={() => setWeekdays(toggle(weekdays, w))}>
                {WEEKDAY_LABELS[w]}
              </Text>
            ))}
          </View>
        </View>
      )}
      {(kind === 'single' ? times.slice(0, 1) : times).map((t, i) => (
        <View key={i} className='sf-pair time-row'>
          <Field label='开始时间' className='time-start-input' value={t.start} onChange={(v) => setTime(i, { start: v })} placeholder='09:00' />
          <Field label='结束时间' className='time-end-input' value={t.end} onChange={(v) => setTime(i, { end: v })} placeholder='11:30' />
          {kind === 'weekly' && times.length > 1 ? <Text className='sf-link btn-remove-time' onClick={() => setTimes(times.filter((_, j) => j !== i))}>删去</Text> : null}
        </View>
      ))}
      {kind === 'weekly' && times.length < 6 ? (
        <Text className='sf-link btn-add-time' onClick={() => setTimes([...times, { start: '14:00', end: '16:30' }])}>＋ 再加一个时间段</Text>
      ) : null}
      <Field label={`每个时段的名额（${SLOT_CAPACITY.min}–${SLOT_CAPACITY.max}）`} className='capacity-input' type='number' value={capacity} onChange={setCapacity} />
      {hint ? <Text className='t-body error-text block slot-form-hint'>{hint}</Text> : <Text className='t-body block sf-count slot-count'>将开放 {count} 个时段</Text>}
      <ActionButton className='btn-open-slots' disabled={!!hint || submitting} onClick={open}>
        {submitting ? '正在开放…' : hint ? '开放时段' : `开放 ${count} 个时段`}
      </ActionButton>
      <ErrorLine error={error} />
    </View>
  )
}
