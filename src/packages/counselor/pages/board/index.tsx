import { RoleGate } from '@/shared/session'
import { BoardPage } from '@/features/observations'

/** 周报看板 */
export default function CounselorBoardScreen() {
  return (
    <RoleGate role='counselor'>
      <BoardPage role='counselor' />
    </RoleGate>
  )
}
