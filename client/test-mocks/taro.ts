// A small, controllable @tarojs/taro for component tests. Tests set `taroMock.modalConfirm`,
// replace `taroMock.cloud`, and read `taroMock.calls` for navigation they want to check.
const storage = new Map<string, unknown>()

export const taroMock = {
  modalConfirm: true,
  systemInfo: { fontSizeSetting: 17 } as { fontSizeSetting?: number },
  modals: [] as Array<{ title?: string; content?: string }>,
  navigations: [] as string[],
  routerParams: {} as Record<string, string>,
  cloud: undefined as undefined | {
    init: (o: unknown) => void
    callFunction: (o: { name: string; data: unknown }) => Promise<{ result: unknown }>
    uploadFile?: (o: { cloudPath: string; filePath: string }) => Promise<{ fileID: string }>
  },
  /** Paths Taro.compressImage was asked to compress; it answers `<src>.small`, or fails when `compressFails`. */
  compressed: [] as string[],
  compressFails: false,
  /** The 我的 tab badge as last set: text, or null once removed. */
  tabBadge: null as string | null,
  /** When set, Taro.requestSubscribeMessage exists and answers with this (weapp); unset = no API (H5). */
  subscribe: undefined as undefined | ((tmplIds: string[]) => Record<string, string>),
  reset() {
    storage.clear()
    this.modalConfirm = true
    this.systemInfo = { fontSizeSetting: 17 }
    this.modals = []
    this.navigations = []
    this.routerParams = {}
    this.cloud = undefined
    this.compressed = []
    this.compressFails = false
    this.tabBadge = null
    this.subscribe = undefined
  },
}

const Taro = {
  get cloud() { return taroMock.cloud },
  getStorageSync: (k: string) => (storage.has(k) ? storage.get(k) : ''),
  setStorageSync: (k: string, v: unknown) => { storage.set(k, v) },
  removeStorageSync: (k: string) => { storage.delete(k) },
  getSystemInfoSync: () => taroMock.systemInfo,
  showModal: async (o: { title?: string; content?: string }) => {
    taroMock.modals.push(o)
    return { confirm: taroMock.modalConfirm, cancel: !taroMock.modalConfirm }
  },
  showToast: async () => ({}),
  stopPullDownRefresh: () => {},
  navigateTo: async (o: { url: string }) => { taroMock.navigations.push(o.url) },
  switchTab: async (o: { url: string }) => { taroMock.navigations.push(o.url) },
  redirectTo: async (o: { url: string }) => { taroMock.navigations.push(o.url) },
  setTabBarBadge: async (o: { index: number; text: string }) => { taroMock.tabBadge = o.text },
  removeTabBarBadge: async (_o: { index: number }) => { taroMock.tabBadge = null },
  get requestSubscribeMessage() {
    const answer = taroMock.subscribe
    return answer && (async (o: { tmplIds: string[] }) => ({ errMsg: 'requestSubscribeMessage:ok', ...answer(o.tmplIds) }))
  },
  navigateBack: async () => { taroMock.navigations.push('back') },
  compressImage: async (o: { src: string; quality?: number }) => {
    taroMock.compressed.push(o.src)
    if (taroMock.compressFails) throw { errMsg: 'compressImage:fail' }
    return { tempFilePath: `${o.src}.small`, errMsg: 'compressImage:ok' }
  },
}

export default Taro
export const useDidShow = (_fn: () => void) => {}
export const useLaunch = (_fn: () => void) => {}
export const usePullDownRefresh = (_fn: () => void) => {}
export const useRouter = () => ({ params: taroMock.routerParams })
