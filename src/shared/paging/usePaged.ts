import { useCallback, useEffect, useRef, useState, type DependencyList } from 'react'
import type { Paged } from '../../../types/api/identity'
import type { AppErrorBody, Result } from '../../../types/result'

export interface PagedState<T> {
  items: T[]
  total: number
  loading: boolean
  error: AppErrorBody | null
  hasMore: boolean
  loadMore: () => Promise<void>
  reload: () => Promise<void>
}

/** 分页列表：deps 变化时从第 1 页重新加载，loadMore 追加下一页；过期响应丢弃 */
export function usePaged<T>(load: (page: number) => Promise<Result<Paged<T>>>, deps: DependencyList): PagedState<T> {
  const [items, setItems] = useState<T[]>([])
  const [total, setTotal] = useState(0)
  const [page, setPage] = useState(0)
  const [loading, setLoading] = useState(true)
  const [error, setError] = useState<AppErrorBody | null>(null)
  const loader = useRef(load)
  loader.current = load
  const seq = useRef(0)

  const fetchPage = useCallback(async (p: number) => {
    const mine = ++seq.current
    setLoading(true)
    setError(null)
    const res = await loader.current(p)
    if (mine !== seq.current) return
    setLoading(false)
    if (!res.ok) {
      setError(res.error)
      return
    }
    setItems((prev) => (p === 1 ? res.data.items : [...prev, ...res.data.items]))
    setTotal(res.data.total)
    setPage(p)
  }, [])

  useEffect(() => {
    setItems([])
    void fetchPage(1)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps)

  return {
    items,
    total,
    loading,
    error,
    hasMore: items.length < total,
    loadMore: () => fetchPage(page + 1),
    reload: () => fetchPage(1),
  }
}
