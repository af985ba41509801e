// Elder (large-text, 适老化) mode. Starts from WeChat's own font-size setting and can be
// switched in 我的; the choice is stored so it survives restarts.
import Taro from '@tarojs/taro'
import { STORAGE_KEYS } from '../constants'
import { createStore, useStore } from './store'

/** WeChat reports fontSizeSetting in px; 17 is standard, 20 and up are the larger settings. */
const LARGE_SYSTEM_FONT = 20

export function initialElderMode(): boolean {
  try {
    const saved = Taro.getStorageSync(STORAGE_KEYS.elderMode)
    if (saved === true || saved === false) return saved
    const size = Taro.getSystemInfoSync().fontSizeSetting
    return typeof size === 'number' && size >= LARGE_SYSTEM_FONT
  } catch {
    return false
  }
}

export const elderStore = createStore<boolean>(initialElderMode())

export function setElderMode(on: boolean): void {
  Taro.setStorageSync(STORAGE_KEYS.elderMode, on)
  elderStore.set(on)
}

export const useElderMode = () => useStore(elderStore)
