// One complaint on the handlers' workbench: the complaint with photos and its history, then the
// actions the server allows (`can`): accept, public answer vs internal note, extend (reason),
// close unresolved (reason), transfer to the township. Each asks for confirmation first.
import { useCallback, useEffect, useState } from 'react'
import Taro from '@tarojs/taro'
import { View, Text, Input } from '@tarojs/components'
import type { ActionError, Result } from '@chengxin/shared/src/api/errors'
import { ActionButton } from '../action-button'
import { ErrorLine, ErrorView, Loading } from '../state-views'
import { useSubmit } from '../use-submit'
import { call, type ComplaintView } from './api'
import { ComplaintHead, Timeline } from './timeline'
import { ReplyBox } from './reply-box'
import './complaint.css'

type Mode = 'answer' | 'note' | 'extend' | 'close' | 'escalate'
const MODE_LABELS: Record<Mode, { field: string; button: string; confirm: string; title: string }> = {
  answer: { title: '答复投诉人', field: '公开答复（投诉人能看到）', button: '发送答复', confirm: '这段答复会发给投诉人，发出后不能撤回。确认发送？' },
  note: { title: '内部备注', field: '内部备注（只有办理人能看到，投诉人看不到）', button: '保存备注', confirm: '保存这条内部备注？投诉人看不到。' },
  extend: { title: '延长期限', field: '延期理由（投诉人能看到）', button: '延长期限', confirm: '' },
  close: { title: '办结（未解决）', field: '未能解决的原因（投诉人能看到）', button: '办结', confirm: '按“未解决”办结这件投诉？办结后不能再答复，投诉人会看到原因。' },
  escalate: { title: '转交镇里', field: '转交理由', button: '转交镇里', confirm: '把这件投诉转交镇里办理？转交后由镇里答复，监督小组不能再办理。' },
}

function send(mode: Mode, id: string, text: string, days: number, requestId: string): Promise<Result<{ complaint: ComplaintView }>> {
  const o = { requestId }
  if (mode === 'answer' || mode === 'note') return call('complaint.respond', { as: mode, complaintId: id, text }, o)
  if (mode === 'extend') return call('complaint.extend', { complaintId: id, days, reason: text }, o)
  if (mode === 'close') return call('complaint.close', { complaintId: id, reason: text }, o)
  return call('complaint.escalate', { complaintId: id, reason: text }, o)
}

function Actions({ c, onDone }: { c: ComplaintView; onDone: (c: ComplaintView) => void }) {
  const [mode, setMode] = useState<Mode | null>(null)
  const [text, setText] = useState('')
  const [days, setDays] = useState('7')
  const { submitting, error, run } = useSubmit()
  const done = (r: { complaint: ComplaintView } | null, toast: string) => {
    if (!r) return
    setMode(null)
    setText('')
    void Taro.showToast({ title: toast, icon: 'success' })
    onDone(r.complaint)
  }
  const accept = async () => done(await run((requestId) => call('complaint.accept', { complaintId: c.id }, { requestId }), {
    title: '受理投诉', content: `受理后请在 ${c.answerBy} 前答复投诉人。确认受理？`, confirmText: '受理',
  }), '已受理')
  const n = Number(days)
  const daysOk = Number.isInteger(n) && n >= 1 && n <= 30
  const submit = async () => {
    if (!mode) return
    const m = MODE_LABELS[mode]
    const confirm = mode === 'extend' ? `把答复期限延长 ${n} 天？投诉人会看到延期理由。` : m.confirm
    done(await run((requestId) => send(mode, c.id, text.trim(), n, requestId), { title: m.title, content: confirm, confirmText: m.button }), '已提交')
  }
  const minLength = mode === 'answer' || mode === 'note' ? 1 : 2
  const buttons: Array<[Mode, boolean, string]> = [
    ['answer', c.can.answer, '答复'], ['note', c.can.note, '内部备注'], ['extend', c.can.extend, '延期'],
    ['escalate', c.can.escalate, '转交镇里'], ['close', c.can.close, '办结（未解决）'],
  ]
  const any = c.can.accept || buttons.some(([, ok]) => ok)
  if (!any) return null
  return (
    <View className='card handler-actions'>
      {c.can.accept ? <ActionButton className='btn-accept' disabled={submitting} onClick={accept}>{submitting && !mode ? '正在受理…' : `受理（${c.acceptBy} 前）`}</ActionButton> : null}
      {!mode ? (
        <View className='actions-row'>
          {buttons.filter(([, ok]) => ok).map(([m, , label]) => (
            <ActionButton key={m} className={`btn-${m}`} primary={m === 'answer'} onClick={() => { setMode(m); setText('') }}>{label}</ActionButton>
          ))}
        </View>
      ) : (
        <View className={`handler-form form-${mode}`}>
          <Text className='t-subtitle block'>{MODE_LABELS[mode].title}</Text>
          {mode === 'extend' ? (
            <View className='field extend-days'>
              <Text className='t-small muted block'>延长天数（1–30 天）</Text>
              <Input className='cx-input' type='number' value={days} maxlength={2} onInput={(e) => setDays(e.detail.value)} />
            </View>
          ) : null}
          <ReplyBox className={`${mode}-text`} label={MODE_LABELS[mode].field} value={text} onChange={setText} max={mode === 'answer' || mode === 'note' ? 1000 : 500} />
          <View className='actions-row'>
            <ActionButton className='btn-cancel' primary={false} disabled={submitting} onClick={() => setMode(null)}>取消</ActionButton>
            <ActionButton className={`btn-${mode}-confirm`} disabled={submitting || text.trim().length < minLength || (mode === 'extend' && !daysOk)} onClick={submit}>
              {submitting ? '正在提交…' : MODE_LABELS[mode].button}
            </ActionButton>
          </View>
        </View>
      )}
      <ErrorLine error={error} />
    </View>
  )
}

export function HandlerDetail({ id }: { id: string | undefined }) {
  const [state, setState] = useState<{ status: 'loading' } | { status: 'ready'; c: ComplaintView } | { status: 'error'; error: ActionError }>({ status: 'loading' })
  const load = useCallback(async () => {
    if (!id) return setState({ status: 'error', error: { code: 'NOT_FOUND', message: '没有找到这件投诉' } })
    setState({ status: 'loading' })
    const r = await call('complaint.get', { complaintId: id })
    setState(r.ok ? { status: 'ready', c: r.data } : { status: 'error', error: r.error })
  }, [id])
  useEffect(() => { void load() }, [load])
  if (state.status === 'loading') return <Loading />
  if (state.status === 'error') return <ErrorView error={state.error} onRetry={load} />
  return (
    <View className='handler-detail'>
      <ComplaintHead c={state.c} />
      <Timeline events={state.c.events} />
      <Actions c={state.c} onDone={(c) => setState({ status: 'ready', c })} />
    </View>
  )
}
