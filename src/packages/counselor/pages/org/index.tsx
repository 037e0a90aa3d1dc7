import { Page } from '@/components'
import { OrgBrowser } from '@/features/org/OrgBrowser'
import { RoleGate } from '@/shared/session'
import { titleOf } from '@/shared/navigation'

/** 学生名册：负责的班级、宿舍与学生 */
export default function CounselorOrgPage() {
  return (
    <RoleGate role='counselor'>
      <Page title={titleOf('counselor', 'org')} subtitle='你负责的班级与宿舍；查看学生信息会记入审计日志'>
        <OrgBrowser />
      </Page>
    </RoleGate>
  )
}
