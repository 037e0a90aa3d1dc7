import { useRouter } from '@tarojs/taro'
import { Page } from '@/components'
import { KeyCareAddForm, param } from '@/features/counseling'
import { RoleGate } from '@/shared/session'

/** 加入重点关注 */
export default function CounselorKeycareNewPage() {
  const p = useRouter().params
  return (
    <RoleGate role='counselor'>
      <Page className='xq-cn-page'>
        <KeyCareAddForm query={{ studentId: param(p.studentId), studentName: param(p.studentName), source: param(p.source), sourceRef: param(p.sourceRef), level: param(p.level), categories: param(p.categories) }} />
      </Page>
    </RoleGate>
  )
}
