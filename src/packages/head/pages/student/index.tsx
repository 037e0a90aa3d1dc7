import { useRouter } from '@tarojs/taro'
import { Page } from '@/components'
import { StudentView, param } from '@/features/counseling'
import { RoleGate } from '@/shared/session'

/** 学生详情 */
export default function HeadStudentPage() {
  const p = useRouter().params
  return (
    <RoleGate role='head'>
      <Page className='xq-cn-page'>
        <StudentView id={param(p.id) ?? ''} pkg='head' />
      </Page>
    </RoleGate>
  )
}
