import { useDidShow } from '@tarojs/taro'
import { useCallback, useEffect, useRef, useState, type DependencyList } from 'react'
import type { AppErrorBody, Result } from '../../types/result'

/** 页面显示时，距上次加载超过这么久才重新加载 */
const RELOAD_ON_SHOW_AFTER_MS = 800

export type RemoteState<T> =
  | { status: 'loading'; data: T | undefined; error: null }
  | { status: 'ok'; data: T; error: null }
  | { status: 'error'; data: T | undefined; error: AppErrorBody }

/**
 * 加载一次远程数据并给出 加载中/成功/失败 三态与 reload（配合 Loading / ErrorState 使用）。
 * deps 变化时重新加载；页面再次显示（从下一页返回、切回小程序）时也重新加载，列表与计数不会停在旧状态；
 * 过期的响应会被丢弃。
 *
 * const board = useRemote(() => fetchBoard({ week }), [week])
 * if (board.status === 'error') return <ErrorState error={board.error} onRetry={board.reload} />
 */
export function useRemote<T>(load: () => Promise<Result<T>>, deps: DependencyList): RemoteState<T> & { reload: () => Promise<void> } {
  const [state, setState] = useState<RemoteState<T>>({ status: 'loading', data: undefined, error: null })
  const loader = useRef(load)
  loader.current = load
  const seq = useRef(0)
  /** 最近一次开始加载的时刻：页面首次显示紧跟着首次加载，不必重复 */
  const startedAt = useRef(0)

  const reload = useCallback(async () => {
    const mine = ++seq.current
    startedAt.current = Date.now()
    setState((s) => ({ status: 'loading', data: s.data, error: null }))
    const res = await loader.current()
    if (mine !== seq.current) return
    setState((s) => (res.ok ? { status: 'ok', data: res.data, error: null } : { status: 'error', data: s.data, error: res.error }))
  }, [])

  useEffect(() => {
    void reload()
    // deps 由调用方给出：变化即重新加载
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps)

  useDidShow(() => {
    if (Date.now() - startedAt.current > RELOAD_ON_SHOW_AFTER_MS) void reload()
  })

  return { ...state, reload }
}
