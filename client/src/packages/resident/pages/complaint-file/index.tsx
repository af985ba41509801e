// 我要投诉: category, text (≤ 1000 with a counter), up to 6 photos, optionally the person it is
// about, named or anonymous — each explained in one sentence — and a confirmation before sending.
import { useEffect, useState } from 'react'
import Taro from '@tarojs/taro'
import { View, Text, Textarea, Input } from '@tarojs/components'
import type { ActionError } from '@chengxin/shared/src/api/errors'
import { ActionButton } from '../../../../components/action-button'
import { PageShell } from '../../../../components/page-shell'
import { SessionGate } from '../../../../components/session-gate'
import { ErrorLine, ErrorView, Loading } from '../../../../components/state-views'
import { useChange } from '../../../../components/use-action'
import { call, type ComplaintCategory, type ComplaintMineOutput } from '../../../../components/complaint/api'
import { rememberComplaint } from '../../../../components/complaint/cache'
import { ANONYMOUS_NOTE, COMPLAINT_PAGES, NAMED_NOTE } from '../../../../components/complaint/labels'
import { ComplaintPhotos, type Photo } from '../../components/complaint-photos'
import { submitComplaint, type FileDraft } from '../../components/complaint-submit'
import { ensureTokens } from '../../components/filing-tokens'
import { ReceiptOnce } from '../../components/receipt-once'
import { askSubscribe, prefetchSubscriptions } from '../../../../services/subscribe'
import '../../resident.css'

export const MAX_TEXT = 1000

export function fileConfirm(anonymous: boolean, categoryLabel: string, aboutName: string | null): string {
  const about = aboutName ? `，涉及“${aboutName}”` : ''
  return anonymous
    ? `匿名提交“${categoryLabel}”投诉${about}？提交后会显示一次回执码，请抄下来。`
    : `实名提交“${categoryLabel}”投诉${about}？受理人能看到您的姓名。`
}

type Filing = ComplaintMineOutput['filing']
type Loadable = { status: 'loading' } | { status: 'ready'; data: Filing } | { status: 'error'; error: ActionError }

