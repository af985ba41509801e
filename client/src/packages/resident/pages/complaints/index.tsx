// 我的投诉: named complaints (complaint.mine, paged), anonymous ones by the receipts kept on this
// phone (complaint.follow, checked each time the page opens — anonymous authors get no push),
// and a box to type a receipt written down earlier (after clearing the app's storage).
import { useEffect, useRef, useState } from 'react'
import Taro, { useDidShow, useRouter } from '@tarojs/taro'
import { View, Text, Input } from '@tarojs/components'
import type { ActionError } from '@chengxin/shared/src/api/errors'
import { ActionButton } from '../../../../components/action-button'
import { PageShell } from '../../../../components/page-shell'
import { SessionGate } from '../../../../components/session-gate'
import { Empty, ErrorLine, ErrorView, Loading } from '../../../../components/state-views'
import { call, type ComplaintMineOutput, type ComplaintView } from '../../../../components/complaint/api'
import { ComplaintRow, toSummary } from '../../../../components/complaint/row'
import { COMPLAINT_PAGES } from '../../../../components/complaint/labels'
import { rememberComplaint } from '../../../../components/complaint/cache'
import { loadReceipts, normaliseReceipt, saveReceipt } from '../../../../components/complaint/receipts'
import { PagedFooter } from '../../components/paged-footer'
import { PAGE_SIZE, usePaged } from '../../components/use-paged'
import '../../resident.css'

const openReceipt = (code: string) => Taro.navigateTo({ url: `${COMPLAINT_PAGES.detail}?receipt=${encodeURIComponent(code)}` })
/** complaint.follow takes at most 20 receipts a call. */
const FOLLOW_MAX = 20

type Followed = { status: 'loading' } | { status: 'ready'; items: Array<{ receipt: string; complaint: ComplaintView }>; unknown: string[] } | { status: 'error'; error: ActionError }

function Anonymous() {
  const [state, setState] = useState<Followed>({ status: 'loading' })
  const check = async () => {
    const codes = loadReceipts().slice(0, FOLLOW_MAX)
    if (!codes.length) return setState({ status: 'ready', items: [], unknown: [] })
    const r = await call('complaint.follow', { receipts: codes })
    setState(r.ok ? { status: 'ready', ...r.data } : { status: 'error', error: r.error })
  }
  useEffect(() => { void check() }, [])
  const shown = useRef(false)
  useDidShow(() => { if (shown.current) void check(); shown.current = true })
  if (state.status === 'ready' && !state.items.length && !state.unknown.length) return null
  return (
    <View className='card anonymous-list'>
      <Text className='t-subtitle block'>匿名投诉（本手机记住的回执码）</Text>
      {state.status === 'loading' ? <Loading text='正在查询回执码…' /> : null}
      {state.status === 'error' ? <ErrorView error={state.error} onRetry={check} /> : null}
      {state.status === 'ready' ? state.items.map(({ receipt, complaint }) => (
        <ComplaintRow key={receipt} c={toSummary(complaint)} onOpen={() => { rememberComplaint(complaint); void openReceipt(receipt) }} />
      )) : null}
      {state.status === 'ready' ? state.unknown.map((code) => (
        <Text key={code} className='t-small muted block receipt-unknown'>回执码 {code} 没有查到投诉</Text>
      )) : null}
    </View>
  )
}

function TypeReceipt() {
  const [typed, setTyped] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<ActionError | null>(null)
  const code = normaliseReceipt(typed)
  const look = async () => {
    setBusy(true)
    setError(null)
    const r = await call('complaint.follow', { receipts: [code] })
    setBusy(false)
    if (!r.ok) return setError(r.error)
    const hit = r.data.items[0]
    if (!hit) return setError({ code: 'NOT_FOUND', message: '没有查到这个回执码的投诉，请核对后重新输入' })
    saveReceipt(hit.receipt)
    rememberComplaint(hit.complaint)
    setTyped('')
    void openReceipt(hit.receipt)
  }
  return (
    <View className='card type-receipt'>
      <Text className='t-subtitle block'>凭回执码查看匿名投诉</Text>
      <Text className='t-small muted block'>换了手机或清理过微信数据，输入当时抄下的回执码。</Text>
      <View className='field receipt-input'>
        <Input className='cx-input' value={typed} maxlength={24} placeholder='例如 K7QD-9M2X-T4HB-8ZRP' onInput={(e) => setTyped(e.detail.value)} />
      </View>
      <ErrorLine error={error} />
      <ActionButton className='btn-follow-receipt' primary={false} disabled={code.length !== 16 || busy} onClick={look}>{busy ? '正在查询…' : '查看'}</ActionButton>
    </View>
  )
}

function Named() {
  const { list, load } = usePaged<ComplaintView, ComplaintMineOutput>((offset) => call('complaint.mine', { offset, limit: PAGE_SIZE }), 'mine')
  return (
    <View className='card named-list'>
      <Text className='t-subtitle block'>实名投诉</Text>
      {!list.loaded && list.loading ? <Loading /> : null}
      {!list.loaded && list.error ? <ErrorView error={list.error} onRetry={() => load(0)} /> : null}
      {list.loaded && list.items.length === 0 ? <Empty text='还没有实名投诉' /> : null}
      {list.items.map((c) => (
        <ComplaintRow key={c.id} c={toSummary(c)} onOpen={() => { rememberComplaint(c); void Taro.navigateTo({ url: `${COMPLAINT_PAGES.detail}?id=${c.id}` }) }} />
      ))}
      <PagedFooter list={list} onMore={() => load(list.items.length)} />
    </View>
  )
}

export default function ComplaintsPage() {
  // A notification about an answer (PAGES.complaints(id)) opens that complaint.
  const { id } = useRouter().params
  useEffect(() => { if (id) void Taro.navigateTo({ url: `${COMPLAINT_PAGES.detail}?id=${id}` }) }, [id])
  return (
    <PageShell title='我的投诉' className='complaint-page'>
      <SessionGate role='resident'>
        {() => (
          <View>
            <View className='actions-row'>
              <ActionButton className='btn-new-complaint' onClick={() => Taro.navigateTo({ url: COMPLAINT_PAGES.file })}>我要投诉</ActionButton>
              <ActionButton className='btn-complaint-stats' primary={false} onClick={() => Taro.navigateTo({ url: COMPLAINT_PAGES.stats })}>办理情况公开</ActionButton>
            </View>
            <Named />
            <Anonymous />
            <TypeReceipt />
          </View>
        )}
      </SessionGate>
    </PageShell>
  )
}
