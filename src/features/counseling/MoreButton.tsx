/** 列表底部的“加载更多”：还有没读到的才显示，读到最后一条为止 */
import { Button } from '../../components'
import type { MoreListState } from './useMoreList'

export function MoreButton({ list }: { list: Pick<MoreListState<unknown>, 'hasMore' | 'loadMore' | 'status'> }) {
  if (!list.hasMore) return null
  return <Button block variant='text' loading={list.status === 'loading'} onClick={() => void list.loadMore()}>加载更多</Button>
}
