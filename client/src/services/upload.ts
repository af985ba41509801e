// The only file that uploads to cloud storage: wx.cloud.uploadFile in the mini-program, the
// local emulator's upload endpoint in the H5 build. Like cloud.ts, it answers a Result and never throws.
import Taro from '@tarojs/taro'
import type { Result } from '@chengxin/shared/src/api/errors'
import { call, getDemoOpenid, isH5 } from './cloud'

export const UPLOAD_FAILED_MESSAGE = '照片上传失败，请检查网络后重试'
// Certificates only need to stay legible; a smaller file gets through a weak village network.
const COMPRESS_QUALITY = 60

const failed = (): Result<never> => ({ ok: false, error: { code: 'INTERNAL', message: UPLOAD_FAILED_MESSAGE } })

/**
 * Uploads a certificate photo the resident chose (a temporary path from Taro.chooseMedia or
 * chooseImage) to their own proof folder, and answers the fileID to pass to proof.submit.
 * The server names the folder (proof.uploadPath): it is the only one proof.submit accepts.
 */
export async function uploadProofPhoto(tempFilePath: string): Promise<Result<{ fileID: string }>> {
  const path = await call('proof.uploadPath', {})
  if (!path.ok) return path
  try {
    const upload = isH5() ? uploadH5 : uploadWeapp
    return { ok: true, data: { fileID: await upload(tempFilePath, path.data.cloudPath) } }
  } catch {
    return failed()
  }
}

async function uploadWeapp(tempFilePath: string, cloudPath: string): Promise<string> {
  const cloud = (Taro as unknown as { cloud?: typeof Taro.cloud }).cloud
  if (!cloud || typeof cloud.uploadFile !== 'function') throw new Error('wx.cloud unavailable')
  // A photo that cannot be compressed (e.g. already small, or a format wx cannot re-encode) goes as it is.
  const compressed = await Taro.compressImage({ src: tempFilePath, quality: COMPRESS_QUALITY })
    .then((r) => r.tempFilePath)
    .catch(() => tempFilePath)
  const res = await cloud.uploadFile({ cloudPath, filePath: compressed })
  if (!res.fileID) throw new Error('uploadFile answered no fileID')
  return res.fileID
}

async function uploadH5(tempFilePath: string, cloudPath: string): Promise<string> {
  // In H5 a chosen file's temporary path is a blob: URL; read it back as bytes.
  const blob = await (await fetch(tempFilePath)).blob()
  const res = await fetch('/_emulator/upload?cloudPath=' + encodeURIComponent(cloudPath), {
    method: 'POST',
    headers: { 'X-Emulator-Openid': getDemoOpenid() ?? '', 'Content-Type': blob.type || 'image/jpeg' },
    body: blob,
  })
  const body = (await res.json().catch(() => null)) as { fileID?: string } | null
  if (!res.ok || !body?.fileID) throw new Error(`upload HTTP ${res.status}`)
  return body.fileID
}
