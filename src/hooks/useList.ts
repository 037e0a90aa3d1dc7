import { useCallback, useEffect, useRef, useState, type DependencyList } from 'react'
import type { Result } from '../../types/result'
import type { RemoteState } from './useRemote'

/** 每次“加载更多”取的条数（列表动作的 pageSize 上限为 100） */
export const MORE_PAGE_SIZE = 20

/** 一页答复：这一页的条目与总条数（其他字段如汇总原样保留，取最近一次的答复） */
export interface ListPage<T> {
  items: T[]
  total: number
}

export type ListState<P extends ListPage<unknown>> = RemoteState<P> & {
  /** 还有没读到的（已读条数 < total） */
  hasMore: boolean
  /** 接着读下一页（page = 已读页数 + 1），一直读到最后一条 */
  loadMore: () => Promise<void>
  /** 从第一页重新读 */
  reload: () => Promise<void>
}

/**
 * 按 page/pageSize 分页的列表（types/api/paging.ts，所有列表动作同一个分页契约）：先读第一页，
 * “加载更多”每次接着读一页并追加，直到 total。deps 变化时从第一页重新读；过期的响应会被丢弃。
 * items 以外的字段（如汇总）取最近一次的答复。配合 <RemoteList> 显示加载中 / 空 / 出错 / 加载更多。
 *
 * const list = useList((page, pageSize) => listTalks({ ...filter, page, pageSize }), [filter])
 */
export function useList<P extends ListPage<unknown>>(
  load: (page: number, pageSize: number) => Promise<Result<P>>,
  deps: DependencyList,
  pageSize = MORE_PAGE_SIZE,
): ListState<P> {
  type T = P['items'][number]
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
