import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import type { DocumentGetOutput } from '@chengxin/shared/src/api'
import { changedClauses, changeSummary, renumberedNote } from '@chengxin/shared/src/domain/document-diff-words'

type Changes = DocumentGetOutput['changes']
type Part = Changes['parts'][number]

const LINE_LABEL = { added: '新增', removed: '删去', changed: '改为' } as const

function ChangedLines({ part }: { part: Part & { op: 'added' | 'removed' } }) {
  return (
    <View className={`diff-part diff-${part.op}`}>
      {part.text.split('\n').map((line, i) => (
        <View key={i} className='diff-line'>
          {/* A word as well as a colour: the change must read without telling red from green. */}
          <Text className='diff-label'>{LINE_LABEL[part.op]}</Text>
          <Text className='t-body diff-text'>{line}</Text>
        </View>
      ))}
    </View>
  )
}

/** One reworded clause: its old wording, then the new one. */
function RewordedClause({ part }: { part: Part }) {
  return (
    <View className='diff-part diff-changed'>
      <View className='diff-line diff-before'>
        <Text className='diff-label'>原文</Text>
        <Text className='t-body diff-text'>{part.before}</Text>
      </View>
      <View className='diff-line diff-after'>
        <Text className='diff-label'>{LINE_LABEL.changed}</Text>
        <Text className='t-body diff-text'>{part.text}</Text>
      </View>
    </View>
  )
}

/**
 * What changed from the previous adopted version, clause by clause, numbers aside. Unchanged
 * runs fold into one row so the changes stand out; a tap shows them.
 */
export function DiffView({ changes, previousVersion }: { changes: Changes; previousVersion: number }) {
  const [showSame, setShowSame] = useState(false)
  const renumbered = renumberedNote(changes)
  if (changedClauses(changes) === 0) {
    return <Text className='t-body muted block diff-none'>与第{previousVersion}版相比，内容没有改动。{renumbered}</Text>
  }
  return (
    <View className='diff'>
      <Text className='t-body block diff-summary'>与第{previousVersion}版相比：{changeSummary(changes)}</Text>
      {renumbered ? <Text className='t-small muted block diff-renumbered'>{renumbered}</Text> : null}
      <Text className='t-small muted block'>“改为”下面是新的写法，“原文”是上一版的；“新增”是这次加上的，“删去”是这次去掉的。</Text>
      {changes.parts.map((p, i) => (p.op === 'same'
        ? showSame
          ? <View key={i} className='diff-part diff-same'>{p.text.split('\n').map((line, j) => <Text key={j} className='t-body block diff-text'>{line}</Text>)}</View>
          : <Text key={i} className='t-small muted block diff-folded' onClick={() => setShowSame(true)}>…… 未改动 {p.lines} 条（点此展开）</Text>
        : p.op === 'changed'
          ? <RewordedClause key={i} part={p} />
          : <ChangedLines key={i} part={p as Part & { op: 'added' | 'removed' }} />))}
      {showSame ? <Text className='t-small link block btn-hide-same' onClick={() => setShowSame(false)}>只看改动的条文</Text> : null}
    </View>
  )
}
