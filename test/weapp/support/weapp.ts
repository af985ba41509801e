// Runs the BUILT mini-program (client/dist) in miniprogram-simulate against the emulator: the
// app's wx.cloud is the emulator's client (emulator/src/client/wx-cloud.ts), so every call
// goes through the gateway into the bundled cloud functions, as on a phone. One app launch and
// one emulator per test file; each page path is loaded once per file (see TARO-SETUP.md).
//
// Taro's weapp runtime renders every node through its recursive template with
// `id="{{uid||sid}}"` and `bindtap="eh"`, so a tap is the page's own `eh` handler called with
// that id, exactly as the base library would; inputs likewise arrive as `input` events.
import fs from 'fs'
import path from 'path'
import { JSDOM } from 'jsdom'
import { startEmulator, type Emulator } from '../../../emulator-app/start'
import { createWxCloud, type EmulatedWxCloud } from '../../../emulator/src/client/wx-cloud'
import { relaxTimeLimits } from '../../support/time-limits'

export const dist = path.resolve(__dirname, '../../../client/dist')

type AnyFn = (...a: unknown[]) => unknown
type Opts = Record<string, unknown> & { data?: unknown }
interface Simulate {
  load(p: string, opts?: { rootPath?: string }): string
  render(id: string): RenderedPage
  sleep(ms: number): Promise<void>
}
interface RenderedPage {
  dom: HTMLElement
  instance: Record<string, AnyFn>
  attach(parent: Element): void
}

/** What the app asked wx for besides the cloud: modals it showed, pages it opened. */
export interface WxLog {
  modals: Array<{ title?: string; content?: string }>
  toasts: string[]
  navigations: string[]
}

export interface WeappPage {
  text(): string
  html(): string
  /** Every element matching the selector (the DOM miniprogram-simulate renders). */
  all(selector: string): Element[]
  /** Waits until an element matches (and, if given, its text contains `text`). */
  find(selector: string, text?: string | RegExp): Promise<Element>
  waitForText(text: string | RegExp): Promise<void>
  tap(selector: string | Element, text?: string | RegExp): Promise<void>
  /** Whether the element has the class as the app wrote it. */
  has(el: Element, cls: string): boolean
  input(selector: string, value: string): Promise<void>
  /** A switch or checkbox group's change event. */
  change(selector: string, value: unknown): Promise<void>
}

const g = global as unknown as Record<string, unknown>

/**
 * A DOM for miniprogram-simulate on top of jest's node environment. Not the jsdom environment:
 * the emulator in the same process needs Node's globals (TextEncoder, setImmediate) and one
 * realm's Uint8Array, which the jsdom environment does not give.
 */
function installDom(): () => void {
  const { window } = new JSDOM('<!doctype html><html><body></body></html>', { pretendToBeVisual: true })
  for (const key of Object.getOwnPropertyNames(window)) {
    if (key in g || key.startsWith('_')) continue
    Object.defineProperty(g, key, { configurable: true, get: () => (window as unknown as Record<string, unknown>)[key] })
  }
  g.window = window
  g.document = window.document
  return () => window.close() // its timers (animation frames) would keep jest from exiting
}
const WAIT_MS = Number(process.env.WEAPP_WAIT_MS ?? 60_000) // generous: two cores shared with other work

/** The classes an element has as the app wrote them: simulate prefixes each with its component (`main--btn`). */
const classesOf = (e: Element) => new Set(Array.from(e.classList, (c) => c.replace(/^[\w-]*?--/, '')))

/**
 * The elements matching a selector of class names and descendant spaces (`.row.overdue .label`),
 * the only selectors the journeys need; the rendered DOM carries the app's classes prefixed.
 */
function select(root: Element, selector: string): Element[] {
  const parts = selector.trim().split(/\s+/).map((part) => part.split('.').filter(Boolean))
  const fits = (e: Element, classes: string[]) => { const own = classesOf(e); return classes.every((c) => own.has(c)) }
  return Array.from(root.querySelectorAll('*')).filter((e) => {
    if (!fits(e, parts[parts.length - 1])) return false
    let i = parts.length - 2
    for (let up = e.parentElement; up && i >= 0; up = up.parentElement) if (fits(up, parts[i])) i--
    return i < 0
  })
}

