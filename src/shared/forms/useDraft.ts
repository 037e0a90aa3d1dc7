/**
 * 表单草稿（每个有自由文本的表单共用）：整份表单状态存在手机上，属于当前任职（session/drafts），
 * 刷新、返回、关掉小程序都不丢；与初值不同（有未提交的修改）时离开先确认（components/Page/leaveGuard）。
 *
 *   const d = useDraft(`talk.new.${taskId ?? 'blank'}`, () => ({ summary: '', ... }))
 *   d.value.summary; d.patch({ summary }); 提交成功后 d.clear()
 */
import { useCallback, useEffect, useRef, useState } from 'react'
import { useLeaveGuard } from '../../components/Page/leaveGuard'
import { loadDeviceDraft, removeDeviceDraft, saveDeviceDraft } from '../session/drafts'
import { currentAssignment } from '../session/store'

export interface DraftState<T> {
  value: T
  /** 改一部分 */
  patch: (p: Partial<T>) => void
  /** 整体替换（或由上一个值算出） */
  set: (next: T | ((prev: T) => T)) => void
  /** 打开时恢复了上次未提交的草稿 */
  restored: boolean
  /** 与初值不同：有未提交的修改 */
  dirty: boolean
  /** 放弃草稿，回到初值 */
  discard: () => void
  /** 提交成功：删除草稿，当前内容成为新的初值 */
  clear: () => void
  /** 初值来自服务端（异步）时调用：没有恢复草稿、也没改过时，表单换成这个初值 */
  rebase: (base: T) => void
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

/** name 为 null 时不存草稿（如只读状态） */
export function useDraft<T extends object>(name: string | null, makeInitial: () => T): DraftState<T> {
  const assignmentId = useRef(currentAssignment()?._id ?? null)
  const [start] = useState(() => {
    const base = makeInitial()
    const saved = name ? loadDeviceDraft<T>(assignmentId.current, name) : null
    return { base, saved: saved && !same(saved.value, base) ? saved.value : null }
  })
  const [value, setValue] = useState<T>(start.saved ?? start.base)
  const [base, setBase] = useState<T>(start.base)
  const [restored, setRestored] = useState(!!start.saved)
  const touched = useRef(false)
  const dirty = !same(value, base)
  useLeaveGuard(dirty)

  useEffect(() => {
    if (!name || !touched.current) return
    if (dirty) saveDeviceDraft(assignmentId.current, name, value)
    else removeDeviceDraft(assignmentId.current, name)
  }, [name, value, dirty])

  const set = useCallback((next: T | ((prev: T) => T)) => {
    touched.current = true
    setValue(next)
  }, [])
  const patch = useCallback((p: Partial<T>) => set((prev) => ({ ...prev, ...p })), [set])
  const discard = useCallback(() => {
    if (name) removeDeviceDraft(assignmentId.current, name)
    touched.current = false
    setValue(base)
    setRestored(false)
  }, [name, base])
  const clear = useCallback(() => {
    if (name) removeDeviceDraft(assignmentId.current, name)
    touched.current = false
    setBase(value)
    setRestored(false)
  }, [name, value])
  const rebase = useCallback((next: T) => {
    setBase(next)
    if (!touched.current && !restored) setValue(next)
  }, [restored])

  return { value, patch, set, restored, dirty, discard, clear, rebase }
}
