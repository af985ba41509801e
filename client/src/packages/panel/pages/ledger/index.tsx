import { useEffect, useRef, useState } from 'react'
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import { View, Text, Image } from '@tarojs/components'
import type { LedgerEntryView, LedgerListOutput } from '@chengxin/shared/src/api'
import { ActionButton } from '../../../../components/action-button'
import { PageShell } from '../../../../components/page-shell'
import { SessionGate } from '../../../../components/session-gate'
import { Empty, ErrorLine, ErrorView, Loading } from '../../../../components/state-views'
import { LEDGER_KIND_LABELS, money } from '../../../../components/ledger-labels'
import { useSubmit } from '../../../../components/use-submit'
import { call } from '../../../../services/cloud'
import { TextArea } from '../../components/fields'
import '../../components/panel.css'

export const RECORD_URL = '/packages/panel/pages/ledger-record/index'
export const PUBLIC_URL = '/packages/resident/pages/ledger/index'
const PAGE = 20

/** The last four quarters, newest first, in Beijing time. */
export function recentQuarters(now = new Date()): string[] {
  const d = new Date(now.getTime() + 8 * 3600_000)
  let y = d.getUTCFullYear()
  let q = Math.floor(d.getUTCMonth() / 3) + 1
  const out: string[] = []
  for (let i = 0; i < 4; i++) {
    out.push(`${y}Q${q}`)
    if (--q === 0) { q = 4; y-- }
  }
  return out
}

function Pending({ e, onDone }: { e: LedgerEntryView; onDone: () => void }) {
  const [rejecting, setRejecting] = useState(false)
  const [reason, setReason] = useState('')
  const { submitting, error, run } = useSubmit()
  const what = `${LEDGER_KIND_LABELS[e.kind]} ${money(e.amountFen)} 元`
  const approve = async () => {
    const r = await run((requestId) => call('ledger.approve', { entryId: e.id }, { requestId }), {
      title: '审核通过', content: `${what}（${e.purpose}）。通过后记入账目，不能再修改，只能冲正。确认通过？`, confirmText: '通过',
    })
    if (r) { void Taro.showToast({ title: '已入账', icon: 'success' }); onDone() }
  }
  const reject = async () => {
    const r = await run((requestId) => call('ledger.reject', { entryId: e.id, reason: reason.trim() }, { requestId }), {
      title: '退回', content: `退回这笔${what}？登记人会看到理由。`, confirmText: '退回',
    })
    if (r) { void Taro.showToast({ title: '已退回', icon: 'success' }); onDone() }
  }
  return (
    <View className={`card ledger-entry entry-pending pending-${e.id}`}>
      <View className='row-between'>
        <Text className='t-body'>{e.day} 登记</Text>
        <Text className='tag'>待审核</Text>
      </View>
      <Text className='t-subtitle block'>{LEDGER_KIND_LABELS[e.kind]}　<Text className={e.signedFen < 0 ? 'out' : 'in'}>{money(e.signedFen, true)} 元</Text></Text>
      {e.household ? <Text className='t-body block'>农户：{e.household}</Text> : null}
      <Text className='t-body block'>事由：{e.purpose}</Text>
      {e.itemText ? <Text className='t-small muted block'>承诺事项：{e.itemText}</Text> : null}
      {e.reason ? <Text className='t-small block'>冲正理由：{e.reason}</Text> : null}
      <Text className='t-small muted block'>经办：{e.recordedBy}</Text>
      {e.receiptUrl ? <Image className='receipt-photo' nativeProps={{ alt: '收据照片' }} src={e.receiptUrl} mode='aspectFit' onClick={() => Taro.previewImage({ urls: [e.receiptUrl!], current: e.receiptUrl! })} /> : null}
      {!e.canDecide ? <Text className='t-small muted block'>{e.ownHousehold ? '涉及您家，请其他成员审核' : '由另一名成员审核'}</Text> : null}
      {e.canDecide && !rejecting ? (
        <View className='actions-row'>
          <ActionButton className='btn-reject' primary={false} disabled={submitting} onClick={() => setRejecting(true)}>退回</ActionButton>
          <ActionButton className='btn-approve' disabled={submitting} onClick={approve}>{submitting ? '正在提交…' : '审核通过'}</ActionButton>
        </View>
      ) : null}
      {rejecting ? (
        <View>
          <TextArea label='退回理由（登记人会看到）' className='reject-reason' value={reason} onChange={setReason} placeholder='例如：金额与会议记录不符' />
          <View className='actions-row'>
            <ActionButton className='btn-cancel' primary={false} disabled={submitting} onClick={() => setRejecting(false)}>取消</ActionButton>
            <ActionButton className='btn-reject-confirm' disabled={submitting || !reason.trim()} onClick={reject}>确认退回</ActionButton>
          </View>
        </View>
      ) : null}
      <ErrorLine error={error} />
    </View>
  )
}

