/**
 * 向用户请求订阅（小程序）：wx.requestSubscribeMessage，必须由点击直接触发。返回 模板 id → 'accept' | 'reject' | …。
 * H5 本地模式见 askSubscribe.h5.ts（Taro 按平台后缀选文件；本文件也供类型检查与单元测试）。
 */
import Taro from '@tarojs/taro'

export async function askSubscribe(tmplIds: string[]): Promise<Record<string, string>> {
  return (await Taro.requestSubscribeMessage({ tmplIds, entityIds: [] } as Parameters<typeof Taro.requestSubscribeMessage>[0])) as Record<string, string>
}
