import { useCallback, useEffect, useRef, useState, type DependencyList } from 'react'
import type { Result } from '../../types/result'
import type { RemoteState } from './useRemote'

/** 每次“加载更多”取的条数（各列表动作的每页上限为 100） */
export const MORE_PAGE_SIZE = 20

/** 一页答复：这一页的条目与总条数（其他字段如汇总原样保留，取最近一次的答复） */
export interface ListPage<T> {
  items: T[]
  total: number
}

export type ListState<P extends ListPage<unknown>> = RemoteState<P> & {
  /** 还有没读到的（已读条数 < total） */
  hasMore: boolean
  /** 接着已读到的条数往后读一页，一直读到最后一条 */
  loadMore: () => Promise<void>
  /** 从第一页重新读 */
  reload: () => Promise<void>
}

/**
 * 分页列表：先读第一页，“加载更多”每次接着读一页并追加，直到 total。load 收到已读条数与每页条数，
 * 按动作的分页参数换算即可（skip/limit 原样传；page/pageSize 为 skip / size + 1）。
 * deps 变化时从第一页重新读；过期的响应会被丢弃。配合 <RemoteList> 显示加载中 / 空 / 出错 / 加载更多。
 *
 * const list = useList((skip, limit) => listTalks({ ...filter, skip, limit }), [filter])
 */
export function useList<P extends ListPage<unknown>>(
  load: (skip: number, limit: number) => Promise<Result<P>>,
  deps: DependencyList,
  pageSize = MORE_PAGE_SIZE,
): ListState<P> {
  type T = P['items'][number]
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
