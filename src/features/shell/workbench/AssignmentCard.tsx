import type { MyAssignment } from '../../../services/api/identity'
import { KeyValue, ScopeCard } from '../ScopeCard'
import { termText } from './term'

/** 当前任职（含任期）：分包工作台使用 */
export function AssignmentCard({ assignment }: { assignment: MyAssignment }) {
  return (
    <ScopeCard assignment={assignment}>
      <KeyValue label='任期'>{termText(assignment)}</KeyValue>
    </ScopeCard>
  )
}
