/**
 * 考核手册的指标一览：每个数字一键打开它所依据的记录页（页面键见 src/shared/assessment/targets.ts）。
 */
import { View } from '@tarojs/components'
import type { EvidenceTarget } from '../../../types/assessment'
import type { DueStatus, Indicators } from '../../../types/models-assessment'
import { Cell } from '../../components'
import { openPage } from '../../shared/navigation/navigate'
import { evidenceUrl } from '../../shared/assessment/targets'

interface Figure {
  key: string
  label: string
  value: string
  page: EvidenceTarget
}

const DUE: Record<DueStatus['status'], string> = { on_time: '按时提交', late: '迟交', missing: '未提交', open: '未到截止' }
const share = (n: number, d: number) => (d ? `${n}/${d}` : '—')

function figures(ind: Indicators): Figure[] {
  const sum = (f: (t: Indicators['perTerm'][number]) => number) => ind.perTerm.reduce((s, t) => s + f(t), 0)
  const closed = ind.monthly.months.filter((m) => m.status !== 'open')
  const cells = ind.training.cells.filter((c) => c.sessions > 0).length
  return [
    ...ind.screening.map((r) => ({ key: `screening-${r.id}`, label: `${r.name} 参测`, value: share(r.participated, r.eligible), page: 'screening' as const })),
    { key: 'monthly', label: '月报按时', value: share(closed.filter((m) => m.status === 'on_time').length, closed.length), page: 'monthly' },
    { key: 'alerts', label: '即时报告时限内处置', value: share(ind.alerts.withinLimit, ind.alerts.decided), page: 'alerts' },
    { key: 'followUps', label: '重点关注按时随访', value: share(ind.followUps.onTime, ind.followUps.due), page: 'keycare' },
    { key: 'classes', label: '班级现无心理委员', value: String(ind.coverage.classes.filter((u) => u.vacantNow).length), page: 'invites' },
    { key: 'dorms', label: '宿舍现无观察员', value: String(ind.coverage.dorms.filter((u) => u.vacantNow).length), page: 'invites' },
    { key: 'training', label: '已培训（学期 × 年级 × 角色）', value: share(cells, ind.training.cells.length), page: 'trainings' },
    { key: 'activities', label: '主题活动（已开展）', value: String(sum((t) => t.theme.held)), page: 'activities' },
    { key: 'talks', label: '谈心谈话记录', value: String(sum((t) => t.talks)), page: 'talks' },
    { key: 'peerTalks', label: '朋辈谈话（已确认）', value: String(sum((t) => t.peerTalksConfirmed)), page: 'peer_talks' },
    { key: 'staff', label: '工作队伍', value: `${ind.staff.length} 人`, page: 'staff' },
    { key: 'plan', label: '年度工作计划', value: DUE[ind.plan.status], page: 'plan' },
    { key: 'summary', label: '年度工作总结', value: DUE[ind.summary.status], page: 'summary' },
    { key: 'handovers', label: '离任交接已记录', value: share(ind.handovers.recorded, ind.handovers.ended), page: 'handover' },
  ]
}

export function IndicatorList({ indicators }: { indicators: Indicators }) {
  return (
    <View>
      {figures(indicators).map((f) => (
        <Cell key={f.key} title={f.label} value={f.value} onClick={() => openPage(evidenceUrl({ page: f.page }))} />
      ))}
    </View>
  )
}
