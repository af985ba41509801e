import { useState } from 'react'
import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import type { Rubric, RubricItem } from '@chengxin/shared/src/api'
import { ActionButton } from '../../../components/action-button'
import { SCORES } from '../../../components/score-picker'
import { ErrorLine } from '../../../components/state-views'
import { useSubmit } from '../../../components/use-submit'
import { call } from '../../../services/cloud'
import { TextField } from './fields'

type Draft = { text: string; descriptors: string[] }

/** The quarter before `q` (2026Q1 → 2025Q4): a round may be opened for the current or the previous quarter. */
export function previousQuarter(q: string): string {
  const [y, n] = [Number(q.slice(0, 4)), Number(q.slice(5))]
  return n === 1 ? `${y - 1}Q4` : `${y}Q${n - 1}`
}

/** One generated item: its wording and its five descriptors, editable before the round opens. */
function ItemEditor({ item, draft, onChange }: { item: RubricItem; draft: Draft; onChange: (d: Draft) => void }) {
  const [open, setOpen] = useState(false)
  const changed = draft.text !== item.text || draft.descriptors.some((d, n) => d !== item.descriptors[n])
  return (
    <View className={`rubric-item rubric-${item.id}`}>
      <View className='row-between' onClick={() => setOpen(!open)}>
        <Text className='t-body grow'>{draft.text}</Text>
        <Text className='review-chip btn-edit-item'>{open ? '收起' : changed ? '已修改' : '修改'}</Text>
      </View>
      {open ? (
        <View>
          <TextField label='评议内容' className='item-text' value={draft.text} maxlength={200} onChange={(text) => onChange({ ...draft, text })} />
          {SCORES.map((n) => (
            <TextField key={n} label={`${n} 分的说明`} className={`descriptor-${n}`} value={draft.descriptors[n]} maxlength={40}
              onChange={(v) => onChange({ ...draft, descriptors: draft.descriptors.map((d, i) => (i === n ? v : d)) })} />
          ))}
        </View>
      ) : <Text className='t-small muted block'>{draft.descriptors.map((d, n) => `${n}分 ${d}`).join('；')}</Text>}
    </View>
  )
}

/**
 * A cadre opens the quarter's round: the rubric generated from the current commitment template
 * (both lists, 0–4 with descriptors), edited here before opening, and the settings.
 */
export function OpenRound({ proposal, currentQuarter, taken, onOpened }: { proposal: Rubric; currentQuarter: string; taken: string[]; onOpened: (roundId: string) => void }) {
  const quarters = [currentQuarter, previousQuarter(currentQuarter)].filter((q) => !taken.includes(q))
  const [quarter, setQuarter] = useState(quarters[0])
  const [quorum, setQuorum] = useState('3')
  const [noticeDays, setNoticeDays] = useState('7')
  const all = [...proposal.householdItems, ...proposal.villageItems]
  const [drafts, setDrafts] = useState<Record<string, Draft>>(() => Object.fromEntries(all.map((i) => [i.id, { text: i.text, descriptors: [...i.descriptors] }])))
  const { submitting, error, run } = useSubmit()
  if (!quarter) return null
  const q = Number(quorum)
  const days = Number(noticeDays)
  const problem = !Number.isInteger(q) || q < 1 || q > 9 ? '法定人数应为 1 到 9 人'
    : !Number.isInteger(days) || days < 3 || days > 30 ? '公示天数应为 3 到 30 天'
    : Object.values(drafts).some((d) => !d.text.trim() || d.descriptors.some((x) => !x.trim())) ? '评议内容和每档说明都不能为空' : null
  const open = async () => {
    const edits = all.flatMap((i) => {
      const d = drafts[i.id]
      const text = d.text.trim() !== i.text ? d.text.trim() : undefined
      const descriptors = d.descriptors.some((x, n) => x.trim() !== i.descriptors[n]) ? d.descriptors.map((x) => x.trim()) : undefined
      return text || descriptors ? [{ id: i.id, ...(text ? { text } : {}), ...(descriptors ? { descriptors } : {}) }] : []
    })
    const r = await run((requestId) => call('review.open', { quarter, settings: { quorum: q, noticeDays: days }, ...(edits.length ? { edits } : {}) }, { requestId }), {
      title: `开启${quarter}季度评议`,
      content: `开启后评议细则不能再改，评议小组和各户会收到通知。每户至少 ${q} 人评议，结果公示 ${days} 天。确认开启？`,
      confirmText: '开启',
    })
    if (r) { void Taro.showToast({ title: '已开启', icon: 'success' }); onOpened(r.round.id) }
  }
  const side = (title: string, items: RubricItem[]) => (
    <View className='card rubric-side'>
      <Text className='t-subtitle block'>{title}（{items.length} 项）</Text>
      {items.map((i) => <ItemEditor key={i.id} item={i} draft={drafts[i.id]} onChange={(d) => setDrafts((s) => ({ ...s, [i.id]: d }))} />)}
    </View>
  )
  return (
    <View className='review-open'>
      <View className='card'>
        <Text className='t-subtitle block'>开启季度评议</Text>
        <Text className='t-small muted block'>评议细则按第 {proposal.templateVersion} 版承诺书生成：农户和村里的每项承诺各一项，0–4 分。开启前可以修改措辞和每档说明。</Text>
        <View className='review-chips quarter-chips'>
          {quarters.map((x) => <Text key={x} className={`review-chip chip-${x} ${x === quarter ? 'active' : ''}`} onClick={() => setQuarter(x)}>{x}</Text>)}
        </View>
        <TextField label='法定人数：每户至少几位成员评议（不足为“未评”）' className='quorum' type='number' value={quorum} onChange={setQuorum} maxlength={1} />
        <TextField label='公示天数（申诉期与公示期相同）' className='notice-days' type='number' value={noticeDays} onChange={setNoticeDays} maxlength={2} />
      </View>
      {side('农户的承诺', proposal.householdItems)}
      {side('村里的承诺', proposal.villageItems)}
      {problem ? <Text className='t-body error-text block'>{problem}</Text> : null}
      <ActionButton className='btn-open-round' disabled={submitting || !!problem} onClick={open}>{submitting ? '正在开启…' : `开启 ${quarter} 季度评议`}</ActionButton>
      <ErrorLine error={error} />
    </View>
  )
}
