/**
 * 离开前确认：页面上有未提交的修改时，返回（页头的 ‹ 返回、小程序的返回键）先问一句；
 * H5 刷新或关闭标签页由浏览器的 beforeunload 提示。内容本身已存为本机草稿（shared/forms/useDraft）。
 */
import Taro from '@tarojs/taro'
import { useEffect } from 'react'
import { ENV } from '../../config/env'

export const LEAVE_MESSAGE = '填写的内容还没有提交（已存为本机草稿，下次打开可继续）。确定离开？'

let active = 0

const onBeforeUnload = (e: BeforeUnloadEvent) => {
  e.preventDefault()
  e.returnValue = LEAVE_MESSAGE
  return LEAVE_MESSAGE
}

function update(delta: number): void {
  const before = active
  active = Math.max(0, active + delta)
  if ((before === 0) === (active === 0)) return
  if (ENV.platform === 'weapp') {
    if (active) Taro.enableAlertBeforeUnload({ message: LEAVE_MESSAGE })
    else Taro.disableAlertBeforeUnload()
  } else if (typeof window !== 'undefined') {
    if (active) window.addEventListener('beforeunload', onBeforeUnload)
    else window.removeEventListener('beforeunload', onBeforeUnload)
  }
}

/** 有未提交的修改时 active = true */
export function useLeaveGuard(dirty: boolean): void {
  useEffect(() => {
    if (!dirty) return
    update(1)
    return () => update(-1)
  }, [dirty])
}

/** 当前页面有未提交的修改吗 */
export function hasUnsavedChanges(): boolean {
  return active > 0
}

/** 要离开当前页面时调用：没有未提交的修改直接 true；否则问一句 */
export async function confirmLeave(): Promise<boolean> {
  if (!active) return true
  try {
    const r = await Taro.showModal({ title: '离开此页？', content: LEAVE_MESSAGE, confirmText: '离开', cancelText: '继续填写' })
    return !!r.confirm
  } catch {
    return false
  }
}
