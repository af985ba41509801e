// Elder (large-text, 适老化) mode. Starts from WeChat's own font-size setting and can be
// switched on 首页 and in 我的; the choice is stored so it survives restarts.
import Taro from '@tarojs/taro'
import { STORAGE_KEYS } from '../constants'
import { isH5 } from '../services/cloud'
import { createStore, useStore } from './store'

/** WeChat reports fontSizeSetting in px; 17 is standard, 20 and up are the larger settings. */
const LARGE_SYSTEM_FONT = 20

/** WeChat's font setting: getAppBaseInfo on current base libraries, getSystemInfoSync before 2.20.1. */
function wechatFontSize(): unknown {
  // A browser has no WeChat font setting, and Taro's H5 getSystemInfoSync would bring a 15 KB
  // user-agent parser into the first screen's code for nothing. The calls sit inside the branch
  // (not after an early return) so webpack drops them, and their imports, from the H5 build.
  if (process.env.TARO_ENV !== 'h5') {
    const t = Taro as unknown as { getAppBaseInfo?: () => { fontSizeSetting?: number } }
    if (typeof t.getAppBaseInfo === 'function') return t.getAppBaseInfo().fontSizeSetting
    return Taro.getSystemInfoSync().fontSizeSetting
  }
  return undefined
}

export function initialElderMode(): boolean {
  try {
    const saved = Taro.getStorageSync(STORAGE_KEYS.elderMode)
    if (saved === true || saved === false) return saved
    const size = wechatFontSize()
    return typeof size === 'number' && size >= LARGE_SYSTEM_FONT
  } catch {
    return false
  }
}

/** H5: the tab bar lives outside every page, so the mode is also a class on <body>. */
function applyToBody(on: boolean): void {
  if (isH5() && typeof document !== 'undefined' && document.body) document.body.classList.toggle('elder', on)
}

export const elderStore = createStore<boolean>(initialElderMode())
applyToBody(elderStore.get())

export function setElderMode(on: boolean): void {
  Taro.setStorageSync(STORAGE_KEYS.elderMode, on)
  elderStore.set(on)
  applyToBody(on)
}

export const useElderMode = () => useStore(elderStore)
