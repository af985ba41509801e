// WeChat content security for complaint text (openapi.security.msgSecCheck). Not a database
// round trip. Named complaints are checked as their author (version 2 needs the openid);
// an anonymous one with the version-1 call, which takes no openid: telling WeChat who wrote
// it would undo the anonymity.
import { sdk } from '@chengxin/shared/src/server'

export async function textIsSafe(content: string, openid: string | null): Promise<boolean> {
  try {
    const res = (await sdk().openapi.security.msgSecCheck(openid ? { content, openid, scene: 1, version: 2 } : { content })) as {
      errcode?: number
      errCode?: number
      result?: { suggest?: string }
    }
    const code = res.errcode ?? res.errCode ?? 0
    if (code === 87014) return false
    return !res.result || res.result.suggest === 'pass' || res.result.suggest === undefined
  } catch (e) {
    // 87014 arrives as a thrown error from the SDK; anything else (the service down) must not
    // stop a villager's complaint: handlers read it before anyone else does.
    if (/87014/.test(String((e as Error)?.message ?? e))) return false
    console.error('[complaint] content check unavailable:', (e as Error)?.name ?? 'Error')
    return true
  }
}
