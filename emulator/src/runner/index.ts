import { discoverFunctions, type FunctionInfo } from './functions'
import { FunctionPool, type Invocation, type RunnerKind } from './pool'
import { scheduleTimers } from './timers'
import { CLOCK_ENV, type Clock } from '../clock'

export interface RunnerOptions {
  functionsDir: string
  env: string
  /** The wire endpoint, e.g. http://127.0.0.1:8787/admin (known once the server listens). */
  adminUrl: () => string
  maxInstances?: number
  /**
   * 'inline' (the default): instances run in the emulator's thread, each with its own modules,
   * `process` (env) and `Date` (inline-host.js); 'worker': each in a worker thread of its own, which
   * can be stopped at its time limit even in a synchronous loop. EMULATOR_RUNNER sets it too.
   */
  runner?: RunnerKind
  /** The emulator's clock: its offset shifts `Date` inside the functions. */
  clock?: Clock
}

/** The environment CLOUDBASE-WIRE.md measured the real SDK needs, per invocation. */
function invocationEnv(o: RunnerOptions, openid: string, appid: string, tag: string): Record<string, string> {
  return {
    TCB_CONTEXT_CNFG: JSON.stringify({ URL: `${o.adminUrl()}/t/${tag}` }),
    TENCENTCLOUD_RUNENV: 'SCF',
    TENCENTCLOUD_SECRETID: 'local',
    TENCENTCLOUD_SECRETKEY: 'local',
    TENCENTCLOUD_REGION: 'ap-shanghai',
    SCF_NAMESPACE: o.env,
    TCB_ENV: o.env,
    WX_CONTEXT_KEYS: 'WX_OPENID,WX_APPID,WX_UNIONID,WX_CLIENTIP',
    WX_OPENID: openid,
    WX_APPID: appid,
    WX_UNIONID: '',
    WX_CLIENTIP: '127.0.0.1',
    TCB_SOURCE: openid ? 'wx_client' : 'timer',
    [CLOCK_ENV]: String(o.clock?.offsetMs() ?? 0),
  }
}

export function runnerKind(given?: string): RunnerKind {
  const kind = given ?? process.env.EMULATOR_RUNNER ?? 'inline'
  if (kind !== 'inline' && kind !== 'worker') throw new Error(`emulator: no runner "${kind}" (inline or worker)`)
  return kind
}

export class FunctionRunner {
  private readonly pools = new Map<string, FunctionPool>()
  private seq = 0
  private stopTimers: () => void = () => {}

  constructor(private readonly options: RunnerOptions) {
    for (const fn of discoverFunctions(options.functionsDir)) {
      const env = (o: { openid: string; appid?: string; tag: string }) => invocationEnv(options, o.openid, o.appid ?? 'wx-emulator-app', o.tag)
      this.pools.set(fn.name, new FunctionPool(fn, env, options.maxInstances, runnerKind(options.runner)))
    }
  }

  functions(): FunctionInfo[] {
    return [...this.pools.values()].map((p) => p.fn)
  }

  /** Calls a function as a mini-program user would; the returned tag counts its round trips. */
  async invoke(name: string, event: unknown, openid: string): Promise<Invocation & { tag: string }> {
    const pool = this.pools.get(name)
    const tag = `${name}-${++this.seq}`
    if (!pool) return { error: { errCode: -504001, errMsg: `FUNCTIONS_NOT_EXIST: ${name}` }, ms: 0, tag }
    return { ...(await pool.invoke(event, { openid, tag })), tag }
  }

  /** Time the emulator spent on its own set-up while invocations ran: added to their time limits. */
  extendDeadlines(ms: number): void {
    for (const pool of this.pools.values()) pool.extendDeadlines(ms)
  }

  /** Stops the invocation with this tag mid-run (fault injection); false if none is running. */
  kill(tag: string): boolean {
    return [...this.pools.values()].some((p) => p.kill(tag))
  }

  /** Fires a timer trigger now, with the event shape CloudBase sends. */
  fireTimer(name: string, trigger: string): Promise<Invocation & { tag: string }> {
    return this.invoke(name, { Type: 'Timer', TriggerName: trigger, Time: (this.options.clock?.now() ?? new Date()).toISOString() }, '')
  }

  startTimers(): void {
    this.stopTimers = scheduleTimers(this.functions(), (fn, trigger) => void this.fireTimer(fn, trigger))
  }

  async close(): Promise<void> {
    this.stopTimers()
    await Promise.all([...this.pools.values()].map((p) => p.close()))
  }
}
