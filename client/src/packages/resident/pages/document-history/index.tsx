import Taro, { useRouter } from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import type { DocumentKind, DocumentSummary } from '@chengxin/shared/src/api'
import { PageShell } from '../../../../components/page-shell'
import { SessionGate } from '../../../../components/session-gate'
import { Empty, ErrorView, Loading } from '../../../../components/state-views'
import { formatTime } from '../../../../components/format'
import { DOCUMENT_STATUS_LABELS, KIND_LABELS } from '../../../../components/resident-labels'
import { call } from '../../../../services/cloud'
import { PagedFooter } from '../../components/paged-footer'
import { PAGE_SIZE, usePaged } from '../../components/use-paged'
import { documentUrl } from '../../components/document-links'
import '../../resident.css'

const day = (iso: string | null | undefined) => formatTime(iso).slice(0, 10)

function VersionRow({ d }: { d: DocumentSummary }) {
  return (
    <View className={`list-row version-row doc-${d.status}`} data-id={d.id} onClick={() => Taro.navigateTo({ url: documentUrl(d.id) })}>
      <View className='entry'>
        <Text className='t-body block'>第{d.version}版 · {d.title}</Text>
        <Text className={`tag doc-status status-${d.status}`}>{DOCUMENT_STATUS_LABELS[d.status]}</Text>
        {d.notice ? <Text className='t-small muted block'>公示：{day(d.notice.startsAt)} 起 {d.notice.days} 天</Text> : null}
        {d.vote ? (
          <Text className='t-small block vote-line'>
            {d.vote.meetingDate} 表决{d.vote.outcome === 'adopted' ? '通过' : '未通过'}：赞成 {d.vote.for}、反对 {d.vote.against}、弃权 {d.vote.abstain}
          </Text>
        ) : null}
        {d.adoptedAt ? <Text className='t-small muted block'>施行：{day(d.adoptedAt)}{d.supersededAt ? `，${day(d.supersededAt)} 被新版本替代` : ''}</Text> : null}
      </View>
      <Text className='t-body muted'>›</Text>
    </View>
  )
}

function History({ kind }: { kind: DocumentKind }) {
  const { list, load } = usePaged<DocumentSummary, { items: DocumentSummary[]; total: number }>(
    (offset) => call('document.history', { kind, limit: PAGE_SIZE, offset }), kind)
  if (!list.loaded && list.loading) return <Loading />
  if (!list.loaded && list.error) return <ErrorView error={list.error} onRetry={() => load(0)} />
  if (list.items.length === 0) return <Empty text={`还没有${KIND_LABELS[kind]}的历史版本`} />
  return (
    <View>
      <View className='card history-list'>
        {list.items.map((d) => <VersionRow key={d.id} d={d} />)}
      </View>
      <PagedFooter list={list} onMore={() => load(list.items.length)} />
    </View>
  )
}

export default function DocumentHistoryPage() {
  const kind = useRouter().params.kind as DocumentKind | undefined
  const known = !!kind && kind in KIND_LABELS
  return (
    <PageShell title={known ? `${KIND_LABELS[kind!]} · 历次版本` : '历次版本'}>
      <SessionGate>{() => (known ? <History kind={kind!} /> : <Empty text='没有找到这类文件' />)}</SessionGate>
    </PageShell>
  )
}
