/** 委员、观察员与校心理中心的工作台 */
import { View } from '@tarojs/components'
import { rolePageUrl } from '../../../routes'
import type { CenterWorkbench, ReporterWorkbench } from '../../../services/api/workbench'
import { Todo, VacationCard } from './parts'
import { monthText } from './time'

const REPORT_TEXT = { missing: '未交', late: '已提交（迟报）', zero: '已提交零报告', concern: '已提交', reviewed: '辅导员已阅', returned: '被退回，请修改' } as const

export function ReporterPanel({ wb, skewMs }: { wb: ReporterWorkbench; skewMs: number }) {
  const url = (path: string) => rolePageUrl(wb.role, path)
  const rep = wb.report
  const overdue = rep?.status === 'missing' && new Date(rep.due).getTime() < Date.now() + skewMs
  return (
    <View>
      {wb.vacation && <VacationCard vacation={wb.vacation} />}
      {wb.week?.off && <Todo icon='calendar' title={`第${wb.week.week}周是假期周`} desc='本周不需要交周报' tone='done' />}
      {rep && (
        <Todo
          icon='report'
          title={`第${rep.week}周周报：${REPORT_TEXT[rep.status]}`}
          tone={rep.status === 'returned' || overdue ? 'danger' : rep.status === 'missing' ? 'warn' : 'done'}
          desc={rep.status === 'returned' ? `退回意见：${rep.reviewComment ?? ''}` : overdue ? `已过截止时间 ${rep.dueText}，请尽快补交` : `截止 ${rep.dueText}`}
          url={`${url('pages/report/index')}?week=${rep.week}`}
        />
      )}
      {wb.returnedPeerTalks > 0 && (
        <Todo icon='peer' title='朋辈谈心被退回' count={wb.returnedPeerTalks} tone='danger' desc='按辅导员意见修改后重新提交' url={url('pages/peer-talks/index')} />
      )}
      {wb.returnedRollCalls > 0 && (
        <Todo icon='checklist' title='晚点名被退回' count={wb.returnedRollCalls} tone='danger' url={url('pages/rollcall/index')} />
      )}
    </View>
  )
}

export function CenterPanel({ wb }: { wb: CenterWorkbench }) {
  const url = (path: string) => rolePageUrl('center', path)
  const names = wb.stationsMissing.slice(0, 3).map((s) => s.name).join('、') + (wb.stationsMissing.length > 3 ? ` 等 ${wb.stationsMissing.length} 个` : '')
  return (
    <View>
      <Todo
        icon='chart'
        title={`${monthText(wb.month)}月报未提交 ${wb.stationsMissing.length}/${wb.stationsTotal} 站`}
        count={wb.stationsMissing.length}
        tone={wb.stationsMissing.length ? 'warn' : 'done'}
        desc={wb.stationsMissing.length ? names : '各站均已提交'}
        url={`${url('pages/monthly/index')}?month=${wb.month}`}
      />
      <Todo
        icon='share'
        title='转介个案待反馈'
        count={wb.referralsAwaitingFeedback}
        tone={wb.referralsAwaitingFeedback ? 'warn' : 'done'}
        url={url('pages/referrals/index')}
      />
    </View>
  )
}
