import { ENV, setFunctionEnv } from './emulator'

/**
 * @cloudbase/node-sdk itself, the layer under wx-server-sdk: some behaviour (runTransaction's
 * retry on DATABASE_TRANSACTION_CONFLICT, updateAndReturn) is reachable only through it,
 * because wx-server-sdk 4.0.2 turns error codes into numbers and does not expose updateAndReturn.
 */
export function nodeSdk(serviceUrl: string): any {
  setFunctionEnv()
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the SDK reads its environment when loaded: load it after setFunctionEnv()
  const tcb = require('@cloudbase/node-sdk')
  return tcb.init({ env: ENV, serviceUrl, secretId: 'x', secretKey: 'x' })
}
