import { sdk } from '@chengxin/shared/src/server'

/** Where scanning a member invite opens the mini-program; `scene` carries the code. */
export const BIND_PAGE = 'pages/bind/index'

/**
 * The invite as a mini-program code image in cloud storage. A failure here never fails the
 * invite: the 8-character code works on its own, so it answers null and logs.
 */
export async function inviteQrFile(code: string): Promise<string | null> {
  try {
    const cloud = sdk()
    const image = (await cloud.openapi.wxacode.getUnlimited({ scene: code, page: BIND_PAGE })) as { buffer: Buffer }
    const uploaded = await cloud.uploadFile({ cloudPath: `invites/${code}.png`, fileContent: image.buffer })
    return uploaded.fileID
  } catch (e) {
    console.error('[invite.create] mini-program code not made:', e)
    return null
  }
}

/** Temporary links for stored images (one storage call, not a database round trip). */
export async function tempUrls(fileIds: string[]): Promise<Record<string, string>> {
  if (fileIds.length === 0) return {}
  try {
    const res = (await sdk().getTempFileURL({ fileList: fileIds })) as { fileList: Array<{ fileID: string; tempFileURL: string }> }
    return Object.fromEntries(res.fileList.filter((f) => f.tempFileURL).map((f) => [f.fileID, f.tempFileURL]))
  } catch (e) {
    console.error('[invite] temporary links not made:', e)
    return {}
  }
}
