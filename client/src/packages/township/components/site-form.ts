// Checks of the site form before anything is sent (the server checks again).

export interface SiteDraft { name: string; address: string; latitude: string; longitude: string }

/** The location typed as two decimal numbers, null when both are empty, or the problem in words. */
export function parseLocation(d: SiteDraft): { latitude: number; longitude: number } | null | string {
  const lat = d.latitude.trim()
  const lng = d.longitude.trim()
  if (!lat && !lng) return null
  if (!lat || !lng) return '纬度和经度要一起填写，或都不填'
  const la = Number(lat)
  const lo = Number(lng)
  if (!/^-?\d+(\.\d+)?$/.test(lat) || la < -90 || la > 90) return '纬度应为 -90 到 90 之间的数，如 30.1234'
  if (!/^-?\d+(\.\d+)?$/.test(lng) || lo < -180 || lo > 180) return '经度应为 -180 到 180 之间的数，如 112.5678'
  return { latitude: la, longitude: lo }
}

export function siteProblem(d: SiteDraft): string | null {
  if (!d.name.trim()) return '请填写检查点名称'
  if (d.name.trim().length > 30) return '名称最多30个字'
  if (!d.address.trim()) return '请填写地址'
  if (d.address.trim().length > 100) return '地址最多100个字'
  const loc = parseLocation(d)
  return typeof loc === 'string' ? loc : null
}
