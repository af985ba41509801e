import { createHmac } from 'crypto'
import { proofPhotoFolder } from '@chengxin/shared/src/domain'
import { idHashKey } from '@chengxin/shared/src/server'

/**
 * The caller's own upload folder. Named by a keyed hash of the openid rather than the openid:
 * the folder shows in every photo link the cadre opens, and openids never leave the server.
 */
export function photoFolderKey(openid: string): string {
  return createHmac('sha256', idHashKey()).update(`proof-photos\n${openid}`).digest('hex').slice(0, 32)
}

export const ownPhotoFolder = (openid: string) => proofPhotoFolder(photoFolderKey(openid))