function Form() {
  const [state, setState] = useState<Loadable>({ status: 'loading' })
  const reload = async () => {
    setState({ status: 'loading' })
    const r = await call('complaint.mine', { limit: 1, offset: 0 })
    setState(r.ok ? { status: 'ready', data: r.data.filing } : { status: 'error', error: r.error })
  }
  useEffect(() => {
    void reload()
    // Tokens are fetched now, whether or not this complaint ends up anonymous, so that obtaining
    // one and spending it are not two calls a moment apart.
    void ensureTokens()
    void prefetchSubscriptions()
  }, [])
  const [category, setCategory] = useState<ComplaintCategory | null>(null)
  const [text, setText] = useState('')
  const [photos, setPhotos] = useState<Photo[]>([])
  const [aboutId, setAboutId] = useState<string | null>(null)
  const [aboutTyped, setAboutTyped] = useState('')
  const [anonymous, setAnonymousRaw] = useState<boolean | null>(null)
  // Photos only with a named complaint (storage records the uploader): going anonymous drops them.
  const setAnonymous = (a: boolean) => { if (a) setPhotos([]); setAnonymousRaw(a) }
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<ActionError | null>(null)
  const [receipt, setReceipt] = useState<string | null>(null)
  const change = useChange()

  if (receipt) return <ReceiptOnce code={receipt} />
  if (state.status === 'loading') return <Loading />
  if (state.status === 'error') return <ErrorView error={state.error} onRetry={() => reload()} />
  const { categories, people, namedNote, anonymousNote } = state.data
  const person = people.find((p) => p.ref === aboutId) ?? null
  const aboutName = person ? person.name : aboutTyped.trim() || null
  const categoryLabel = categories.find((c) => c.id === category)?.label ?? ''
  const missing = !category ? '请选择投诉类别' : !text.trim() ? '请写下投诉内容' : anonymous === null ? '请选择实名或匿名' : null

  const submit = async () => {
    if (missing || anonymous === null || !category) return
    // A named complainant is told of every answer; an anonymous one is never asked (a
    // subscription is kept under the openid) and checks their receipts instead.
    if (!anonymous) await askSubscribe('complaint-file')
    const draft: FileDraft = {
      category, text: text.trim(), photos: photos.map((p) => p.fileID), anonymous,
      about: person ? { personRef: person.ref } : aboutTyped.trim() ? { name: aboutTyped.trim() } : null,
    }
    const { confirm } = await Taro.showModal({ title: '提交投诉', content: fileConfirm(anonymous, categoryLabel, aboutName), confirmText: '提交', cancelText: '再看看' })
    if (!confirm) return
    setBusy(true)
    setError(null)
    const r = await change((requestId) => submitComplaint(draft, requestId))
    setBusy(false)
    if (!r.ok) return setError(r.error)
    if (r.data.receipt) return setReceipt(r.data.receipt)
    rememberComplaint(r.data.complaint)
    void Taro.showToast({ title: '投诉已提交', icon: 'success' })
    void Taro.redirectTo({ url: `${COMPLAINT_PAGES.detail}?id=${r.data.complaint.id}` })
  }

  return (
    <View className='complaint-form'>
      <View className='card'>
        <Text className='t-subtitle block'>投诉类别</Text>
        <View className='chips category-chips'>
          {categories.map((c) => (
            <Text key={c.id} className={`chip category-option category-${c.id} ${category === c.id ? 'active' : ''}`} onClick={() => setCategory(c.id)}>{c.label}</Text>
          ))}
        </View>
      </View>
      <View className='card'>
        <Text className='t-subtitle block'>实名还是匿名</Text>
        <View className={`choice choice-named ${anonymous === false ? 'selected' : ''}`} onClick={() => setAnonymous(false)}>
          <Text className='t-body block'>{anonymous === false ? '● ' : '○ '}实名投诉</Text>
          <Text className='t-small muted block named-sentence'>{namedNote || NAMED_NOTE}</Text>
        </View>
        <View className={`choice choice-anonymous ${anonymous === true ? 'selected' : ''}`} onClick={() => setAnonymous(true)}>
          <Text className='t-body block'>{anonymous === true ? '● ' : '○ '}匿名投诉</Text>
          <Text className='t-small muted block anonymous-sentence'>{anonymousNote || ANONYMOUS_NOTE}</Text>
        </View>
      </View>
      <View className='card'>
        <Text className='t-subtitle block'>投诉内容</Text>
        <View className='field complaint-text'>
          <Textarea className='cx-textarea' nativeProps={{ 'aria-label': '投诉内容' }} value={text} maxlength={MAX_TEXT} autoHeight placeholder='请写清楚什么时间、什么事、希望怎么解决' onInput={(e) => setText(e.detail.value)} />
        </View>
        <Text className={`t-small block text-counter ${text.length >= MAX_TEXT ? 'error-text' : 'muted'}`}>{text.length}/{MAX_TEXT}</Text>
        {anonymous === false ? <ComplaintPhotos photos={photos} onChange={setPhotos} /> : null}
        {anonymous === true ? <Text className='t-small muted block no-photos-anonymous'>匿名投诉不能附照片：照片会记下上传人的微信。</Text> : null}
        {anonymous === null ? <Text className='t-small muted block photo-wait'>选择实名投诉后可以附照片。</Text> : null}
      </View>
      <View className='card'>
        <Text className='t-subtitle block'>涉及的人（可不填）</Text>
        <Text className='t-small muted block'>被投诉的人和他的家人看不到这条投诉；涉及村干部或监督小组成员的，直接交镇里办理。</Text>
        <View className='chips about-chips'>
          <Text className={`chip about-none ${!aboutId && !aboutTyped ? 'active' : ''}`} onClick={() => { setAboutId(null); setAboutTyped('') }}>不涉及具体人</Text>
          {people.map((p, i) => (
            <Text key={p.ref} className={`chip about-option about-${i} ${aboutId === p.ref ? 'active' : ''}`} onClick={() => { setAboutId(p.ref); setAboutTyped('') }}>{p.name}（{p.roleLabel}）</Text>
          ))}
        </View>
        <View className='field about-typed'>
          <Text className='t-small muted block'>不在上面？写下姓名或称呼</Text>
          <Input className='cx-input' value={aboutTyped} maxlength={20} placeholder='例如：三组组长' onInput={(e) => { setAboutTyped(e.detail.value); setAboutId(null) }} />
        </View>
      </View>
      {missing ? <Text className='t-small muted block form-hint'>{missing}</Text> : null}
      <ErrorLine error={error} />
      <ActionButton className='btn-file-complaint' disabled={!!missing || busy} onClick={submit}>{busy ? '正在提交…' : '提交投诉'}</ActionButton>
    </View>
  )
}

export default function ComplaintFilePage() {
  return (
    <PageShell title='我要投诉' className='complaint-page'>
      <SessionGate role='resident'>{() => <Form />}</SessionGate>
    </PageShell>
  )
}
