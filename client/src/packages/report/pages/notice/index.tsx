import { useEffect, useMemo, useState } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { View, Text, Canvas } from '@tarojs/components'
import type { NoticeSheetOutput } from '@chengxin/shared/src/api'
import { ActionButton } from '../../../../components/action-button'
import { PageShell } from '../../../../components/page-shell'
import { SessionGate } from '../../../../components/session-gate'
import { useAction } from '../../../../components/use-action'
import { Empty, ErrorView, Loading } from '../../../../components/state-views'
import { canvasImage, drawOnCanvas, previewImage, saveImage } from '../../../../services/canvas'
import { isH5 } from '../../../../services/cloud'
import { noticeLines, noticeOps, SHEET } from '../../components/notice-layout'
import { param } from '../../components/links'
import { currentQuarter, previousQuarter, quarterLabel } from '../../components/quarters'
import '../../components/report.css'

const CANVAS_ID = 'notice-sheet'
/** H5 draws at twice the sheet's points (1190 × 1684 px) for print; the weapp exports at that size. */
const PRINT_SCALE = 2

type Drawn = { status: 'drawing' } | { status: 'ready'; path: string } | { status: 'failed' }

/** The sheet drawn on a canvas as wide as the screen, then kept as an image to preview, save and print. */
function Sheet({ s }: { s: NoticeSheetOutput }) {
  const [drawn, setDrawn] = useState<Drawn>({ status: 'drawing' })
  const cssW = Math.floor(Taro.getSystemInfoSync().windowWidth - 26)
  const cssH = Math.round((cssW * SHEET.h) / SHEET.w)
  useEffect(() => {
    let live = true
    setDrawn({ status: 'drawing' })
    const scale = isH5() ? PRINT_SCALE : cssW / SHEET.w
    drawOnCanvas(CANVAS_ID, noticeOps(s, s.code?.url ?? null), SHEET, scale)
      .then(() => canvasImage(CANVAS_ID, SHEET, scale, PRINT_SCALE))
      .then((path) => { if (live) setDrawn({ status: 'ready', path }) })
      .catch(() => { if (live) setDrawn({ status: 'failed' }) })
    return () => { live = false }
  }, [s, cssW])
  const fileName = `${s.villageName}公开栏-${s.quarter}.png`
  // A stable object: a new one each render would re-render Taro's H5 canvas, which clears it.
  const a11y = useMemo(() => ({ role: 'img', 'aria-label': `${s.villageName}${s.quarterLabel}公开栏张贴页` }), [s.villageName, s.quarterLabel])
  return (
    <View>
      <Canvas canvasId={CANVAS_ID} className='notice-canvas' style={{ width: `${cssW}px`, height: `${cssH}px` }}
        nativeProps={a11y} />
      {drawn.status === 'drawing' ? <Loading text='正在生成张贴页…' /> : null}
      {drawn.status === 'failed' ? <Text className='t-body error-text block notice-failed'>张贴页没能生成，请稍后重试。</Text> : null}
      {drawn.status === 'ready' ? (
        <View className='notice-ready'>
          <Text className='t-small muted block'>已生成 A4 张贴页（{SHEET.w * PRINT_SCALE}×{SHEET.h * PRINT_SCALE}），可保存后打印张贴。</Text>
          <ActionButton className='btn-preview-notice' onClick={() => void previewImage(drawn.path)}>预览大图</ActionButton>
          <ActionButton className='btn-save-notice' primary={false}
            onClick={() => void saveImage(drawn.path, fileName).then(() => Taro.showToast({ title: '已保存', icon: 'success' }), () => Taro.showToast({ title: '没能保存，请允许保存到相册', icon: 'none' }))}>
            {isH5() ? '下载图片' : '保存到相册'}
          </ActionButton>
        </View>
      ) : null}
      <View className='card notice-facts'>
        <Text className='t-subtitle block'>张贴页上的内容</Text>
        {noticeLines(s).map((l, n) => (
          <Text key={n} className={`block ${l.kind === 'heading' ? 't-body notice-heading' : 't-small notice-line'}`}>{l.text}</Text>
        ))}
        {s.code ? <Text className='t-small muted block'>右下角的小程序码打开本村的实时公开页面。</Text> : null}
      </View>
    </View>
  )
}

/** The current quarter and the three before it, and the one asked for (a notification's link) if older. */
function quarterChoices(asked?: string): string[] {
  const qs = [currentQuarter()]
  while (qs.length < 4) qs.push(previousQuarter(qs[qs.length - 1]))
  return asked && !qs.includes(asked) ? [...qs, asked] : qs
}

function Notice({ villageId, asked }: { villageId?: string; asked?: string }) {
  const quarters = quarterChoices(asked)
  const [quarter, setQuarter] = useState(asked ?? quarters[0])
  const { state, reload } = useAction('notice.sheet', villageId ? { villageId, quarter } : { quarter })
  return (
    <View>
      <View className='quarter-chips'>
        {quarters.map((q) => (
          <Text key={q} className={`chip quarter-${q} ${q === quarter ? 'active' : ''}`} onClick={() => setQuarter(q)}>{quarterLabel(q)}</Text>
        ))}
      </View>
      {state.status === 'loading' ? <Loading /> : null}
      {state.status === 'error' ? <ErrorView error={state.error} onRetry={() => reload()} /> : null}
      {state.status === 'ready' ? <Sheet s={state.data} /> : null}
    </View>
  )
}

/** The village's A4 public notice of a quarter (cadre: their own; township: villageId). */
export default function NoticePage() {
  const p = useRouter().params
  return (
    <PageShell title='公开栏张贴页'>
      <SessionGate>
        {(me) => (me.roles.includes('cadre') || me.roles.includes('township')
          ? <Notice villageId={param(p.villageId)} asked={param(p.quarter)} />
          : <Empty text='仅限村专干和镇工作人员使用' />)}
      </SessionGate>
    </PageShell>
  )
}
