// A complaint's head and its events, shared by the complainant's and the handlers' pages.
// Photos open in the system viewer; anonymous events show the day only (the server sends no time).
import Taro from '@tarojs/taro'
import { View, Text, Image } from '@tarojs/components'
import type { ComplaintEvent, ComplaintView } from './api'

type Photo = ComplaintView['photos'][number]
import { COMPLAINT_CATEGORY_LABELS, ESCALATION_LABELS } from './labels'
import { StatusTags } from './row'
import './complaint.css'

const EVENT_LABELS: Record<ComplaintEvent['kind'], string> = {
  filed: '提交投诉',
  accepted: '已受理',
  answer: '答复',
  note: '内部备注（投诉人看不到）',
  addition: '投诉人补充',
  extended: '延期',
  escalated: '转到镇里',
  reopened: '重新办理',
  rated: '评价',
  resolved: '确认已解决',
  closed: '办结（未解决）',
}

export function Photos({ photos }: { photos: Photo[] }) {
  if (!photos.length) return null
  const urls = photos.map((p) => p.url)
  return (
    <View className='photo-grid'>
      {photos.map((p) => (
        <View key={p.fileId} className='photo-cell'>
          <Image className='photo-thumb complaint-photo' src={p.url} mode='aspectFill' onClick={() => Taro.previewImage({ urls, current: p.url })} />
        </View>
      ))}
    </View>
  )
}

export function ComplaintHead({ c }: { c: ComplaintView }) {
  return (
    <View className='card complaint-head' data-id={c.id}>
      <StatusTags c={c} />
      <Text className='t-subtitle block complaint-category'>{COMPLAINT_CATEGORY_LABELS[c.category]} · {c.villageName}</Text>
      <Text className='t-body block complaint-text'>{c.text}</Text>
      <Photos photos={c.photos} />
      {c.about ? <Text className='t-small block complaint-about'>涉及：{c.about.name}{c.about.roleLabel ? `（${c.about.roleLabel}）` : ''}</Text> : null}
      {c.author ? <Text className='t-small block complaint-author'>投诉人：{c.author.name}（{c.author.householdLabel}）</Text> : null}
      <Text className='t-small muted block complaint-days'>{c.filedDay} 提交 · {c.acceptBy} 前受理 · {c.answerBy} 前答复</Text>
      {c.extension ? <Text className='t-small block complaint-extension'>已延期 {c.extension.days} 天，理由：{c.extension.reason}</Text> : null}
      {c.escalation ? <Text className='t-small block complaint-escalation'>{ESCALATION_LABELS[c.escalation]}</Text> : null}
      {c.status === 'closed' && c.closeReason ? <Text className='t-body block complaint-close-reason'>未解决，办结理由：{c.closeReason}</Text> : null}
      {c.rating ? <Text className='t-small block complaint-rating'>评价：{'★'.repeat(c.rating.stars)}{'☆'.repeat(5 - c.rating.stars)} {c.rating.comment}</Text> : null}
    </View>
  )
}

export function Timeline({ events }: { events: ComplaintEvent[] }) {
  return (
    <View className='card complaint-timeline'>
      <Text className='t-subtitle block'>办理经过</Text>
      {events.map((e, i) => (
        <View key={i} className={`timeline-item kind-${e.kind}`}>
          <Text className='t-small muted block'>{e.day} · {e.by} · {EVENT_LABELS[e.kind]}</Text>
          {e.text ? <Text className='t-body block event-text'>{e.text}</Text> : null}
          <Photos photos={e.photos} />
        </View>
      ))}
    </View>
  )
}
