// Pages of the report subpackage, with their parameters.
import Taro from '@tarojs/taro'

const BASE = '/packages/report/pages'
const query = (q: Record<string, string | undefined>) =>
  Object.entries(q).filter(([, v]) => v !== undefined && v !== '').map(([k, v]) => `${k}=${encodeURIComponent(v!)}`).join('&')

export const go = (page: 'village' | 'township' | 'households' | 'trend' | 'assessment' | 'assessment-score' | 'notice', q: Record<string, string | undefined> = {}) => {
  const qs = query(q)
  return Taro.navigateTo({ url: `${BASE}/${page}/index${qs ? `?${qs}` : ''}` })
}

/** A page parameter as given (Taro's H5 router leaves it encoded). */
export const param = (v: string | undefined): string | undefined => (v ? decodeURIComponent(v) : undefined)
