/**
 * @jest-environment jsdom
 */
// Smoke test of the real weapp build (client/dist) in miniprogram-simulate: the app launches,
// the home page renders real Chinese text, and the missing wx.cloud (there is no WeChat
// here) becomes a clear error on screen instead of a crash. Build first:
//   cd client && npx taro build --type weapp
import fs from 'fs'
import path from 'path'

const dist = path.resolve(__dirname, '../../client/dist')
const ROUTE = 'pages/index/index'

type Opts = Record<string, unknown> & { data?: unknown }
type AnyFn = (...a: unknown[]) => unknown

describe('weapp build launches', () => {
  let app: Record<string, AnyFn> = {}
  const errors: unknown[] = []
  const onError = (e: unknown) => { errors.push(e) }

  beforeAll(() => {
    if (!fs.existsSync(path.join(dist, 'app.js'))) {
      throw new Error(`client/dist/app.js is missing: build the mini-program first (cd client && npx taro build --type weapp). Looked in ${dist}`)
    }
    process.on('unhandledRejection', onError)
    const g = global as unknown as Record<string, unknown>
    // miniprogram-simulate provides Component and wx, but not App/Page/getApp.
    require('miniprogram-simulate')
    g.App = (cfg: Record<string, AnyFn>) => { app = cfg }
    g.getApp = () => app
    g.getCurrentPages = () => []
    g.Page = (opts: Opts) => {
      const methods: Record<string, AnyFn> = {}
      for (const [k, v] of Object.entries(opts)) if (typeof v === 'function') methods[k] = v as AnyFn
      ;(g.Component as (o: unknown) => void)({
        data: opts.data,
        methods,
        lifetimes: {
          attached(this: Record<string, unknown>) {
            this.route = this.__route__ = ROUTE
            methods.onLoad.call(this, {})
          },
          ready(this: Record<string, unknown>) {
            methods.onReady?.call(this)
            methods.onShow?.call(this)
          },
        },
      })
    }
  })
  afterAll(() => { process.off('unhandledRejection', onError) })

  it('renders the home page with the app title and a clear no-cloud message', async () => {
    const simulate = require('miniprogram-simulate')
    require(path.join(dist, 'app.js'))
    expect(typeof app.onLaunch).toBe('function')
    app.onLaunch.call(app, { path: ROUTE, query: {}, scene: 1001 })
    app.onShow?.call(app, { path: ROUTE, query: {}, scene: 1001 })

    const id = simulate.load(path.join(dist, ROUTE), { rootPath: dist })
    const page = simulate.render(id)
    const parent = document.createElement('parent-wrapper')
    page.attach(parent)
    // whoami resolves (as an error) on the next ticks; give React a moment to commit.
    let text = ''
    for (let i = 0; i < 20 && !text.includes('云开发'); i++) {
      await simulate.sleep(100)
      text = page.dom.textContent ?? ''
    }
    if (process.env.SMOKE_DEBUG) console.log(text)
    expect(text).toContain('诚信')
    expect(text).toContain('双诚信双承诺')
    expect(text).toContain('当前环境无法连接云开发') // NO_CLOUD_MESSAGE from services/cloud.ts
    expect(text).toContain('重试')
    expect(errors).toEqual([])
  })
})