function Publish() {
  const quarters = recentQuarters()
  const [index, setIndex] = useState(1)
  const [done, setDone] = useState<string | null>(null)
  const { submitting, error, run } = useSubmit()
  const quarter = quarters[index]
  const publish = async () => {
    const r = await run((requestId) => call('ledger.publish', { quarter, noticeDays: 7 }, { requestId }), {
      title: '季度公示', content: `把 ${quarter} 的收支汇总张榜公示 7 天，并通知本村各户。确认公示？`, confirmText: '公示',
    })
    if (r) setDone(`${r.quarter} 已公示：收入 ${money(r.totals.inFen)} 元，支出 ${money(r.totals.outFen)} 元，共 ${r.totals.count} 笔`)
  }
  return (
    <View className='card ledger-publish'>
      <Text className='t-subtitle block'>季度公示</Text>
      <View className='chips quarter-chips'>
        {quarters.map((q, i) => (
          <Text key={q} className={`chip chip-${q} ${i === index ? 'active' : ''}`} onClick={() => setIndex(i)}>{q}</Text>
        ))}
      </View>
      <ActionButton className='btn-publish' disabled={submitting} onClick={publish}>{submitting ? '正在公示…' : '公示本季度汇总'}</ActionButton>
      {done ? <Text className='t-body block publish-done'>{done}</Text> : null}
      <ErrorLine error={error} />
    </View>
  )
}

function Queue() {
  const [view, setView] = useState<'pending' | 'rejected'>('pending')
  const [page, setPage] = useState<{ status: 'loading' } | { status: 'ready'; data: LedgerListOutput } | { status: 'error'; error: Parameters<typeof ErrorView>[0]['error'] }>({ status: 'loading' })
  const [limit, setLimit] = useState(PAGE)
  const load = async (v = view, l = limit) => {
    setPage({ status: 'loading' })
    const r = await call('ledger.list', { view: v, limit: Math.min(l, 50) })
    setPage(r.ok ? { status: 'ready', data: r.data } : { status: 'error', error: r.error })
  }
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the first load, once; later loads are explicit
  useEffect(() => { void load() }, [])
  // Back from 登记一笔 or a reversal: show the queue as it is now.
  const shown = useRef(false)
  useDidShow(() => { if (shown.current) void load(); shown.current = true })
  usePullDownRefresh(() => { void load().then(() => Taro.stopPullDownRefresh()) })
  const switchTo = (v: 'pending' | 'rejected') => { setView(v); void load(v) }
  return (
    <View>
      <View className='actions-row'>
        <ActionButton className='btn-record' onClick={() => Taro.navigateTo({ url: RECORD_URL })}>登记一笔</ActionButton>
        <ActionButton className='btn-public' primary={false} onClick={() => Taro.navigateTo({ url: PUBLIC_URL })}>查看全村账目</ActionButton>
      </View>
      <View className='chips queue-tabs'>
        <Text className={`chip chip-pending ${view === 'pending' ? 'active' : ''}`} onClick={() => switchTo('pending')}>待审核</Text>
        <Text className={`chip chip-rejected ${view === 'rejected' ? 'active' : ''}`} onClick={() => switchTo('rejected')}>已退回</Text>
      </View>
      {page.status === 'loading' ? <Loading /> : null}
      {page.status === 'error' ? <ErrorView error={page.error} onRetry={() => load()} /> : null}
      {page.status === 'ready' && page.data.items.length === 0 ? <Empty text={view === 'pending' ? '没有待审核的账目' : '没有退回的账目'} /> : null}
      {page.status === 'ready' ? page.data.items.map((e) => <Pending key={e.id} e={e} onDone={() => load()} />) : null}
      {page.status === 'ready' && page.data.items.length < page.data.total && limit < 50 ? (
        <ActionButton className='btn-load-more' primary={false} onClick={() => { setLimit(50); void load(view, 50) }}>加载更多</ActionButton>
      ) : null}
      <Publish />
    </View>
  )
}

export default function FinanceLedgerPage() {
  return (
    <PageShell title='理财账目'>
      <SessionGate role='panel'>
        {(me) => me.panelGroups.includes('finance')
          ? <Queue />
          : <Empty text='仅限理财小组成员' hint='理财小组成员由村专干指定。' />}
      </SessionGate>
    </PageShell>
  )
}
