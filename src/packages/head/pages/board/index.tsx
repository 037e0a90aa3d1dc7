import { RoleGate } from '@/shared/session'
import { BoardPage } from '@/features/observations'

/** 周报看板 */
export default function HeadBoardScreen() {
  return (
    <RoleGate role='head'>
      <BoardPage role='head' />
    </RoleGate>
  )
}
