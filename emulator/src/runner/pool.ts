import fs from 'fs'
import path from 'path'
import { createRequire } from 'module'
import { runInThisContext } from 'vm'
import { Worker } from 'worker_threads'
import type { FunctionInfo } from './functions'

export interface InvokeOptions {
  openid: string
  appid?: string
  /** Round trips to the database are counted under this tag. */
  tag: string
}

export interface Invocation {
  result?: unknown
  /** As the cloud reports a failed invocation, e.g. -504003 for a timeout. */
  error?: { errCode: number; errMsg: string }
  ms: number
}

/** How instances run: each in a worker thread of its own, or in the emulator's own thread (inline-host.js). */
export type RunnerKind = 'worker' | 'inline'

type Outcome = { ok: true; result: unknown } | { ok: false; error: string; broken?: boolean }

/** One function instance, whichever way it runs. */
interface Instance {
  busy: boolean
  /** Runs one invocation; `broken` when the instance itself failed (it is discarded). */
  call(callId: string, event: unknown, env: Record<string, string>, context: object): Promise<Outcome>
  /** Resolves once the instance has loaded the function (its cold start). */
  ready: Promise<void>
  /** Discards the instance (time limit, crash, fault injection). */
  stop(): Promise<unknown> | void
}

function workerInstance(fn: FunctionInfo): Instance {
  const worker = new Worker(path.join(__dirname, 'worker.js'), { workerData: { name: fn.name, entry: fn.entry }, execArgv: instanceExecArgv() })
  worker.unref()
  const instance: Instance = {
    busy: true,
    call: (callId, event, env, context) => new Promise<Outcome>((resolve) => {
      const finish = (out: Outcome) => {
        worker.off('message', onMessage)
        worker.off('error', onError)
        resolve(out)
      }
      const onMessage = (m: { callId: string; ok: boolean; result?: unknown; error?: string }) => {
        if (m.callId === callId) finish(m.ok ? { ok: true, result: m.result } : { ok: false, error: String(m.error) })
      }
      const onError = (e: Error) => finish({ ok: false, error: e.message, broken: true })
      worker.on('message', onMessage)
      worker.on('error', onError)
      try {
        worker.postMessage({ callId, event, env, context })
      } catch (e) {
        // An event structured clone cannot copy (nested thousands deep: RangeError) never
        // reaches the function; the cloud reports that as a failed invocation, not a crash.
        finish({ ok: false, error: `the event could not be passed to the function: ${(e as Error).message}` })
      }
    }),
    ready: new Promise<void>((resolve) => {
      worker.once('message', () => resolve())
      worker.once('error', () => resolve())
    }),
    stop: () => worker.terminate(),
  }
  return instance
}

interface InlineHost {
  createInstance(name: string, entry: string): {
    invoke(callId: string, event: unknown, env: Record<string, string>, context: object): Promise<unknown>
    stop(): void
  }
}
let inlineHost: InlineHost | undefined
/**
 * The host is loaded through Node's own module loader, even when the emulator itself runs in a
 * test framework's sandbox (jest hands its modules a `module` and a `process` of its own): the
 * functions are compiled in the process's own realm, on its real `process` and builtins.
 */
function loadInlineHost(): InlineHost {
  if (inlineHost) return inlineHost
  const realProcess = runInThisContext('process') as NodeJS.Process & { getBuiltinModule?: (id: string) => unknown }
  const { createRequire: realCreateRequire } = (realProcess.getBuiltinModule?.('module') ?? { createRequire }) as typeof import('module')
  return (inlineHost = realCreateRequire(__filename)('./inline-host.js') as InlineHost)
}

function inlineInstance(fn: FunctionInfo): Instance {
  const inner = loadInlineHost().createInstance(fn.name, fn.entry) // the cold start: the function's modules load here
  return {
    busy: true,
    call: async (callId, event, env, context) => {
      try {
        // What a worker's message port does to an event: a copy, nothing shared with the caller.
        const copy = structuredClone(event)
        try {
          return { ok: true, result: await inner.invoke(callId, copy, env, context) }
        } catch (e) {
          return { ok: false, error: String((e as Error)?.stack ?? e) }
        }
      } catch (e) {
        return { ok: false, error: `the event could not be passed to the function: ${(e as Error).message}` }
      }
    },
    ready: Promise.resolve(),
    stop: () => inner.stop(),
  }
}

/**
 * The parent's flags minus a TypeScript loader (tsx, as `npm start` and the benches run): a
 * function is its deployed JavaScript, and a loader in each instance only slows its cold start
 * and every stack trace it takes.
 */
const LOADER_FLAGS = ['--import', '--require', '-r', '--loader', '--experimental-loader']

// V8 flags a worker refuses (ERR_WORKER_INVALID_EXEC_ARGV): heap sizing and gc exposure are the
// process's, not an instance's (an instance's limits would be Worker resourceLimits).
const PROCESS_ONLY_FLAGS = ['--expose-gc', '--max-old-space-size', '--max-semi-space-size', '--max-young-generation-size', '--stack-size']
  .flatMap((f) => [f, f.replace(/(?<=..)-/g, '_')])

