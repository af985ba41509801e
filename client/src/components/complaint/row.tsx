import { View, Text } from '@tarojs/components'
import type { ComplaintSummary, ComplaintView } from './api'
import { COMPLAINT_CATEGORY_LABELS, COMPLAINT_STATUS_LABELS } from './labels'
import './complaint.css'

/** Status, and whether overdue, at the township, anonymous. */
export function StatusTags({ c }: { c: Pick<ComplaintSummary, 'status' | 'overdue' | 'level' | 'anonymous'> }) {
  return (
    <View className='row'>
      <Text className={`tag complaint-status status-${c.status}`}>{COMPLAINT_STATUS_LABELS[c.status]}</Text>
      {c.overdue ? <Text className='tag tag-overdue'>已超期</Text> : null}
      {c.level === 'township' ? <Text className='tag tag-township'>镇里办理</Text> : null}
      {c.anonymous ? <Text className='tag tag-anonymous'>匿名</Text> : null}
    </View>
  )
}

/** A complainant's full view shown as a list row. */
export const toSummary = (v: ComplaintView): ComplaintSummary => ({
  id: v.id, villageId: v.villageId, villageName: v.villageName, category: v.category, status: v.status, level: v.level,
  anonymous: v.anonymous, excerpt: v.text.length > 40 ? `${v.text.slice(0, 40)}…` : v.text, filedDay: v.filedDay,
  acceptBy: v.acceptBy, answerBy: v.answerBy, overdue: v.overdue,
})

/** One complaint in a list: category, status, day filed, overdue and township marks. */
export function ComplaintRow({ c, onOpen }: { c: ComplaintSummary; onOpen: () => void }) {
  return (
    <View className={`list-row complaint-row complaint-${c.status} ${c.overdue ? 'is-overdue' : ''}`} data-id={c.id} onClick={onOpen}>
      <View className='entry'>
        <StatusTags c={c} />
        <Text className='t-body block complaint-category'>{COMPLAINT_CATEGORY_LABELS[c.category]}{c.villageName ? ` · ${c.villageName}` : ''}</Text>
        <Text className='t-small muted block complaint-excerpt'>{c.excerpt}</Text>
        <Text className='t-small muted block'>{c.filedDay} 提交{c.status === 'submitted' ? ` · ${c.acceptBy} 前受理` : c.status === 'accepted' ? ` · ${c.answerBy} 前答复` : ''}</Text>
      </View>
      <Text className='t-body muted'>›</Text>
    </View>
  )
}
