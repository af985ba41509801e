import { useState } from 'react'
import { View, Text, Input } from '@tarojs/components'
import type { SlotView } from '@chengxin/shared/src/api'
// The schema itself, at runtime: this form lives in the cadre and township subpackages only.
import { SlotOpenInput } from '@chengxin/shared/src/api/checkup/slot.schema'
import { addDays, patternSlots, SLOT_CAPACITY } from '@chengxin/shared/src/domain/checkup-slots'
import { call } from '../services/cloud'
import { ActionButton } from './action-button'
import { ErrorLine } from './state-views'
import { useAction } from './use-action'
import { useSubmit } from './use-submit'
import { dayLabel, todayInBeijing, WEEKDAY_LABELS } from './checkup-admin-labels'
import { DateField, TimeField } from './pickers'
import './slot-form.css'

interface Time { start: string; end: string }
interface Village { id: string; name: string }
interface Props {
  /** Township: the villages it may open slots for (none chosen = every village). Cadre: omitted, their own village. */
  villages?: Village[]
  onOpened: (slots: SlotView[]) => void
}

function Field({ label, value, onChange, className }: { label: string; value: string; onChange: (v: string) => void; className: string }) {
  return (
    <View className={`field ${className}`}>
      <Text className='t-small muted block'>{label}</Text>
      <Input className='sf-input' nativeProps={{ 'aria-label': label }} type='number' value={value} maxlength={10} onInput={(e) => onChange(e.detail.value)} />
    </View>
  )
}

/**
 * What is still wrong with the form, in plain words; null when it can be sent. The rules are
 * the action's own schema (slot.schema.ts), so the form and the server cannot disagree;
 * only what the schema cannot know is checked here: a site chosen, no day in the past.
 */
function problem(input: SlotOpenInput, today: string): string | null {
  if (!input.siteId) return '请选择检查点'
  const parsed = SlotOpenInput.safeParse(input)
  if (!parsed.success) return parsed.error.issues[0]?.message ?? '填写的内容有误'
  const first = input.kind === 'single' ? input.day : input.from
  if (first < today) return input.kind === 'single' ? '不能开放过去的日期' : '开始日期不能早于今天'
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
  const cap = Number(capacity)
  const scope = villages ? { villageIds } : {}
  const input: SlotOpenInput = kind === 'single'
    ? { kind: 'single', siteId: siteId ?? '', day, start: times[0].start, end: times[0].end, capacity: cap, ...scope }
    : { kind: 'weekly', siteId: siteId ?? '', from, to, weekdays: [...weekdays].sort(), times: slotTimes, capacity: cap, ...scope }
  const hint = problem(input, today)
  const count = hint ? 0 : input.kind === 'single' ? 1 : patternSlots(input.from, input.to, input.weekdays, input.times).length
  const setTime = (i: number, t: Partial<Time>) => setTimes(times.map((x, j) => (j === i ? { ...x, ...t } : x)))
  const toggle = <T,>(list: T[], x: T) => (list.includes(x) ? list.filter((y) => y !== x) : [...list, x])

  const open = async () => {
    if (hint || !site) return
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
        <DateField label='日期' className='slot-day-input' value={day} start={today} onChange={setDay} />
      ) : (
        <View>
          <View className='sf-pair'>
            <DateField label='从（日期）' className='slot-from-input' value={from} start={today} onChange={setFrom} />
            <DateField label='到（日期）' className='slot-to-input' value={to} start={from} onChange={setTo} />
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
          <TimeField label='开始时间' className='time-start-input' value={t.start} onChange={(v) => setTime(i, { start: v })} />
          <TimeField label='结束时间' className='time-end-input' value={t.end} onChange={(v) => setTime(i, { end: v })} />
          {kind === 'weekly' && times.length > 1 ? <Text className='sf-link btn-remove-time' onClick={() => setTimes(times.filter((_, j) => j !== i))}>删去</Text> : null}
        </View>
      ))}
      {kind === 'weekly' && times.length < 6 ? (
        <Text className='sf-link btn-add-time' onClick={() => setTimes([...times, { start: '14:00', end: '16:30' }])}>＋ 再加一个时间段</Text>
      ) : null}
      <Field label={`每个时段的名额（${SLOT_CAPACITY.min}–${SLOT_CAPACITY.max}）`} className='capacity-input' value={capacity} onChange={setCapacity} />
      {hint ? <Text className='t-body error-text block slot-form-hint'>{hint}</Text> : <Text className='t-body block sf-count slot-count'>将开放 {count} 个时段</Text>}
      <ActionButton className='btn-open-slots' disabled={!!hint || submitting} onClick={open}>
        {submitting ? '正在开放…' : hint ? '开放时段' : `开放 ${count} 个时段`}
      </ActionButton>
      <ErrorLine error={error} />
    </View>
  )
}
