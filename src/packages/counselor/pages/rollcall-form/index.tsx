import { useRouter } from '@tarojs/taro'
import { Page } from '@/components'
import { RollCallForm, param } from '@/features/counseling'
import { RoleGate } from '@/shared/session'

/** 晚点名记录 */
export default function CounselorRollcallFormPage() {
  const p = useRouter().params
  return (
    <RoleGate role='counselor'>
      <Page className='xq-cn-page'>
        <RollCallForm classId={param(p.classId) ?? ''} week={p.week ? Number(p.week) : undefined} reviewer />
      </Page>
    </RoleGate>
  )
}
