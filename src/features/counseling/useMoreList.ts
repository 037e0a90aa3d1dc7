import { useCallback, useEffect, useRef, useState, type DependencyList } from 'react'
import type { Page } from '../../../types/api/counseling-views'
import type { Result } from '../../../types/result'
import type { RemoteState } from '../../hooks/useRemote'

/** 每次“加载更多”取的条数（counseling 各列表动作的 limit 上限为 100） */
export const MORE_PAGE_SIZE = 20

export type MoreListState<T, P extends Page<T> = Page<T>> = RemoteState<P> & {
  /** 还有没读到的（已读条数 < total） */
  hasMore: boolean
  /** 接着已读到的条数往后读一页（skip = 已读条数），一直读到最后一条 */
  loadMore: () => Promise<void>
  /** 从第一页重新读 */
  reload: () => Promise<void>
}

/**
 * 按 skip/limit 分页的列表：先读第一页，“加载更多”每次接着读一页并追加，直到 total。
 * deps 变化时从第一页重新读；过期的响应会被丢弃。页面里 items 以外的字段（如汇总）取最近一次的答复。
 */
export function useMoreList<T, P extends Page<T> = Page<T>>(
  load: (skip: number, limit: number) => Promise<Result<P>>,
  deps: DependencyList,
  pageSize = MORE_PAGE_SIZE,
): MoreListState<T, P> {
  const [state, setState] = useState<RemoteState<P>>({ status: 'loading', data: undefined, error: null })
  const loader = useRef(load)
  loader.current = load
  const seq = useRef(0)
  const items = useRef<T[]>([])

  const fetchFrom = useCallback(async (skip: number) => {
    const mine = ++seq.current
    const prev = skip === 0 ? [] : items.current
    setState((s) => ({ status: 'loading', data: s.data, error: null }))
    const res = await loader.current(skip, pageSize)
    if (mine !== seq.current) return
    if (res.ok) items.current = [...prev, ...res.data.items]
    setState((s) => (res.ok ? { status: 'ok', data: { ...res.data, items: items.current }, error: null } : { status: 'error', data: s.data, error: res.error }))
  }, [pageSize])

  useEffect(() => {
    void fetchFrom(0)
    // deps 由调用方给出：变化即从第一页重新读
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps)

  const data = state.data
  return {
    ...state,
    hasMore: !!data && data.items.length < data.total,
    loadMore: () => fetchFrom(items.current.length),
    reload: () => fetchFrom(0),
  }
}
