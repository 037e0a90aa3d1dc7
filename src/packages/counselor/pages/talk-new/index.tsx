import { useRouter } from '@tarojs/taro'
import { Page } from '@/components'
import { TalkForm, param } from '@/features/counseling'
import { RoleGate } from '@/shared/session'

/** 记录谈话 */
export default function CounselorTalkNewPage() {
  const p = useRouter().params
  return (
    <RoleGate role='counselor'>
      <Page className='xq-cn-page'>
        <TalkForm query={{ taskId: param(p.taskId), alertId: param(p.alertId), reportId: param(p.reportId), concernId: param(p.concernId), studentId: param(p.studentId), studentName: param(p.studentName) }} />
      </Page>
    </RoleGate>
  )
}
