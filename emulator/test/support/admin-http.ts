import { EJSON } from 'bson'

/**
 * The wire's own protocol over plain HTTP, as @cloudbase/node-sdk sends it (CLOUDBASE-WIRE.md):
 * for tests that outlive one server, which a wx-server-sdk in the same process cannot follow.
 */
export async function admin(url: string, params: Record<string, unknown>): Promise<Record<string, any>> {
  const res = await fetch(`${url}/admin`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(params) })
  return (await res.json()) as Record<string, any>
}

export const ejson = (value: unknown) => EJSON.stringify(value as object, { relaxed: false })

export const insert = (url: string, coll: string, docs: object[], transactionId?: string) =>
  admin(url, { action: 'database.insertDocument', collectionName: coll, data: docs.map(ejson), ...(transactionId ? { transactionId } : {}) })

export const update = (url: string, coll: string, id: string, data: object) =>
  admin(url, { action: 'database.modifyDocument', collectionName: coll, queryType: 'DOC', query: ejson({ _id: id }), data: ejson({ $set: data }), merge: true, multi: false })

export const remove = (url: string, coll: string, id: string) =>
  admin(url, { action: 'database.removeDocument', collectionName: coll, queryType: 'DOC', query: ejson({ _id: id }), multi: false })

export const getById = async (url: string, coll: string, id: string) => {
  const reply = await admin(url, { action: 'database.getDocument', collectionName: coll, queryType: 'DOC', query: ejson({ _id: id }), limit: 1 })
  return (reply.data?.list ?? []).map((s: string) => EJSON.parse(s, { relaxed: true }))[0] as Record<string, unknown> | undefined
}
