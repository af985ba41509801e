import { useRouter } from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { PageShell } from '../../../../components/page-shell'
import { SessionGate } from '../../../../components/session-gate'
import { useAction } from '../../../../components/use-action'
import { changeSummary, renumberedNote } from '@chengxin/shared/src/domain/document-diff-words'
import { noticeSpanLine, noticeStatusLine } from '@chengxin/shared/src/domain/notice-dates'
import { Empty, ErrorView, Loading } from '../../../../components/state-views'
import { AdoptForm, PublishDraft } from '../../components/document-actions'
import { DocumentComments } from '../../components/document-comments'
import { DOCUMENT_KIND_LABELS, DOCUMENT_STATUS_LABELS } from '../../components/labels'
import '../../components/cadre.css'

function DocumentDetail({ id }: { id: string }) {
  const { state, reload } = useAction('document.get', { documentId: id })
  if (state.status === 'loading') return <Loading />
  if (state.status === 'error') return <ErrorView error={state.error} onRetry={() => reload()} />
  const { document: d, previous, changes, comments } = state.data
  const refresh = () => { void reload(true) }
  return (
    <View className='document-detail'>
      <View className='card'>
        <Text className='t-title block document-title'>{d.title}</Text>
        <Text className='t-body muted block'>{DOCUMENT_KIND_LABELS[d.kind]} · 第{d.version}版</Text>
        <Text className={`tag document-status status-${d.status}`}>{DOCUMENT_STATUS_LABELS[d.status]}</Text>
        {d.notice ? <Text className='t-small muted block document-notice'>公示期 {noticeSpanLine(d.notice)} · {noticeStatusLine(d.notice)}</Text> : null}
        {d.vote ? (
          <Text className='t-small muted block document-vote'>
            {d.vote.meetingDate} 会议表决：赞成 {d.vote.for} · 反对 {d.vote.against} · 弃权 {d.vote.abstain}（{d.vote.outcome === 'adopted' ? '通过' : '未通过'}）
          </Text>
        ) : null}
      </View>
      {d.status === 'draft' ? <PublishDraft doc={d} onDone={refresh} /> : null}
      {d.status === 'notice' ? <AdoptForm doc={d} onDone={refresh} /> : null}
      <View className='card'>
        <Text className='t-subtitle block'>正文</Text>
        <Text className='t-body block prose-body document-body'>{d.body}</Text>
      </View>
      {previous ? (
        <View className='card document-changes'>
          <Text className='t-subtitle block diff-summary'>
            与第{previous.version}版相比：{changeSummary(changes) || '内容没有改动'}{renumberedNote(changes)}
          </Text>
          {changes.parts.filter((p) => p.op !== 'same').map((p, i) => (p.op === 'changed'
            ? <Text key={i} className='t-body block prose-body diff-changed'>{`原文：${p.before ?? ''}\n改为：${p.text}`}</Text>
            : <Text key={i} className={`t-body block prose-body diff-${p.op}`}>{p.op === 'added' ? '新增：' : '删去：'}{p.text}</Text>))}
        </View>
      ) : null}
      {d.status !== 'draft' && comments.scope === 'all' ? <DocumentComments key={d.status} documentId={d.id} initial={comments} /> : null}
    </View>
  )
}

export default function DocumentPage() {
  const id = useRouter().params.id
  return (
    <PageShell title='村务文件'>
      <SessionGate role='cadre'>
        {() => (id ? <DocumentDetail id={decodeURIComponent(id)} /> : <Empty text='没有指定文件' hint='请从村务文件列表进入。' />)}
      </SessionGate>
    </PageShell>
  )
}
