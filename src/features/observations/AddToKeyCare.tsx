/**
 * “加入重点关注”快捷入口：辅导员、站长在周报关注条目与即时报告上一键打开入库页，预填学生、来源、等级与类别。
 * 只按当前角色显示（心理委员、观察员看不到）；是否可入库由 counseling 函数判断（已在库时答复 KEYCARE.ALREADY_ACTIVE）。
 */
import { View } from '@tarojs/components'
import type { ConcernCategory, Level } from '../../../types/domain'
import type { KeyCareSource } from '../../../types/models-counseling'
import { Button } from '../../components'
import { rolePageUrl } from '../../routes'
import { useSession } from '../../shared/session'
import { openPage } from '../../shared/navigation'

export interface KeyCarePrefill {
  studentId: string
  studentName: string
  source: KeyCareSource
  /** 来源引用：'concern:<reportId>#<concernId>' 或 'alert:<id>' */
  sourceRef: string
  level?: Level
  categories?: readonly ConcernCategory[]
}

/** 入库页地址（counselor / head 分包的 pages/keycare-new） */
export function keyCareNewUrl(role: 'counselor' | 'head', p: KeyCarePrefill): string {
  const q: Array<[string, string | undefined]> = [
    ['studentId', p.studentId],
    ['studentName', p.studentName],
    ['source', p.source],
    ['sourceRef', p.sourceRef],
    ['level', p.level],
    ['categories', p.categories?.length ? p.categories.join(',') : undefined],
  ]
  const query = q.filter(([, v]) => v).map(([k, v]) => `${k}=${encodeURIComponent(v!)}`).join('&')
  return `${rolePageUrl(role, 'pages/keycare-new/index')}?${query}`
}

export function AddToKeyCare(props: KeyCarePrefill) {
  const role = useSession().current?.role
  if (role !== 'counselor' && role !== 'head') return null
  return (
    <View className='xq-obs-detail__actions'>
      <Button size='sm' variant='secondary' onClick={() => openPage(keyCareNewUrl(role, props))}>加入重点关注</Button>
    </View>
  )
}
