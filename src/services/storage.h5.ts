/**
 * H5 上传：POST 到同源本地网关的 /api/storage/upload（模拟器，本地模式），相当于小程序的 wx.cloud.uploadFile。
 * 身份同函数调用，来自开发登录（x-dev-openid）。
 */
import { getDevOpenid } from './devSession'
import { failure } from './transport'
import type { Uploader } from './upload-types'

export const uploadFile: Uploader = async (cloudPath, file) => {
  if (file.kind !== 'blob') return failure('INTERNAL')
  const headers: Record<string, string> = { 'content-type': 'application/octet-stream' }
  const openid = getDevOpenid()
  if (openid) headers['x-dev-openid'] = openid
  try {
    const res = await fetch(`/api/storage/upload?cloudPath=${encodeURIComponent(cloudPath)}`, { method: 'POST', headers, body: file.blob })
    const body = (await res.json().catch(() => null)) as { fileID?: unknown } | null
    if (res.ok && typeof body?.fileID === 'string') return { ok: true, data: { fileID: body.fileID } }
    return failure(res.status >= 502 && res.status <= 504 ? 'NETWORK.FAILED' : 'INTERNAL', { status: res.status })
  } catch {
    return failure('NETWORK.FAILED')
  }
}
