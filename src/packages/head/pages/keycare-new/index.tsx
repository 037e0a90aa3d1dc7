import { useRouter } from '@tarojs/taro'
import { Page } from '@/components'
import { KeyCareAddForm, param } from '@/features/counseling'
import { RoleGate } from '@/shared/session'

/** 加入重点关注（站长：以任何等级入库无需审批） */
export default function HeadKeycareNewPage() {
  const p = useRouter().params
  return (
    <RoleGate role='head'>
      <Page className='xq-cn-page'>
        <KeyCareAddForm
          pkg='head'
          query={{ studentId: param(p.studentId), studentName: param(p.studentName), source: param(p.source), sourceRef: param(p.sourceRef), level: param(p.level), categories: param(p.categories) }}
        />
      </Page>
    </RoleGate>
  )
}
