/**
 * 工作台的类型化包装：每个角色一次调用（中心在 reports，其余在 observations）。契约见 types/api/workbench.ts。
 */
import type { Role } from '../../../types/domain'
import type { identityContract } from '../../../types/api/identity.contract'
import type { observationsContract } from '../../../types/api/observations.contract'
import type { reportsContract } from '../../../types/api/reports.contract'
import type { Workbench } from '../../../types/api/workbench'
import type { Result } from '../../../types/result'
import { functionCaller } from '../client'

const identity = functionCaller<typeof identityContract>('identity')
const observations = functionCaller<typeof observationsContract>('observations')
const reports = functionCaller<typeof reportsContract>('reports')

export type {
  CenterWorkbench, CounselorWorkbench, HeadWorkbench, ReporterWorkbench, Workbench, WorkbenchAlert, WorkbenchVacation, WechatReachView,
} from '../../../types/api/workbench'

/** 当前角色的工作台（现在要做的事、计数与倒计时） */
export const fetchWorkbench = (role: Role): Promise<Result<Workbench>> =>
  role === 'center' ? reports('workbench', {}) : observations('workbench', {})

/** 用户接受了订阅：记下额度（一次性订阅每接受一次可收一条） */
export const recordSubscribed = (accepted: Array<'alert' | 'reminder'>) => identity('wechat.subscribed', { accepted })
