// A demo remote proof: o-migrant's own check-up in the city where she works, pending in
// 十字村's queue, with a small drawn "certificate" in storage so the cadre page shows a photo.
import { deflateSync } from 'node:zlib'
import type { HouseholdDoc, VillageDoc } from '@chengxin/shared/src/server/documents'
import type { ProofDoc } from '@chengxin/shared/src/server/checkup-documents'

/** What the seed needs of the emulator's storage (the wire's Storage). */
export interface SeedStorage {
  put(key: string, bytes: Buffer, contentType?: string): { fileID: string }
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})
const crc32 = (buf: Buffer) => (buf.reduce((c, b) => CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8), 0xffffffff) ^ 0xffffffff) >>> 0

function chunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const out = Buffer.alloc(body.length + 8)
  out.writeUInt32BE(data.length, 0)
  body.copy(out, 4)
  out.writeUInt32BE(crc32(body), body.length + 4)
  return out
}

/** A 160×100 PNG: a cream sheet with a border, text-like grey lines and a red round stamp. */
export function certificatePng(): Buffer {
  const [w, h] = [160, 100]
  const rows: Buffer[] = []
  for (let y = 0; y < h; y++) {
    const row = Buffer.alloc(1 + w * 3) // filter byte 0, then RGB
    for (let x = 0; x < w; x++) {
      let rgb = [250, 245, 230]
      if (x < 4 || y < 4 || x >= w - 4 || y >= h - 4) rgb = [180, 140, 80]
      else if (y % 14 === 0 && y > 10 && y < 70 && x > 16 && x < w - 16) rgb = [150, 150, 150]
      const d = Math.hypot(x - 118, y - 72)
      if (d < 18 && d > 14) rgb = [200, 30, 30]
      row.set(rgb, 1 + x * 3)
    }
    rows.push(row)
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(w, 0)
  header.writeUInt32BE(h, 4)
  header.set([8, 2, 0, 0, 0], 8) // 8-bit RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header), chunk('IDAT', deflateSync(Buffer.concat(rows))), chunk('IEND', Buffer.alloc(0)),
  ])
}

/** Without storage (a bare seed), the proof has no photo: fileId null, as if already deleted. */
export function demoProofs(villages: VillageDoc[], households: HouseholdDoc[], now: Date, storage?: SeedStorage): ProofDoc[] {
  const shizi = villages[0]
  // The household demoAccounts binds o-migrant to: the first of 十字村 with a member away.
  const hh = households.filter((h) => h.villageId === shizi._id).find((h) => h.members.some((m) => m.workingAway))
  const member = hh?.members.find((m) => m.workingAway)
  if (!hh || !member?.workingAway) return []
  const fileId = storage?.put('proofs/seed/certificate.png', certificatePng(), 'image/png').fileID ?? null
  const submittedAt = new Date(now.getTime() - 2 * 86400000)
  const checkupDay = new Date(now.getTime() - 5 * 86400000 + 8 * 3600000).toISOString().slice(0, 10)
  return [{
    _id: `${member.id}:p1`, seq: 1, householdId: hh._id, householdLabel: hh.label, villageId: hh.villageId,
    groupId: hh.groupId, groupName: shizi.groups.find((g) => g.id === hh.groupId)?.name ?? '',
    memberId: member.id, memberName: member.name, city: member.workingAway.city,
    clinicName: `${member.workingAway.city}市妇幼保健院`, checkupDay, fileId, mediaCheckTraceId: null,
    status: 'pending', reason: null, previousProofId: null, submittedAt, decidedAt: null, decidedBy: null,
    photoDeletedAt: fileId ? null : submittedAt, requestId: `seed-${member.id}-proof`, decisionRequestId: null,
  }]
}