export function instanceExecArgv(parent: string[] = process.execArgv): string[] {
  const out: string[] = []
  for (let i = 0; i < parent.length; i++) {
    const arg = parent[i]
    const [flag, inline] = arg.split(/=(.*)/s)
    if (PROCESS_ONLY_FLAGS.includes(flag)) continue
    if (!LOADER_FLAGS.includes(flag)) {
      out.push(arg)
      continue
    }
    const given = inline === undefined ? [arg, parent[++i]] : [arg]
    if (!/\btsx\b/.test(inline ?? given[1] ?? '')) out.push(...given)
  }
  return out
}

/**
 * A function's instances: each runs one invocation at a time; up to `maxInstances` run in
 * parallel and further calls wait, as a cloud function scales within its concurrency limit.
 */
export class FunctionPool {
  private readonly instances: Instance[] = []
  private readonly waiting: Array<(i: Instance) => void> = []
  /** Running invocations by tag: how `kill` finds one. */
  private readonly running = new Map<string, () => void>()
  /** Running invocations' time limits, each pushed back by `extendDeadlines`. */
  private readonly deadlines = new Set<(ms: number) => void>()
  private seq = 0

  /** `env(opts)` is the process environment of one invocation (wire URL, caller, …). */
  constructor(
    readonly fn: FunctionInfo,
    private readonly env: (opts: InvokeOptions) => Record<string, string>,
    private readonly maxInstances = 4,
    private readonly kind: RunnerKind = 'worker',
  ) {}

  async invoke(event: unknown, opts: InvokeOptions): Promise<Invocation> {
    const started = Date.now()
    if (!fs.existsSync(this.fn.entry)) {
      return { error: { errCode: -504002, errMsg: `${this.fn.name}: ${path.basename(this.fn.entry)} is not built (npm run build:functions)` }, ms: 0 }
    }
    const instance = await this.acquire()
    const callId = `${this.fn.name}-${++this.seq}`
    const env = this.env(opts)
    const context = { function_name: this.fn.name, request_id: callId, time_limit_in_ms: this.fn.timeoutMs, memory_limit_in_mb: 256 }
    return new Promise<Invocation>((resolve) => {
      let finished = false
      const done = (out: Omit<Invocation, 'ms'>, healthy: boolean) => {
        if (finished) return
        finished = true
        clearTimeout(timer)
        this.deadlines.delete(extend)
        this.running.delete(opts.tag)
        this.release(instance, healthy)
        resolve({ ...out, ms: Date.now() - started })
      }
      let deadline = Date.now() + this.fn.timeoutMs
      const timeUp = () => {
        done({ error: { errCode: -504003, errMsg: `FUNCTIONS_TIME_LIMIT_EXCEEDED: Invoking task timed out after ${this.fn.timeoutMs / 1000} seconds` } }, false)
      }
      let timer = setTimeout(timeUp, this.fn.timeoutMs)
      const extend = (ms: number) => {
        deadline += ms
        clearTimeout(timer)
        timer = setTimeout(timeUp, Math.max(0, deadline - Date.now()))
      }
      this.deadlines.add(extend)
      this.running.set(opts.tag, () => done({ error: { errCode: -504002, errMsg: 'FUNCTIONS_EXECUTE_FAIL: the instance was stopped (emulator fault injection)' } }, false))
      void instance.call(callId, event, env, context).then((out) => {
        if (out.ok) done({ result: out.result }, true)
        else done({ error: { errCode: -504002, errMsg: `FUNCTIONS_EXECUTE_FAIL: ${out.error}` } }, !out.broken)
      })
    })
  }

  /**
   * Gives every running invocation `ms` more: time the emulator spent on its own set-up (an
   * index built at its first query) is no more the function's than a cold start is.
   */
  extendDeadlines(ms: number): void {
    for (const extend of this.deadlines) extend(ms)
  }

  /**
   * Stops a running invocation's instance at once, as a crash or a recycled instance would:
   * whatever it has not yet sent is never sent. False if no invocation has that tag.
   */
  kill(tag: string): boolean {
    const stop = this.running.get(tag)
    stop?.()
    return !!stop
  }

  async close(): Promise<void> {
    await Promise.all(this.instances.splice(0).map((i) => i.stop()))
  }

  private async acquire(): Promise<Instance> {
    const idle = this.instances.find((i) => !i.busy)
    if (idle) return (idle.busy = true), idle
    if (this.instances.length < this.maxInstances) {
      const instance = this.kind === 'inline' ? inlineInstance(this.fn) : workerInstance(this.fn)
      this.instances.push(instance)
      await instance.ready
      return instance
    }
    return new Promise((resolve) => this.waiting.push(resolve))
  }

  /** A timed-out or crashed instance is discarded, like a cloud instance that is recycled. */
  private release(instance: Instance, healthy: boolean): void {
    if (!healthy) {
      this.instances.splice(this.instances.indexOf(instance), 1)
      void instance.stop()
    }
    const next = this.waiting.shift()
    if (!next) return void (instance.busy = false)
    if (healthy) return next(instance)
    void this.acquire().then(next)
  }
}
