import fs from 'fs'
import path from 'path'
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

interface Instance { worker: Worker; busy: boolean }

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
  constructor(readonly fn: FunctionInfo, private readonly env: (opts: InvokeOptions) => Record<string, string>, private readonly maxInstances = 4) {}

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
      const done = (out: Omit<Invocation, 'ms'>, healthy: boolean) => {
        clearTimeout(timer)
        this.deadlines.delete(extend)
        this.running.delete(opts.tag)
        instance.worker.off('message', onMessage)
        instance.worker.off('error', onError)
        this.release(instance, healthy)
        resolve({ ...out, ms: Date.now() - started })
      }
      const onMessage = (m: { callId: string; ok: boolean; result?: unknown; error?: string }) => {
        if (m.callId !== callId) return
        if (m.ok) done({ result: m.result }, true)
        else done({ error: { errCode: -504002, errMsg: `FUNCTIONS_EXECUTE_FAIL: ${m.error}` } }, true)
      }
      const onError = (e: Error) => done({ error: { errCode: -504002, errMsg: `FUNCTIONS_EXECUTE_FAIL: ${e.message}` } }, false)
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
      instance.worker.on('message', onMessage)
      instance.worker.on('error', onError)
      this.running.set(opts.tag, () => done({ error: { errCode: -504002, errMsg: 'FUNCTIONS_EXECUTE_FAIL: the instance was stopped (emulator fault injection)' } }, false))
      try {
        instance.worker.postMessage({ callId, event, env, context })
      } catch (e) {
        // An event structured clone cannot copy (nested thousands deep: RangeError) never
        // reaches the function; the cloud reports that as a failed invocation, not a crash.
        done({ error: { errCode: -504002, errMsg: `FUNCTIONS_EXECUTE_FAIL: the event could not be passed to the function: ${(e as Error).message}` } }, true)
      }
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
    await Promise.all(this.instances.splice(0).map((i) => i.worker.terminate()))
  }

  private async acquire(): Promise<Instance> {
    const idle = this.instances.find((i) => !i.busy)
    if (idle) return (idle.busy = true), idle
    if (this.instances.length < this.maxInstances) {
      const worker = new Worker(path.join(__dirname, 'worker.js'), { workerData: { name: this.fn.name, entry: this.fn.entry }, execArgv: instanceExecArgv() })
      worker.unref()
      const instance = { worker, busy: true }
      this.instances.push(instance)
      await new Promise<void>((resolve) => {
        worker.once('message', () => resolve())
        worker.once('error', () => resolve())
      })
      return instance
    }
    return new Promise((resolve) => this.waiting.push(resolve))
  }

  /** A timed-out or crashed instance is discarded, like a cloud instance that is recycled. */
  private release(instance: Instance, healthy: boolean): void {
    if (!healthy) {
      this.instances.splice(this.instances.indexOf(instance), 1)
      void instance.worker.terminate()
    }
    const next = this.waiting.shift()
    if (!next) return void (instance.busy = false)
    if (healthy) return next(instance)
    void this.acquire().then(next)
  }
}
