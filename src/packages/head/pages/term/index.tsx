import { Page } from '@/components'
import { TermForm } from '@/features/org/TermForm'
import { RoleGate } from '@/shared/session'
import { titleOf } from '@/shared/navigation'

/** 学期设置 */
export default function HeadTermPage() {
  return (
    <RoleGate role='head'>
      <Page title={titleOf('head', 'term')} subtitle='校历决定周报的周次、假期周与截止时间（北京时间）'>
        <TermForm />
      </Page>
    </RoleGate>
  )
}
