import { useEffect, useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import type { DocumentGetOutput } from '@chengxin/shared/src/api'
import { PageShell } from '../../../../components/page-shell'
import { SessionGate } from '../../../../components/session-gate'
import { Empty, ErrorView, Loading } from '../../../../components/state-views'
import { formatTime } from '../../../../components/format'
import { useAction } from '../../../../components/use-action'
import { DOCUMENT_STATUS_LABELS, KIND_LABELS } from '../../../../components/resident-labels'
import { prefetchSubscriptions } from '../../../../services/subscribe'
import { changedClauses } from '@chengxin/shared/src/domain/document-diff-words'
import { DiffView } from '../../components/diff-view'
import { historyUrl, versionLine } from '../../components/document-links'
import { CommentBox } from './comment-box'
import '../../resident.css'

type Doc = DocumentGetOutput['document']

function Header({ d }: { d: Doc }) {
  return (
    <View className='card doc-header'>
      <Text className='t-title block doc-title'>{d.title}</Text>
      <Text className='t-body muted block'>{d.villageName} · {KIND_LABELS[d.kind]} · 第{d.version}版</Text>
      <Text className={`tag doc-status status-${d.status}`}>{DOCUMENT_STATUS_LABELS[d.status]}</Text>
      <Text className='t-body block notice-line'>{versionLine(d)}</Text>
      {d.vote ? (
        <Text className='t-small muted block vote-line'>
          {d.vote.meetingDate} 村民会议表决：赞成 {d.vote.for} 票，反对 {d.vote.against} 票，弃权 {d.vote.abstain} 票
        </Text>
      ) : null}
    </View>
  )
}

/** The text as paragraphs: one clause a line, generous spacing, the page's text size. */
function FullText({ body }: { body: string }) {
  return (
    <View className='card doc-text'>
      {body.split('\n').filter((l) => l.trim()).map((line, i) => <Text key={i} className='t-body doc-line'>{line}</Text>)}
    </View>
  )
}

function DocumentReader({ id }: { id: string }) {
  const { state, reload } = useAction('document.get', { documentId: id })
  const [tab, setTab] = useState<'text' | 'changes' | null>(null)
  useEffect(() => { void prefetchSubscriptions() }, [])
  if (state.status === 'loading') return <Loading />
  if (state.status === 'error') return <ErrorView error={state.error} onRetry={() => reload()} />
  const { document: d, previous, changes, comments, canComment } = state.data
  // On notice the question is "what would change", so open on the changes.
  const shown = tab ?? (d.status === 'notice' && previous ? 'changes' : 'text')

  return (
    <View>
      <Header d={d} />
      {previous ? (
        <View className='seg'>
          <Text className={`filter-tab tab-text ${shown === 'text' ? 'active' : ''}`} onClick={() => setTab('text')}>全文</Text>
          <Text className={`filter-tab tab-changes ${shown === 'changes' ? 'active' : ''}`} onClick={() => setTab('changes')}>改动（{changedClauses(changes)}）</Text>
        </View>
      ) : (
        <Text className='t-small muted block first-version'>这是本村的第一版，没有可比较的旧版本。</Text>
      )}
      {shown === 'changes' && previous ? (
        <View className='card doc-changes'><DiffView changes={changes} previousVersion={previous.version} /></View>
      ) : <FullText body={d.body} />}
      <CommentBox documentId={d.id} comments={comments} canComment={canComment} onNotice={d.status === 'notice'} onSent={() => reload(true)} />
      <View className='card'>
        <View className='list-row link-history' onClick={() => Taro.navigateTo({ url: historyUrl(d.kind) })}>
          <Text className='t-body'>{KIND_LABELS[d.kind]}的历次版本和表决记录</Text>
          <Text className='t-body muted'>›</Text>
        </View>
      </View>
      <Text className='t-small muted block'>更新于 {formatTime(d.updatedAt)}</Text>
    </View>
  )
}

export default function DocumentPage() {
  const { params } = useRouter()
  const id = params.id ? decodeURIComponent(params.id) : ''
  return (
    <PageShell>
      <SessionGate>{() => (id ? <DocumentReader id={id} /> : <Empty text='没有找到这份文件' />)}</SessionGate>
    </PageShell>
  )
}
