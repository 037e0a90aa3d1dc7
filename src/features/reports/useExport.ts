import type { Result } from '../../../types/result'
import { useAction } from '../../hooks/useAction'
import { exportMonthlyFile } from './exportFile'

/** 导出月报的按钮：忙碌、失败提示（含下载或打开失败的原因）与“已导出”一处写好 */
export function useMonthlyExport(month: string, stationId?: string) {
  return useAction(async (): Promise<Result<string>> => {
    const r = await exportMonthlyFile(month, stationId)
    if (r.ok) return { ok: true, data: r.filename }
    return { ok: false, error: typeof r.error === 'string' ? { code: 'INTERNAL', message: r.error } : r.error }
  }, { success: '已导出' })
}
