import type { ReactNode } from 'react'
import type { AppErrorBody } from '../../../types/result'
import { ErrorState } from '../ErrorState'
import { Loading } from '../Loading'

/** useRemote 的结果（或任何带 status / data / error / reload 的来源） */
export interface RemoteSource<T> {
  status: 'loading' | 'ok' | 'error'
  data: T | undefined
  error: AppErrorBody | null
  reload: () => Promise<void>
}

export interface RemoteViewProps<T> {
  remote: RemoteSource<T>
  /** 读到数据后的内容；重新加载时保留已显示的内容，不闪回“加载中” */
  children: (data: T) => ReactNode
  /** 任何错误都给“重试”（默认只有网络类错误给） */
  alwaysRetry?: boolean
}

/**
 * 单个远程对象的三种状态一处写好：首次加载中、出错（可重试）、内容。列表用 <RemoteList>。
 *
 * const board = useRemote(() => fetchBoard({ week }), [week])
 * <RemoteView remote={board}>{(b) => <BoardTable board={b} />}</RemoteView>
 */
export function RemoteView<T>({ remote, children, alwaysRetry }: RemoteViewProps<T>) {
  if (remote.status === 'error' && remote.data === undefined) return <ErrorState error={remote.error!} onRetry={() => void remote.reload()} alwaysRetry={alwaysRetry} />
  if (remote.data === undefined) return <Loading />
  return <>{children(remote.data)}</>
}
