import { useState } from 'react'
import Taro, { usePullDownRefresh } from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import type { DocumentKind, DocumentSummary } from '@chengxin/shared/src/api'
import { ActionButton } from '../../../../components/action-button'
import { PageShell } from '../../../../components/page-shell'
import { SessionGate } from '../../../../components/session-gate'
import { PagedView, usePagedList } from '../../../../components/paged-list'
import { formatTime } from '../../../../components/format'
import { noticeStatusLine } from '@chengxin/shared/src/domain/notice-dates'
import { call } from '../../../../services/cloud'
import { DOCUMENT_KINDS, DOCUMENT_KIND_LABELS, DOCUMENT_STATUS_LABELS } from '../../components/labels'
import '../../components/cadre.css'

function when(d: DocumentSummary): string {
  if (d.status === 'notice' && d.notice) return noticeStatusLine(d.notice)
  if (d.status === 'adopted' && d.adoptedAt) return `${formatTime(d.adoptedAt).slice(0, 10)} 通过`
  return `更新于 ${formatTime(d.updatedAt)}`
}

function Documents() {
  const [kind, setKind] = useState<DocumentKind | null>(null)
  const { list, reload, loadMore } = usePagedList(kind ?? 'all', (offset, limit) => call('document.list', { kind: kind ?? undefined, offset, limit }))
  usePullDownRefresh(() => { void reload() })
  const draft = () => Taro.navigateTo({ url: `/packages/cadre/pages/document-edit/index${kind ? `?kind=${kind}` : ''}` })
  return (
    <View>
      <View className='filters'>
        {[null, ...DOCUMENT_KINDS].map((k) => (
          <Text key={k ?? 'all'} className={`filter-tab filter-${k ?? 'all'} ${k === kind ? 'active' : ''}`} onClick={() => setKind(k)}>
            {k ? DOCUMENT_KIND_LABELS[k] : '全部'}
          </Text>
        ))}
      </View>
      <ActionButton className='btn-new-document' onClick={draft}>起草新版本</ActionButton>
      <PagedView list={list} reload={reload} loadMore={loadMore} emptyText='还没有文件'>
        {(items) => (
          <View className='card'>
            {items.map((d) => (
              <View key={d.id} className='list-row document-row' data-id={d.id}
                onClick={() => Taro.navigateTo({ url: `/packages/cadre/pages/document/index?id=${encodeURIComponent(d.id)}` })}>
                <View className='entry'>
                  <Text className='t-body block'>{d.title}</Text>
                  <Text className='t-small muted block'>{DOCUMENT_KIND_LABELS[d.kind]} · 第{d.version}版 · {when(d)}</Text>
                </View>
                <Text className={`tag status-${d.status}`}>{DOCUMENT_STATUS_LABELS[d.status]}</Text>
              </View>
            ))}
          </View>
        )}
      </PagedView>
    </View>
  )
}

export default function DocumentsPage() {
  return (
    <PageShell title='村务文件'>
      <SessionGate role='cadre'>{() => <Documents />}</SessionGate>
    </PageShell>
  )
}
