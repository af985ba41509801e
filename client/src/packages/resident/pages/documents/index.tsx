import { useEffect } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import type { DocumentSummary } from '@chengxin/shared/src/api'
import { PageShell } from '../../../../components/page-shell'
import { SessionGate } from '../../../../components/session-gate'
import { Empty, ErrorView, Loading } from '../../../../components/state-views'
import { DOCUMENT_STATUS_LABELS, KIND_LABELS, KIND_ORDER } from '../../../../components/resident-labels'
import { call } from '../../../../services/cloud'
import { documentUrl, historyUrl, versionLine } from '../../components/document-links'
import { PagedFooter } from '../../components/paged-footer'
import { PAGE_SIZE, usePaged } from '../../components/use-paged'
import '../../resident.css'

function DocumentRow({ d }: { d: DocumentSummary }) {
  return (
    <View className={`list-row doc-row doc-${d.status}`} data-id={d.id} onClick={() => Taro.navigateTo({ url: documentUrl(d.id) })}>
      <View className='entry'>
        <Text className='t-body block doc-title'>{d.title}</Text>
        <Text className='t-small muted block'>{versionLine(d)}</Text>
        <Text className={`tag doc-status status-${d.status}`}>{d.status === 'notice' ? `公示中 · 第${d.version}版` : DOCUMENT_STATUS_LABELS[d.status]}</Text>
      </View>
      <Text className='t-body muted'>›</Text>
    </View>
  )
}

function DocumentList() {
  const { list, load } = usePaged<DocumentSummary, { items: DocumentSummary[]; total: number }>(
    (offset) => call('document.list', { limit: PAGE_SIZE, offset }), 'documents')
  if (!list.loaded && list.loading) return <Loading />
  if (!list.loaded && list.error) return <ErrorView error={list.error} onRetry={() => load(0)} />
  if (list.items.length === 0) return <Empty text='村里还没有公开文件' hint='村里发布或公示文件后，会在这里显示，并通知您。' />

  const onNotice = list.items.filter((d) => d.status === 'notice')
  const kinds = KIND_ORDER.filter((k) => list.items.some((d) => d.kind === k))
  return (
    <View>
      {onNotice.length > 0 ? (
        <View className='card notice-banner'>
          <Text className='t-subtitle block'>正在公示（{onNotice.length}）</Text>
          <Text className='t-body block'>公示期内可以查看改动并提出意见。</Text>
        </View>
      ) : null}
      {kinds.map((k) => (
        <View key={k} className={`card kind-group kind-${k}`}>
          <Text className='t-subtitle block kind-title'>{KIND_LABELS[k]}</Text>
          {list.items.filter((d) => d.kind === k).map((d) => <DocumentRow key={d.id} d={d} />)}
          <Text className='t-small link block link-history' onClick={() => Taro.navigateTo({ url: historyUrl(k) })}>查看{KIND_LABELS[k]}的历次版本和表决记录 ›</Text>
        </View>
      ))}
      <PagedFooter list={list} onMore={() => load(list.items.length)} />
    </View>
  )
}

export default function DocumentsPage() {
  const { params } = useRouter()
  // A notification names a version: open it on top of the list, so 返回 lands here.
  useEffect(() => { if (params.id) void Taro.navigateTo({ url: documentUrl(decodeURIComponent(params.id)) }) }, [params.id])
  return (
    <PageShell title='村务公开'>
      <SessionGate>{() => <DocumentList />}</SessionGate>
    </PageShell>
  )
}
