import { Page } from '@/components'
import { OrgBrowser } from '@/features/org/OrgBrowser'
import { RoleGate } from '@/shared/session'
import { titleOf } from '@/shared/navigation'

/** 组织管理：班级、宿舍、学生 */
export default function HeadOrgPage() {
  return (
    <RoleGate role='head'>
      <Page title={titleOf('head', 'org')} subtitle='本站的班级、宿舍与学生；查看学生信息会记入审计日志'>
        <OrgBrowser />
      </Page>
    </RoleGate>
  )
}
