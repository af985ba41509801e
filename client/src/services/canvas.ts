// Drawing on a Taro <Canvas canvasId=…>: the mini-program's canvas context, or the browser's own
// 2D context in the H5 build. Taro's H5 CanvasContext sets `font` at once instead of queueing it
// with the drawing, so every text would come out in the last size set: H5 draws directly.
import Taro from '@tarojs/taro'
import { isH5 } from './cloud'

/** One drawing step in the sheet's own units (see `scale`). */
export type DrawOp =
  | { kind: 'rect'; x: number; y: number; w: number; h: number; color: string }
  | { kind: 'line'; x1: number; y1: number; x2: number; y2: number; color: string; width: number }
  | { kind: 'text'; x: number; y: number; text: string; size: number; color: string; bold?: boolean; align?: 'left' | 'center' | 'right' }
  | { kind: 'image'; src: string; x: number; y: number; w: number; h: number }

const FONT_FAMILY = 'sans-serif'
const font = (size: number, bold?: boolean) => `${bold ? 'bold ' : ''}${Math.round(size)}px ${FONT_FAMILY}`

/** Draws `ops` scaled by `scale` (sheet units → canvas pixels) on a white background. */
export async function drawOnCanvas(canvasId: string, ops: DrawOp[], size: { w: number; h: number }, scale: number): Promise<void> {
  if (isH5()) return drawH5(canvasId, ops, size, scale)
  return drawWeapp(canvasId, ops, size, scale)
}

/** The canvas as an image file: a temporary path in the mini-program, a data: URL in H5. */
export async function canvasImage(canvasId: string, size: { w: number; h: number }, scale: number, destScale: number): Promise<string> {
  if (isH5()) {
    const canvas = h5Canvas(canvasId)
    return canvas.toDataURL('image/png')
  }
  const r = await Taro.canvasToTempFilePath({
    canvasId, x: 0, y: 0, width: size.w * scale, height: size.h * scale,
    destWidth: size.w * destScale, destHeight: size.h * destScale, fileType: 'png',
  })
  return r.tempFilePath
}

function h5Canvas(canvasId: string): HTMLCanvasElement {
  const el = document.querySelector<HTMLCanvasElement>(`canvas[canvas-id="${canvasId}"]`)
  if (!el) throw new Error(`no canvas ${canvasId}`)
  return el
}

type StencilHost = HTMLElement & { componentOnReady?: () => Promise<unknown> }

/**
 * Taro's H5 <Canvas> is a Stencil element that renders its <canvas> after React's commit and
 * resizes it (clearing it) on each of its renders: wait for that render before drawing.
 */
async function h5CanvasReady(canvasId: string): Promise<HTMLCanvasElement> {
  for (let frame = 0; frame < 600; frame++) {
    const el = document.querySelector<HTMLCanvasElement>(`canvas[canvas-id="${canvasId}"]`)
    if (el) {
      await (el.closest('taro-canvas-core') as StencilHost | null)?.componentOnReady?.()
      return el
    }
    await new Promise((r) => requestAnimationFrame(r))
  }
  throw new Error(`no canvas ${canvasId}`)
}

function loadImage(src: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image()
    img.onload = () => resolve(img)
    img.onerror = () => reject(new Error(`image ${src}`))
    img.src = src
  })
}

async function drawH5(canvasId: string, ops: DrawOp[], size: { w: number; h: number }, scale: number): Promise<void> {
  const canvas = await h5CanvasReady(canvasId)
  canvas.width = Math.round(size.w * scale)
  canvas.height = Math.round(size.h * scale)
  const ctx = canvas.getContext('2d')
  if (!ctx) throw new Error('no 2d context')
  // Images first (they load asynchronously), so the drawing itself runs in one go.
  const images = new Map<string, HTMLImageElement>()
  for (const op of ops) if (op.kind === 'image' && !images.has(op.src)) images.set(op.src, await loadImage(op.src))
  ctx.setTransform(scale, 0, 0, scale, 0, 0)
  ctx.fillStyle = '#ffffff'
  ctx.fillRect(0, 0, size.w, size.h)
  ctx.textBaseline = 'top'
  for (const op of ops) {
    if (op.kind === 'rect') { ctx.fillStyle = op.color; ctx.fillRect(op.x, op.y, op.w, op.h) }
    if (op.kind === 'line') {
      ctx.strokeStyle = op.color; ctx.lineWidth = op.width
      ctx.beginPath(); ctx.moveTo(op.x1, op.y1); ctx.lineTo(op.x2, op.y2); ctx.stroke()
    }
    if (op.kind === 'text') {
      ctx.font = font(op.size, op.bold); ctx.fillStyle = op.color; ctx.textAlign = op.align ?? 'left'
      ctx.fillText(op.text, op.x, op.y)
    }
    if (op.kind === 'image') ctx.drawImage(images.get(op.src)!, op.x, op.y, op.w, op.h)
  }
}

async function drawWeapp(canvasId: string, ops: DrawOp[], size: { w: number; h: number }, scale: number): Promise<void> {
  // The legacy canvas draws local files only: a remote image (the mini-program code) is fetched first.
  const local = new Map<string, string>()
  for (const op of ops) {
    if (op.kind === 'image' && !local.has(op.src)) local.set(op.src, (await Taro.getImageInfo({ src: op.src })).path)
  }
  const ctx = Taro.createCanvasContext(canvasId)
  ctx.scale(scale, scale)
  ctx.setFillStyle('#ffffff')
  ctx.fillRect(0, 0, size.w, size.h)
  ctx.setTextBaseline('top')
  for (const op of ops) {
    if (op.kind === 'rect') { ctx.setFillStyle(op.color); ctx.fillRect(op.x, op.y, op.w, op.h) }
    if (op.kind === 'line') {
      ctx.setStrokeStyle(op.color); ctx.setLineWidth(op.width)
      ctx.beginPath(); ctx.moveTo(op.x1, op.y1); ctx.lineTo(op.x2, op.y2); ctx.stroke()
    }
    if (op.kind === 'text') {
      ctx.font = font(op.size, op.bold); ctx.setFillStyle(op.color); ctx.setTextAlign(op.align ?? 'left')
      ctx.fillText(op.text, op.x, op.y)
    }
    if (op.kind === 'image') ctx.drawImage(local.get(op.src)!, op.x, op.y, op.w, op.h)
  }
  await new Promise<void>((resolve) => ctx.draw(false, () => resolve()))
}

/** Keeps the sheet: the photo album in the mini-program (asks for permission), a download in H5. */
export async function saveImage(path: string, fileName: string): Promise<void> {
  if (isH5()) {
    const a = document.createElement('a')
    a.href = path
    a.download = fileName
    a.click()
    return
  }
  await Taro.saveImageToPhotosAlbum({ filePath: path })
}

/** Shows the image full screen (WeChat's viewer: zoom, forward, save). */
export async function previewImage(path: string): Promise<void> {
  await Taro.previewImage({ urls: [path], current: path })
}
