import { useCallback, useEffect, useRef, useState, type DependencyList } from 'react'
import type { Page } from '../../../types/api/counseling-views'
import type { Result } from '../../../types/result'
import type { RemoteState } from '../../hooks/useRemote'

/** 每次“加载更多”取的条数（列表动作的 pageSize 上限为 100） */
export const MORE_PAGE_SIZE = 20

export type MoreListState<T, P extends Page<T> = Page<T>> = RemoteState<P> & {
  /** 还有没读到的（已读条数 < total） */
  hasMore: boolean
  /** 接着读下一页（page = 已读页数 + 1），一直读到最后一条 */
  loadMore: () => Promise<void>
  /** 从第一页重新读 */
  reload: () => Promise<void>
}

/**
 * 按 page/pageSize 分页的列表（types/api/paging.ts）：先读第一页，“加载更多”每次接着读一页并追加，直到 total。
 * deps 变化时从第一页重新读；过期的响应会被丢弃。页面里 items 以外的字段（如汇总）取最近一次的答复。
 */
export function useMoreList<T, P extends Page<T> = Page<T>>(
  load: (page: number, pageSize: number) => Promise<Result<P>>,
  deps: DependencyList,
  pageSize = MORE_PAGE_SIZE,
): MoreListState<T, P> {
  const [state, setState] = useState<RemoteState<P>>({ status: 'loading', data: undefined, error: null })
  const loader = useRef(load)
  loader.current = load
  const seq = useRef(0)
  const items = useRef<T[]>([])

  const fetchFrom = useCallback(async (page: number) => {
    const mine = ++seq.current
    const prev = page === 1 ? [] : items.current
    setState((s) => ({ status: 'loading', data: s.data, error: null }))
    const res = await loader.current(page, pageSize)
    if (mine !== seq.current) return
    if (res.ok) items.current = [...prev, ...res.data.items]
    setState((s) => (res.ok ? { status: 'ok', data: { ...res.data, items: items.current }, error: null } : { status: 'error', data: s.data, error: res.error }))
  }, [pageSize])

  useEffect(() => {
    void fetchFrom(1)
    // deps 由调用方给出：变化即从第一页重新读
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps)

  const data = state.data
  return {
    ...state,
    hasMore: !!data && data.items.length < data.total,
    loadMore: () => fetchFrom(Math.floor(items.current.length / pageSize) + 1),
    reload: () => fetchFrom(1),
  }
}
