import { Page } from '@/components'
import { WeekOverviewView } from '@/features/counseling'
import { RoleGate } from '@/shared/session'

/** 本周 */
export default function CounselorWeekPage() {
  return (
    <RoleGate role='counselor'>
      <Page className='xq-cn-page'>
        <WeekOverviewView />
      </Page>
    </RoleGate>
  )
}
