import { useRouter } from '@tarojs/taro'
import { CenterReview } from '@/features/assessment'
import { ErrorState } from '@/components'
import { RoleGate } from '@/shared/session'

/** 一个站点的考核手册（校心理中心逐项评分、退回） */
export default function CenterBinderReviewPage() {
  const { stationId, schoolYear } = useRouter().params
  return (
    <RoleGate role='center'>
      {stationId && schoolYear ? <CenterReview stationId={stationId} schoolYear={schoolYear} /> : <ErrorState error={{ code: 'NOT_FOUND', message: '未找到该记录，可能已被删除或你无权查看' }} />}
    </RoleGate>
  )
}
