import * as protobuf from 'protobufjs'

/**
 * The messages wx-server-sdk 4.0.2 compiles into its bundle (search its index.js for
 * `$root.CommApiData`), restated here with only the fields the emulator reads or writes.
 */
const root = protobuf.Root.fromJSON({
  nested: {
    KeyValuePair: {
      fields: {
        key: { type: 'string', id: 1 },
        value: { type: 'bytes', id: 2 },
        contenttype: { type: 'string', id: 3 },
        filename: { type: 'string', id: 4 },
      },
    },
    OpenApiData: { fields: { pairs: { rule: 'repeated', type: 'KeyValuePair', id: 1 } } },
    SvrkitApiData: { fields: { apiName: { type: 'string', id: 1 }, reqData: { type: 'bytes', id: 2 } } },
    CommApiData: {
      fields: {
        apiType: { type: 'int32', id: 1 }, // 0 OPEN_API, 1 INNER_API, 2 SVRKIT_API, 3 TOKEN_API
        openapiData: { type: 'OpenApiData', id: 2 },
        svrkitData: { type: 'SvrkitApiData', id: 4 },
        appid: { type: 'string', id: 6 },
      },
    },
    CommOpenApiResp: {
      fields: {
        respData: { type: 'bytes', id: 1 },
        contentType: { type: 'string', id: 2 },
        errorCode: { type: 'int32', id: 3 },
        httpCode: { type: 'uint32', id: 4 },
      },
    },
  },
})

export const CommApiData = root.lookupType('CommApiData')
export const CommOpenApiResp = root.lookupType('CommOpenApiResp')

interface Pair {
  key: string
  value: Uint8Array
  contenttype?: string
  filename?: string
}

/** Decodes the request's key/value pairs: JSON values, or a file (kept as its size and type). */
export function decodeRequestData(bytes: Uint8Array): Record<string, unknown> {
  const msg = CommApiData.toObject(CommApiData.decode(bytes), { defaults: false }) as {
    openapiData?: { pairs?: Pair[] }
    svrkitData?: { apiName: string; reqData: Uint8Array }
  }
  if (msg.svrkitData) return { svrkitApiName: msg.svrkitData.apiName, reqData: Buffer.from(msg.svrkitData.reqData).toString('base64') }
  const data: Record<string, unknown> = {}
  for (const pair of msg.openapiData?.pairs ?? []) {
    const raw = Buffer.from(pair.value ?? [])
    if (pair.contenttype || pair.filename) {
      data[pair.key] = { contentType: pair.contenttype, filename: pair.filename, size: raw.length }
      continue
    }
    try {
      data[pair.key] = JSON.parse(raw.toString('utf8'))
    } catch {
      data[pair.key] = raw.toString('utf8')
    }
  }
  return data
}

export function encodeResponse(respData: Uint8Array, contentType: string): Uint8Array {
  return CommOpenApiResp.encode(CommOpenApiResp.create({ respData, contentType, errorCode: 0, httpCode: 200 })).finish()
}
