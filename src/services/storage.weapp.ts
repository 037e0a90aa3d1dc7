/**
 * 小程序上传：Taro.cloud.uploadFile（即 wx.cloud.uploadFile）把本地临时文件放进云存储的指定路径。
 * 存储的安全规则只允许客户端写、不允许读；读取一律经云函数发的临时链接。
 */
import Taro from '@tarojs/taro'
import { ensureInit } from './cloud.weapp'
import { failure } from './transport'
import type { Uploader } from './upload-types'

export const uploadFile: Uploader = async (cloudPath, file) => {
  if (file.kind !== 'path') return failure('INTERNAL')
  try {
    ensureInit()
    const res = await Taro.cloud.uploadFile({ cloudPath, filePath: file.path })
    if (res.fileID) return { ok: true, data: { fileID: res.fileID } }
    return failure('INTERNAL', { errMsg: res.errMsg })
  } catch (err) {
    const msg = String((err as { errMsg?: unknown })?.errMsg ?? err)
    return failure(/request:fail|timeout|network|offline/i.test(msg) ? 'NETWORK.FAILED' : 'INTERNAL', { errMsg: msg })
  }
}
