import { z } from 'zod'
import { Id } from '../common'
import { ComplaintChangeOutput, ComplaintPhotos, ComplaintReply, Locator } from './complaint'

/**
 * Adds to a complaint's thread:
 * - `answer` (handler): the public answer the complainant reads → status answered; a named
 *   complainant is notified (inbox + subscribe message);
 * - `note` (handler): an internal note, seen by handlers only;
 * - `addition` (complainant, by id or receipt): more information (photos only by id: a named
 *   complaint; by receipt they are refused with PHOTO_INVALID); handlers see it.
 */
export const ComplaintRespondInput = z.discriminatedUnion('as', [
  z.object({ as: z.literal('answer'), complaintId: Id, text: ComplaintReply }).strict(),
  z.object({ as: z.literal('note'), complaintId: Id, text: ComplaintReply }).strict(),
  z.object({ as: z.literal('addition'), locator: Locator, text: ComplaintReply, photos: ComplaintPhotos }).strict(),
])
export const ComplaintRespondOutput = ComplaintChangeOutput
export type ComplaintRespondInput = z.input<typeof ComplaintRespondInput>
export type ComplaintRespondOutput = z.infer<typeof ComplaintRespondOutput>
