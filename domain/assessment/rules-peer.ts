/**
 * 队伍建设①②与朋辈辅导①–③：人员资质与培训学时、交接、三级网络、缺任天数、骨干培训、朋辈谈心。
 * 扣分额与门槛见 docs/assessment.md。
 */
import type { UnitCoverage } from '../../types/models-assessment'
import { CADRE_LABELS, gradeText } from './measures'
import { deduct, note, termLabel, type PointRule } from './reasons'

/** 队伍建设①：无人有咨询资质 −2；站长无培训 −1；其他人员有人无培训 −1；有人离任未交接 −1 */
const NO_QUALIFIED = 2
const HEAD_UNTRAINED = 1
const STAFF_UNTRAINED = 1
const HANDOVER_MISSING = 1
/** 队伍建设②：无院级学生心理组织材料 −1；目前有班级无心理委员 −1；目前有宿舍无观察员 −1 */
const NETWORK_PART = 1
/** 朋辈辅导①：有班级缺心理委员超过宽限天数 −1.5；宿舍同 */
const COVERAGE_PART = 1.5
/** 朋辈辅导②：某学期某年级某角色未培训 −2 */
const TRAINING_CELL = 2
/** 朋辈辅导③：某学期已确认的朋辈谈心不足 −1.5 */
const PEER_TALKS_PER_TERM = 1.5

const names = (xs: Array<{ name: string }>, n = 3): string => xs.slice(0, n).map((x) => x.name).join('、') + (xs.length > n ? ` 等 ${xs.length} 人` : '')

function longest(units: UnitCoverage[]): UnitCoverage {
  return units.reduce((a, b) => (b.uncoveredDays > a.uncoveredDays ? b : a))
}

export const PEER_TEAM_RULES: Record<string, PointRule> = {
  'team.1': (ind) => {
    const out = []
    const qualified = ind.staff.filter((s) => s.qualification)
    out.push(qualified.length ? note(`${qualified.length} 名站内人员有心理咨询资质或相关证书`) : deduct('站内人员均未登记心理咨询资质或相关证书', NO_QUALIFIED))
    const head = ind.staff.find((s) => s.role === 'head')
    if (!head) out.push(deduct('站内人员登记中没有站长', HEAD_UNTRAINED))
    else if (!head.hours) out.push(deduct('站长本学年未参加专业培训', HEAD_UNTRAINED))
    else out.push(note(`站长本学年培训 ${head.hours} 学时`))
    const untrained = ind.staff.filter((s) => s.role !== 'head' && !s.hours)
    if (untrained.length) out.push(deduct(`${untrained.length} 名站内人员本学年无培训学时：${names(untrained)}`, STAFF_UNTRAINED))
    const h = ind.handovers
    if (h.missing.length) out.push(deduct(`${h.missing.length} 人离任未办理交接：${names(h.missing)}`, HANDOVER_MISSING))
    else if (h.ended) out.push(note(`本学年离任 ${h.ended} 人，均已办理交接`))
    return out
  },

  'team.2': (ind, point) => {
    const out = []
    for (const s of point.slots) {
      if (!ind.documents[s.key]?.hasEvidence) out.push(deduct(`尚无“${s.label}”材料`, NETWORK_PART))
    }
    const classes = ind.coverage.classes.filter((c) => c.vacantNow)
    const dorms = ind.coverage.dorms.filter((d) => d.vacantNow)
    out.push(classes.length ? deduct(`目前 ${classes.length} 个班级没有心理委员`, NETWORK_PART) : note(`${ind.coverage.classes.length} 个班级均有心理委员`))
    out.push(dorms.length ? deduct(`目前 ${dorms.length} 间宿舍没有宿舍心理观察员`, NETWORK_PART) : note(`${ind.coverage.dorms.length} 间宿舍均有宿舍心理观察员`))
    return out
  },

  'peer.1': (ind, _p, table) => {
    const grace = table.params.coverageGraceDays
    const part = (units: UnitCoverage[], unit: string, role: string) => {
      const over = units.filter((u) => u.uncoveredDays > grace)
      if (!over.length) return note(`各${unit}缺${role}均未超过 ${grace} 天`)
      const worst = longest(over)
      return deduct(`${over.length} 个${unit}缺${role}超过 ${grace} 天（最长：${worst.name} ${worst.uncoveredDays} 天）`, COVERAGE_PART)
    }
    return [part(ind.coverage.classes, '班级', '心理委员'), part(ind.coverage.dorms, '宿舍', '宿舍心理观察员')]
  },

  'peer.2': (ind) => {
    const terms = new Map(ind.terms.map((t) => [t.id, t]))
    const gaps = ind.training.cells.filter((c) => !c.sessions)
    if (!ind.training.cells.length) return [note('尚无已开始的学期或没有班级')]
    if (!gaps.length) return [note(`各学期各年级的心理委员、宿舍心理观察员均已培训（${ind.training.cells.length} 项）`)]
    return gaps.map((c) => deduct(`${termLabel(terms.get(c.termId)!)} ${gradeText(c.grade)}未开展${CADRE_LABELS[c.role]}培训`, TRAINING_CELL))
  },

  'peer.3': (ind, _p, table) => {
    const min = table.params.minPeerTalksPerTerm
    return ind.terms
      .filter((t) => t.started)
      .map((t) => {
        const s = ind.perTerm.find((p) => p.termId === t.id)!
        if (s.peerTalksConfirmed >= min) return note(`${termLabel(t)}已确认的朋辈谈心 ${s.peerTalksConfirmed} 条`)
        const text = s.peerTalksConfirmed ? `${termLabel(t)}已确认的朋辈谈心 ${s.peerTalksConfirmed} 条，少于 ${min} 条` : `${termLabel(t)}无已确认的朋辈谈心记录`
        return deduct(s.peerTalksPending ? `${text}（另有 ${s.peerTalksPending} 条待确认）` : text, PEER_TALKS_PER_TERM)
      })
  },
}
