import type { ReactNode } from 'react'
import type { AppErrorBody } from '../../../types/result'
import { Button } from '../Button'
import { Empty, type EmptyProps } from '../Empty'
import { ErrorState } from '../ErrorState'
import { Loading } from '../Loading'

/** useList（分页）或 useRemote（答复里有 items）的结果，都可以交给 RemoteList */
export interface RemoteListSource<D extends { items: unknown[] }> {
  status: 'loading' | 'ok' | 'error'
  data: D | undefined
  error: AppErrorBody | null
  reload: () => Promise<void>
  /** 分页列表才有：还有没读到的 */
  hasMore?: boolean
  loadMore?: () => Promise<void>
}

export type RemoteListProps<D extends { items: unknown[] }, T = D['items'][number]> = {
  list: RemoteListSource<D>
  /** 没有条目时的空状态 */
  empty: EmptyProps
  /** 读到数据后显示在条目上方（如汇总、说明）；没有条目时也显示 */
  header?: (data: D) => ReactNode
} & (
  /** 每一条 */
  | { renderItem: (item: T, index: number) => ReactNode; items?: never }
  /** 条目要整体包一层时（如放进 CellGroup）：一次渲染全部已读到的条目 */
  | { items: (items: T[], data: D) => ReactNode; renderItem?: never }
)


/**
 * 远程列表的四种状态一处写好：首次加载中、出错（可重试）、空、条目 +“加载更多”（一直读到最后一条）。
 * 重新加载时保留已显示的条目，不闪回“加载中”。
 *
 * const list = useList((page, pageSize) => listTalks({ page, pageSize }), [])
 * <RemoteList list={list} empty={{ icon: '谈', title: '还没有谈话记录' }} renderItem={(t) => <TalkCard key={t.id} t={t} />} />
 */
export function RemoteList<D extends { items: unknown[] }>({ list, renderItem, items: renderAll, empty, header }: RemoteListProps<D>) {
  if (list.status === 'error' && !list.data) return <ErrorState error={list.error!} onRetry={() => void list.reload()} />
  if (!list.data) return <Loading />
  const items = list.data.items as D['items'][number][]
  return (
    <>
      {header?.(list.data)}
      {items.length === 0 ? <Empty {...empty} /> : renderAll ? renderAll(items, list.data) : items.map(renderItem!)}
      {list.hasMore && list.loadMore && (
        <Button block variant='text' loading={list.status === 'loading'} onClick={() => void list.loadMore!()}>加载更多</Button>
      )}
    </>
  )
}
