// The phone APIs the check-up pages use (scanner, camera roll, files, map), patched onto the
// Taro mock here so the shared mock stays small; a test arranges what they answer and reads
// what the page asked of them.
import Taro from './taro'

export interface Devices {
  /** What the camera "reads" next; null = the user closes the scanner. */
  scanResult: string | null
  scans: number
  /** The photo Taro.chooseImage answers next; null = the user closes the picker. */
  nextPhoto: string | null
  downloads: string[]
  opened: Array<{ filePath: string; fileType?: string }>
  previews: Array<{ urls: string[]; current?: string }>
  /** Where Taro.openLocation was asked to go. */
  locations: Array<{ latitude: number; longitude: number; name?: string }>
}

/** The phone APIs the check-up pages use, patched onto the Taro mock here so the shared mock stays small. */
export function installDevices(): Devices {
  const d: Devices = { scanResult: null, scans: 0, nextPhoto: 'wxfile://temp/certificate.jpg', downloads: [], opened: [], previews: [], locations: [] }
  Object.assign(Taro, {
    scanCode: async () => {
      d.scans++
      if (d.scanResult === null) throw { errMsg: 'scanCode:fail cancel' }
      return { result: d.scanResult, scanType: 'QR_CODE', errMsg: 'scanCode:ok' }
    },
    chooseImage: async () => {
      if (!d.nextPhoto) throw { errMsg: 'chooseImage:fail cancel' }
      return { tempFilePaths: [d.nextPhoto], errMsg: 'chooseImage:ok' }
    },
    downloadFile: async (o: { url: string }) => { d.downloads.push(o.url); return { tempFilePath: 'wxfile://temp/due.xlsx', statusCode: 200, errMsg: 'downloadFile:ok' } },
    openDocument: async (o: { filePath: string; fileType?: string }) => { d.opened.push(o); return { errMsg: 'openDocument:ok' } },
    previewImage: async (o: { urls: string[]; current?: string }) => { d.previews.push(o); return { errMsg: 'previewImage:ok' } },
    openLocation: async (o: { latitude: number; longitude: number; name?: string }) => { d.locations.push(o); return { errMsg: 'openLocation:ok' } },
  })
  return d
}
