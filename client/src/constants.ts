/** Version of the privacy notice shown on pages/privacy; sent with invite.redeem as consent. */
export const PRIVACY_VERSION = '2026-11'
export const APP_TITLE = '诚信'
export const APP_SUBTITLE = '双诚信双承诺'

/** Storage keys, in one place so tests and pages agree. */
export const STORAGE_KEYS = {
  demoOpenid: 'chengxin.demoOpenid',
  elderMode: 'chengxin.elderMode',
  h5PrivacyAgreed: 'chengxin.h5PrivacyAgreed',
  /** The last whoami answer, shown at once on the next start while it is refreshed. */
  session: 'chengxin.session',
} as const
