import { useCallback, useRef, useState } from 'react'
import type { AppErrorBody, Result } from '../../types/result'
import { showError, showSuccess } from '../components/Toast'

export interface ActionOptions<T> {
  /** 成功后的提示（如 '已确认'）；给函数时按答复决定，返回 undefined 不提示 */
  success?: string | ((data: T) => string | undefined)
  /** 成功后要做的事（通常是列表的 reload，或跳转） */
  onDone?: (data: T) => void
  /**
   * 失败时还要做的事，如把字段错误标到表单上：onError: (e) => setErrors(fieldErrorMap(e))。
   * 返回 true 表示页面已就地显示了这个错误（如表单顶部的横幅），不再弹出错误提示
   */
  onError?: (error: AppErrorBody) => boolean | void
}

export interface ActionState<A extends unknown[]> {
  /** 正在进行（按钮的 loading） */
  busy: boolean
  /** 执行一次：失败时弹出错误提示，成功时提示并调用 onDone；答复是否成功（CommentSheet 据此决定是否关闭） */
  run: (...args: A) => Promise<boolean>
}

/**
 * 一个按钮背后的动作：忙碌状态、失败提示、成功提示与刷新，一处写好。
 * 进行中的再次点击被忽略（两次点击不会提交两次）。
 *
 * const confirm = useAction(() => confirmRollCall({ id }), { success: '已确认', onDone: reload })
 * <Button loading={confirm.busy} onClick={() => void confirm.run()}>确认</Button>
 */
export function useAction<A extends unknown[], T>(action: (...args: A) => Promise<Result<T>>, options: ActionOptions<T> = {}): ActionState<A> {
  const [busy, setBusy] = useState(false)
  const running = useRef(false)
  const latest = useRef({ action, options })
  latest.current = { action, options }

  const run = useCallback(async (...args: A): Promise<boolean> => {
    if (running.current) return false
    running.current = true
    setBusy(true)
    try {
      const res = await latest.current.action(...args)
      if (!res.ok) {
        if (latest.current.options.onError?.(res.error) !== true) showError(res.error)
        return false
      }
      const { success, onDone } = latest.current.options
      const text = typeof success === 'function' ? success(res.data) : success
      if (text) showSuccess(text)
      onDone?.(res.data)
      return true
    } finally {
      running.current = false
      setBusy(false)
    }
  }, [])

  return { busy, run }
}
