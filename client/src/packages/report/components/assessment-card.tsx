import { View, Text } from '@tarojs/components'
import type { AssessmentView } from '@chengxin/shared/src/api'
import { formatTime } from '../../../components/format'
import { quarterLabel } from './quarters'

/** One village's assessment of a quarter: each good's score and comment, and the sum (never compared with other villages). */
export function AssessmentCard({ a, onOpen }: { a: AssessmentView; onOpen?: () => void }) {
  return (
    <View className={`card assessment-card assessment-${a.status} ${onOpen ? 'card-tap' : ''}`} data-id={a.id} onClick={onOpen}>
      <View className='row'>
        <Text className='t-subtitle assessment-heading'>{a.villageName} · {quarterLabel(a.quarter)}</Text>
      </View>
      <Text className={`tag assessment-status status-${a.status}`}>{a.statusLabel}</Text>
      {a.goods.map((g) => (
        <View key={g.key} className={`good-line good-${g.key}`}>
          <View className='figure-row'>
            <Text className='t-body figure-name'>{g.label}</Text>
            <Text className='t-body figure-value good-score'>{g.score === null ? '未评' : `${g.score} 分`}</Text>
          </View>
          {g.comment ? <Text className='t-small muted block good-comment'>评语：{g.comment}</Text> : null}
        </View>
      ))}
      {a.total !== null ? <Text className='t-body block assessment-total'>六项合计 {a.total} 分（满分 60 分）</Text> : null}
      {a.submittedAt ? <Text className='t-small muted block'>提交于 {formatTime(a.submittedAt)}{a.scoredBy ? ` · ${a.scoredBy}` : ''}</Text> : null}
      {onOpen ? <Text className='t-small muted block'>{a.status === 'submitted' ? '点此查看' : '点此评分 ›'}</Text> : null}
    </View>
  )
}
