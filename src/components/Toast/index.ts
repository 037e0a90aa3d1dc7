/** 轻提示：错误信息一律中文，来自服务端 message 或错误码默认文案 */
import Taro from '@tarojs/taro'
import type { AppErrorBody } from '../../../types/result'
import { errorText } from '../../services/errors'

/** 显示错误提示（不带图标，最多两行） */
export function showError(error: Pick<AppErrorBody, 'code' | 'message'> | string): void {
  const title = typeof error === 'string' ? error : errorText(error)
  void Taro.showToast({ title, icon: 'none', duration: 2500 })
}

/** 显示成功提示（短文案，7 字以内显示完整） */
export function showSuccess(title: string): void {
  void Taro.showToast({ title, icon: 'success', duration: 1500 })
}

/** 显示普通提示 */
export function showInfo(title: string): void {
  void Taro.showToast({ title, icon: 'none', duration: 2000 })
}
