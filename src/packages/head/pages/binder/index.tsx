import { useRouter } from '@tarojs/taro'
import { BinderHead } from '@/features/assessment'
import { RoleGate } from '@/shared/session'

/** 考核手册（站长） */
export default function HeadBinderPage() {
  const year = useRouter().params.schoolYear
  return (
    <RoleGate role='head'>
      <BinderHead initialYear={year} />
    </RoleGate>
  )
}
