// Cloud storage and content security for certificate photos. None of these calls is a
// database round trip; each is one request to the storage or openapi service.
import { sdk } from '@chengxin/shared/src/server'

/** Temporary links for stored photos by fileID; a missing file simply has none. */
export async function photoUrls(fileIds: Array<string | null>): Promise<Record<string, string>> {
  const list = [...new Set(fileIds.filter((f): f is string => !!f))]
  if (list.length === 0) return {}
  try {
    const res = (await sdk().getTempFileURL({ fileList: list.map((fileID) => ({ fileID, maxAge: 3600 })) })) as {
      fileList: Array<{ fileID: string; tempFileURL: string; status?: number }>
    }
    return Object.fromEntries(res.fileList.filter((f) => f.tempFileURL).map((f) => [f.fileID, f.tempFileURL]))
  } catch (e) {
    // A list without pictures still lets the resident and the cadre see statuses.
    console.error('[proof] temporary links not made:', e)
    return {}
  }
}

/**
 * Starts WeChat's asynchronous content check of the photo (required for pictures users
 * upload). Its verdict arrives later as a message push; the cadre sees the photo before
 * verifying it either way, so a failed start is logged and the proof kept (trace id null).
 */
export async function startMediaCheck(mediaUrl: string, openid: string): Promise<string | null> {
  try {
    const res = (await sdk().openapi.security.mediaCheckAsync({ mediaUrl, mediaType: 2, version: 2, scene: 1, openid })) as {
      traceId?: string
      trace_id?: string
    }
    return res.traceId ?? res.trace_id ?? null
  } catch (e) {
    console.error('[proof.submit] content check not started:', e)
    return null
  }
}

// wx-server-sdk's status for STORAGE_FILE_NONEXIST: the photo is gone already.
const FILE_MISSING = -503003

/** Deletes photos; answers the fileIDs that are gone (deleted now or missing already). */
export async function deletePhotos(fileIds: string[]): Promise<string[]> {
  const res = (await sdk().deleteFile({ fileList: fileIds })) as { fileList: Array<{ fileID: string; status: number }> }
  return res.fileList.filter((f) => f.status === 0 || f.status === FILE_MISSING).map((f) => f.fileID)
}
