// WeChat's privacy authorisation (__usePrivacyCheck__): when a privacy-covered API is first
// used, WeChat asks us to show our own popup and calls back with a `resolve`. We keep that
// resolve here and let the PrivacyPopup on the current page answer it. In H5 there is no
// such event; the popup instead shows a first-use consent sheet remembered in storage.
import Taro from '@tarojs/taro'
import { STORAGE_KEYS } from '../constants'
import { createStore } from '../stores/store'
import { isH5 } from './cloud'

type Resolve = (o: { event: 'exposureAuthorization' | 'agree' | 'disagree'; buttonId?: string }) => void

export const privacyPrompt = createStore<{ open: boolean; resolve: Resolve | null }>({ open: false, resolve: null })

export function installPrivacyAuthorization(): void {
  if (isH5()) {
    if (!Taro.getStorageSync(STORAGE_KEYS.h5PrivacyAgreed)) privacyPrompt.set({ open: true, resolve: null })
    return
  }
  const api = (Taro as unknown as { onNeedPrivacyAuthorization?: (l: (resolve: Resolve) => void) => void }).onNeedPrivacyAuthorization
  if (typeof api !== 'function') return
  api((resolve) => {
    resolve({ event: 'exposureAuthorization' })
    privacyPrompt.set({ open: true, resolve })
  })
}

export function answerPrivacy(agree: boolean, buttonId?: string): void {
  const { resolve } = privacyPrompt.get()
  if (resolve) resolve(agree ? { event: 'agree', buttonId } : { event: 'disagree' })
  if (agree && isH5()) Taro.setStorageSync(STORAGE_KEYS.h5PrivacyAgreed, true)
  privacyPrompt.set({ open: false, resolve: null })
}
