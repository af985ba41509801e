// Which function invocations an emulator is running, so a test can wait until every call
// has finished its writes (or refuse new ones) before it looks at stored state.
import type { Emulator } from '../../emulator/src'

export interface Invocations {
  /** Resolves once nothing is running, counting calls that start while it waits. */
  settled(): Promise<void>
  /** While a reason is set, new invocations are refused with it. */
  refuse(reason: string | null): void
}

/**
 * Wraps the emulator's runner: it is the one door into functions (emu.call, fireTimer, the
 * H5 gateway and functions calling functions all invoke through it), so counting there sees
 * every write a function makes.
 */
export function trackInvocations(emu: Emulator): Invocations {
  const running = new Set<Promise<unknown>>()
  let refusal: string | null = null
  const invoke = emu.runner.invoke.bind(emu.runner)
  emu.runner.invoke = (name, event, openid) => {
    if (refusal) return Promise.reject(new Error(`${name} called ${refusal}`))
    const out = invoke(name, event, openid)
    running.add(out)
    void out.finally(() => running.delete(out)).catch(() => undefined)
    return out
  }
  return {
    async settled() {
      while (running.size) await Promise.allSettled([...running])
    },
    refuse(reason) {
      refusal = reason
    },
  }
}
