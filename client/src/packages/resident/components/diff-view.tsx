import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import type { DocumentGetOutput } from '@chengxin/shared/src/api'

type Changes = DocumentGetOutput['changes']
type Part = Changes['parts'][number]

const LINE_LABEL = { added: '新增', removed: '删去' } as const

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

/**
 * What changed from the previous adopted version, line by line. Unchanged runs fold into one
 * row so the changes stand out; a tap shows them.
 */
export function DiffView({ changes, previousVersion }: { changes: Changes; previousVersion: number }) {
  const [showSame, setShowSame] = useState(false)
  if (changes.added === 0 && changes.removed === 0) {
    return <Text className='t-body muted block diff-none'>与第{previousVersion}版相比，内容没有改动。</Text>
  }
  return (
    <View className='diff'>
      <Text className='t-body block diff-summary'>与第{previousVersion}版相比：新增 {changes.added} 条，删去 {changes.removed} 条</Text>
      <Text className='t-small muted block'>绿色“新增”是这次加上的，红色划线“删去”是这次去掉的。</Text>
      {changes.parts.map((p, i) => (p.op === 'same'
        ? showSame
          ? <View key={i} className='diff-part diff-same'>{p.text.split('\n').map((line, j) => <Text key={j} className='t-body block diff-text'>{line}</Text>)}</View>
          : <Text key={i} className='t-small muted block diff-folded' onClick={() => setShowSame(true)}>…… 未改动 {p.lines} 条（点此展开）</Text>
        : <ChangedLines key={i} part={p as Part & { op: 'added' | 'removed' }} />))}
      {showSame ? <Text className='t-small link block btn-hide-same' onClick={() => setShowSame(false)}>只看改动的条文</Text> : null}
    </View>
  )
}
