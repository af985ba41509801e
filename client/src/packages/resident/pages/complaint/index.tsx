// One complaint as its author sees it: by id (named, signed in) or by receipt (anonymous, or a
// named one on another phone). Read answers, add information, rate 1–5, confirm resolved, or
// reopen within 7 days of the answer.
import { useCallback, useEffect, useRef, useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { ActionButton } from '../../../../components/action-button'
import { PageShell } from '../../../../components/page-shell'
import { SessionGate } from '../../../../components/session-gate'
import { ErrorLine, ErrorView, Loading } from '../../../../components/state-views'
import { useSubmit } from '../../../../components/use-submit'
import { call, type ComplaintView, type Locator } from '../../../../components/complaint/api'
import { ComplaintHead, Timeline } from '../../../../components/complaint/timeline'
import { ReplyBox } from '../../../../components/complaint/reply-box'
import type { ActionError, Result } from '@chengxin/shared/src/api/errors'
import { cachedComplaint, rememberComplaint } from '../../../../components/complaint/cache'
import '../../resident.css'

function Stars({ value, onChange }: { value: number; onChange: (n: number) => void }) {
  return (
    <View className='stars'>
      {[1, 2, 3, 4, 5].map((n) => (
        <Text key={n} className={`star star-${n} ${n <= value ? 'on' : ''}`} onClick={() => onChange(n)}>★</Text>
      ))}
    </View>
  )
}

export const rateConfirm = (stars: number, resolved: boolean) => resolved
  ? `打 ${stars} 星，并确认问题已经解决？确认后这条投诉办结，不能再要求重新办理。`
  : `打 ${stars} 星，问题还没解决？答复后 7 天内可以要求重新办理。`

function Rate({ c, at, onDone }: { c: ComplaintView; at: Locator; onDone: (c: ComplaintView) => void }) {
  const [stars, setStars] = useState(c.rating?.stars ?? 0)
  const [comment, setComment] = useState(c.rating?.comment ?? '')
  const { submitting, error, run } = useSubmit()
  const send = async (resolved: boolean) => {
    const r = await run((requestId) => call('complaint.rate', { locator: at, stars, comment: comment.trim(), resolved }, { requestId }), {
      title: resolved ? '确认已解决' : '提交评价', content: rateConfirm(stars, resolved), confirmText: '提交',
    })
    if (r) onDone(r.complaint)
  }
  return (
    <View className='card complaint-rate'>
      <Text className='t-subtitle block'>{c.rating ? '修改评价' : '对答复满意吗？'}</Text>
      <Stars value={stars} onChange={setStars} />
      <ReplyBox className='rate-comment' label='说说理由（可不填）' value={comment} onChange={setComment} max={200} />
      <ErrorLine error={error} />
      {!stars ? <Text className='t-small muted block form-hint'>请先选择 1 到 5 星</Text> : null}
      <View className='actions-row'>
        <ActionButton className='btn-rate-unresolved' primary={false} disabled={!stars || submitting} onClick={() => send(false)}>问题还没解决</ActionButton>
        <ActionButton className='btn-rate-resolved' disabled={!stars || submitting} onClick={() => send(true)}>问题已解决</ActionButton>
      </View>
    </View>
  )
}

function AuthorActions({ c, at, onDone }: { c: ComplaintView; at: Locator; onDone: (c: ComplaintView) => void }) {
  const [mode, setMode] = useState<'none' | 'add' | 'reopen'>('none')
  const [text, setText] = useState('')
  const { submitting, error, run } = useSubmit()
  const done = (r: { complaint: ComplaintView } | null) => { if (r) { setMode('none'); setText(''); onDone(r.complaint) } }
  const add = async () => done(await run((requestId) => call('complaint.respond', { as: 'addition', locator: at, text: text.trim(), photos: [] }, { requestId }), {
    title: '补充情况', content: '把这段补充发给办理人？', confirmText: '发送',
  }))
  const reopen = async () => done(await run((requestId) => call('complaint.reopen', { locator: at, reason: text.trim() }, { requestId }), {
    title: '重新办理', content: c.reopenCount >= 1 ? '这是第二次要求重新办理，将转到镇里办理。确定？' : '要求重新办理这条投诉？办理人会重新处理并答复。',
    confirmText: '重新办理',
  }))
  return (
    <View className='card author-actions'>
      {c.can.reopen && c.reopenUntil ? <Text className='t-small muted block reopen-until'>{c.reopenUntil} 前可以要求重新办理</Text> : null}
      {mode === 'none' ? (
        <View className='actions-row'>
          {c.can.add ? <ActionButton className='btn-add-info' primary={false} onClick={() => setMode('add')}>补充情况</ActionButton> : null}
          {c.can.reopen ? <ActionButton className='btn-reopen' primary={false} onClick={() => setMode('reopen')}>要求重新办理</ActionButton> : null}
        </View>
      ) : (
        <View>
          <ReplyBox className={mode === 'add' ? 'add-text' : 'reopen-reason'} label={mode === 'add' ? '补充的情况' : '为什么还没解决'} value={text} onChange={setText} max={mode === 'add' ? 1000 : 500} />
          <View className='actions-row'>
            <ActionButton className='btn-cancel' primary={false} disabled={submitting} onClick={() => { setMode('none'); setText('') }}>取消</ActionButton>
            <ActionButton className={mode === 'add' ? 'btn-add-confirm' : 'btn-reopen-confirm'} disabled={submitting || text.trim().length < 2} onClick={mode === 'add' ? add : reopen}>
              {submitting ? '正在提交…' : '提交'}
            </ActionButton>
          </View>
        </View>
      )}
      <ErrorLine error={error} />
    </View>
  )
}

/** A named complaint is read through complaint.mine (its author has no other read by id). */
async function findMine(id: string): Promise<Result<ComplaintView>> {
  for (let offset = 0; offset < 200; offset += 50) {
    const r = await call('complaint.mine', { offset, limit: 50 })
    if (!r.ok) return r
    const hit = r.data.items.find((c) => c.id === id)
    if (hit) return { ok: true, data: hit }
    if (offset + 50 >= r.data.total) break
  }
  return { ok: false, error: { code: 'NOT_FOUND', message: '没有找到这条投诉' } }
}

async function load(at: Locator): Promise<Result<ComplaintView>> {
  if ('complaintId' in at) return findMine(at.complaintId)
  const r = await call('complaint.follow', { receipts: [at.receipt] })
  if (!r.ok) return r
  const hit = r.data.items[0]
  return hit ? { ok: true, data: hit.complaint } : { ok: false, error: { code: 'NOT_FOUND', message: '没有查到这个回执码的投诉，请核对后重新输入' } }
}

function Detail({ at }: { at: Locator }) {
  const cached = 'complaintId' in at ? cachedComplaint(at.complaintId) : null
  const [state, setState] = useState<{ status: 'loading' } | { status: 'ready'; c: ComplaintView } | { status: 'error'; error: ActionError }>(
    cached ? { status: 'ready', c: cached } : { status: 'loading' })
  // The locator arrives as a new object on every render: its text is what identifies it.
  const atKey = JSON.stringify(at)
  const shownCached = useRef(!!cached)
  const reload = useCallback(async (quiet = false) => {
    if (!quiet) setState({ status: 'loading' })
    const r = await load(JSON.parse(atKey) as Locator)
    setState(r.ok ? { status: 'ready', c: r.data } : { status: 'error', error: r.error })
  }, [atKey])
  useEffect(() => { void reload(shownCached.current) }, [reload])
  if (state.status === 'loading') return <Loading />
  if (state.status === 'error') return <ErrorView error={state.error} onRetry={() => reload()} />
  const { c } = state
  const update = (next: ComplaintView) => { rememberComplaint(next); setState({ status: 'ready', c: next }); void Taro.showToast({ title: '已提交', icon: 'success' }) }
  return (
    <View>
      <ComplaintHead c={c} />
      <Timeline events={c.events} />
      {c.can.rate ? <Rate c={c} at={at} onDone={update} /> : null}
      {c.can.add || c.can.reopen ? <AuthorActions c={c} at={at} onDone={update} /> : null}
    </View>
  )
}

export default function ComplaintPage() {
  const { id, receipt } = useRouter().params
  const at: Locator | null = receipt ? { receipt: decodeURIComponent(receipt) } : id ? { complaintId: id } : null
  return (
    <PageShell title='投诉详情' className='complaint-page'>
      <SessionGate>{() => (at ? <Detail at={at} /> : <ErrorView error={{ code: 'NOT_FOUND', message: '没有找到这条投诉' }} />)}</SessionGate>
    </PageShell>
  )
}