export function useWeapp(openid: string) {
  let emu: Emulator
  let who = openid
  let app: Record<string, AnyFn> = {}
  let route = ''
  const errors: unknown[] = []
  const onError = (e: unknown) => { errors.push(e) }
  const log: WxLog = { modals: [], toasts: [], navigations: [] }
  let simulate: Simulate
  let closeDom = () => {}
  let cloud: EmulatedWxCloud | undefined

  beforeAll(async () => {
    if (!fs.existsSync(path.join(dist, 'app.js'))) throw new Error(`client/dist/app.js is missing: build the mini-program first (npm run build:weapp). Looked in ${dist}`)
    closeDom = installDom()
    emu = await startEmulator({ strictIndexes: true, seed: {} })
    relaxTimeLimits(emu)
    process.on('unhandledRejection', onError)
    // miniprogram-simulate provides Component and wx, but not App/Page/getApp.
    simulate = require('miniprogram-simulate') as Simulate // it sets up the globals (Component, wx) as it loads
    // Taro's component config (the custom tab bar) leaves behaviors and externalClasses as {}
    // when there are none; WeChat accepts that, miniprogram-simulate maps over them as arrays.
    const component = g.Component as (o: Record<string, unknown>) => unknown
    const list = (v: unknown) => (Array.isArray(v) ? v : [])
    g.Component = (o: Record<string, unknown>) => component({ ...o, behaviors: list(o.behaviors), externalClasses: list(o.externalClasses) })
    g.App = (cfg: Record<string, AnyFn>) => { app = cfg }
    g.getApp = () => app
    // The page last opened is on top (the custom tab bar reads it to know its selected tab).
    g.getCurrentPages = () => (route ? [{ route }] : [])
    g.Page = (opts: Opts) => {
      const methods: Record<string, AnyFn> = {}
      for (const [k, v] of Object.entries(opts)) if (typeof v === 'function') methods[k] = v as AnyFn
      const at = route
      ;(g.Component as (o: unknown) => void)({
        data: opts.data,
        methods,
        lifetimes: {
          attached(this: Record<string, unknown>) {
            this.route = this.__route__ = at
            methods.onLoad.call(this, pendingQuery)
          },
          ready(this: Record<string, unknown>) {
            methods.onReady?.call(this)
            methods.onShow?.call(this)
          },
        },
      })
    }
    const wx = g.wx as Record<string, unknown>
    cloud = createWxCloud({ url: emu.url, openid: () => who })
    wx.cloud = cloud
    // The base library's UI: a modal is confirmed (the journey taps 确认), pages opened are noted.
    wx.showModal = (o: { title?: string; content?: string; success?: AnyFn; complete?: AnyFn }) => {
      log.modals.push({ title: o.title, content: o.content })
      const r = { confirm: true, cancel: false, errMsg: 'showModal:ok' }
      o.success?.(r); o.complete?.(r)
    }
    wx.showToast = (o: { title: string; success?: AnyFn; complete?: AnyFn }) => {
      log.toasts.push(o.title)
      o.success?.({ errMsg: 'showToast:ok' }); o.complete?.({ errMsg: 'showToast:ok' })
    }
    // The phone's local storage (miniprogram-simulate's answers nothing): the session and elder mode live there.
    const stored = new Map<string, unknown>()
    wx.setStorageSync = (k: string, v: unknown) => { stored.set(k, v) }
    wx.getStorageSync = (k: string) => (stored.has(k) ? stored.get(k) : '')
    wx.removeStorageSync = (k: string) => { stored.delete(k) }
    wx.clearStorageSync = () => { stored.clear() }
    // Every reminder the app asks for is accepted, so subscription.grant runs as on a phone.
    wx.requestSubscribeMessage = (o: { tmplIds: string[]; success?: AnyFn; complete?: AnyFn }) => {
      const r = { errMsg: 'requestSubscribeMessage:ok', ...Object.fromEntries(o.tmplIds.map((t) => [t, 'accept'])) }
      o.success?.(r); o.complete?.(r)
    }
    wx.navigateBack = (o: { success?: AnyFn; complete?: AnyFn } = {}) => {
      log.navigations.push('back')
      o.success?.({ errMsg: 'navigateBack:ok' }); o.complete?.({ errMsg: 'navigateBack:ok' })
    }
    for (const api of ['navigateTo', 'redirectTo', 'switchTab', 'reLaunch']) {
      wx[api] = (o: { url: string; success?: AnyFn; complete?: AnyFn }) => {
        log.navigations.push(o.url)
        o.success?.({ errMsg: `${api}:ok` }); o.complete?.({ errMsg: `${api}:ok` })
      }
    }
    require(path.join(dist, 'app.js'))
    app.onLaunch.call(app, { path: 'pages/index/index', query: {}, scene: 1001 })
    app.onShow?.call(app, { path: 'pages/index/index', query: {}, scene: 1001 })
  }, 180_000)

  afterAll(async () => {
    // A page may still be refreshing in the background (the session's whoami): let its answer
    // render before the DOM goes, or it renders into a closed window and fails the file.
    await cloud?.idle()
    process.off('unhandledRejection', onError)
    await emu?.stop()
    closeDom()
  })

  let pendingQuery: Record<string, string> = {}

  async function until<T>(what: string, probe: () => T | undefined | null | false): Promise<T> {
    const end = Date.now() + WAIT_MS
    for (;;) {
      const v = probe()
      if (v) return v
      if (Date.now() > end) throw new Error(`weapp: gave up waiting for ${what}`)
      await simulate.sleep(50)
    }
  }

  /**
   * Loads a page of the built app (`pages/bind/index`, `packages/cadre/pages/x/index?id=…`), or
   * with `component`, a component (the custom tab bar) as WeChat shows it over the page on top.
   */
  function open(url: string, { component = false } = {}): WeappPage {
    const [p, qs = ''] = url.split('?')
    if (!component) {
      route = p
      pendingQuery = Object.fromEntries(new URLSearchParams(qs))
    }
    const id = simulate.load(path.join(dist, p), { rootPath: dist })
    const page = simulate.render(id)
    page.attach(document.createElement('parent-wrapper'))
    const matches = (e: Element, text?: string | RegExp) =>
      text === undefined || (typeof text === 'string' ? (e.textContent ?? '').includes(text) : text.test(e.textContent ?? ''))
    const all = (selector: string) => select(page.dom, selector)
    const find = (selector: string, text?: string | RegExp) => until(`${selector}${text ? ` with ${text}` : ''} on ${p}`, () => all(selector).find((e) => matches(e, text)))
    const fire = (el: Element, type: string, detail: unknown) => {
      // The node Taro renders carries id = uid || sid; its handler finds the node by it.
      const sid = el.getAttribute('data-sid') ?? ''
      const target = { id: sid, dataset: { sid } }
      page.instance.eh({ type, timeStamp: Date.now(), target, currentTarget: target, detail, touches: [], changedTouches: [] })
    }
    return {
      text: () => page.dom.textContent ?? '',
      html: () => page.dom.outerHTML,
      all,
      find,
      async waitForText(text) { await until(`${text} on ${p}`, () => matches(page.dom, text)) },
      async tap(selector, text) { fire(typeof selector === 'string' ? await find(selector, text) : selector, 'tap', {}); await simulate.sleep(0) },
      has: (el, cls) => classesOf(el).has(cls),
      async input(selector, value) { fire(await find(selector), 'input', { value, cursor: value.length, keyCode: 0 }); await simulate.sleep(0) },
      async change(selector, value) { fire(await find(selector), 'change', { value }); await simulate.sleep(0) },
    }
  }

  return {
    get emu() { return emu },
    log,
    errors,
    open,
    until,
    /** Switches the WeChat user the next cloud calls come from. */
    as(openid: string) { who = openid },
    storage: () => (g.wx as { getStorageSync(k: string): unknown }).getStorageSync,
    /** The page the app opened after `count` earlier navigations (waits for it). */
    navigatedTo(count: number) { return until(`a navigation after ${count}`, () => log.navigations[count]) },
  }
}
