/**
 * 考核表版本：中心按学年调整分值、等级线与参数（不改代码），校验后得到该学年的版本。
 * 版本是纯数据：手册提交时连同版本一起冻结，之后的调整只影响尚未评分的学年。
 */
import { AssessmentOverrideSchema, GRADES, type AssessmentOverride, type AssessmentTableVersion, type GradeBand } from '../../types/assessment'
import { DEFAULT_TABLE } from './table'

export interface TableIssue {
  /** 出错的位置，如 'items.crisis'、'bands' */
  path: string
  message: string
}

export type OverrideResult = { ok: true; version: AssessmentTableVersion } | { ok: false; issues: TableIssue[] }

const TOTAL = 100
/** 分值以 0.5 分为最小单位，比较时避免浮点误差 */
const same = (a: number, b: number): boolean => Math.abs(a - b) < 1e-9
const fmt = (n: number): string => String(Math.round(n * 100) / 100)

/** 一张表是否自洽：细则之和 = 要点分值，要点之和 = 指标分值，总分 100，等级线自高到低 */
export function validateTable(table: AssessmentTableVersion): TableIssue[] {
  const issues: TableIssue[] = []
  for (const item of table.items) {
    const sum = item.points.reduce((s, p) => s + p.max, 0)
    if (!same(sum, item.max)) {
      issues.push({ path: `items.${item.id}`, message: `“${item.name}”各条细则分值之和为 ${fmt(sum)}，应等于该项分值 ${fmt(item.max)}` })
    }
    for (const p of item.points) {
      if (p.max < 0) issues.push({ path: `points.${p.id}`, message: `细则 ${p.id} 的分值不能为负` })
    }
  }
  for (const g of table.groups) {
    const sum = table.items.filter((i) => i.groupId === g.id).reduce((s, i) => s + i.max, 0)
    if (!same(sum, g.max)) issues.push({ path: `groups.${g.id}`, message: `“${g.name}”各项之和为 ${fmt(sum)}，应等于 ${fmt(g.max)}` })
  }
  const total = table.items.reduce((s, i) => s + i.max, 0)
  if (!same(total, TOTAL)) issues.push({ path: 'total', message: `各项分值之和为 ${fmt(total)}，总分应为 ${TOTAL}` })
  issues.push(...validateBands(table.bands))
  return issues
}

function validateBands(bands: GradeBand[]): TableIssue[] {
  const order = bands.map((b) => b.grade).join(',')
  if (order !== GRADES.join(',')) return [{ path: 'bands', message: '等级应依次为 优秀、良好、中等、合格、不合格' }]
  const issues: TableIssue[] = []
  for (let i = 1; i < bands.length; i++) {
    if (!(bands[i].min < bands[i - 1].min)) {
      issues.push({ path: `bands.${bands[i].grade}`, message: `“${bands[i].label}”的分数线 ${fmt(bands[i].min)} 应低于“${bands[i - 1].label}”的 ${fmt(bands[i - 1].min)}` })
    }
  }
  if (bands[0].min > TOTAL) issues.push({ path: 'bands.excellent', message: `“${bands[0].label}”的分数线不能高于 ${TOTAL}` })
  if (bands[bands.length - 1].min !== 0) issues.push({ path: 'bands.fail', message: '“不合格”没有下限（应为 0）' })
  return issues
}

/**
 * 把中心的调整应用到一张表上（默认为默认表），得到该学年的版本。
 * 先用 zod 校验调整文档本身，再校验合成后的表；任何一处不合格都不产生版本。
 * 改了某项分值而没有同时改它的细则时，若该项只有一条细则则随之改变，否则报出“细则之和”不符。
 */
export function applyOverride(raw: unknown, base: AssessmentTableVersion = DEFAULT_TABLE): OverrideResult {
  const parsed = AssessmentOverrideSchema.safeParse(raw)
  if (!parsed.success) {
    return { ok: false, issues: parsed.error.issues.map((i) => ({ path: i.path.join('.') || 'override', message: i.message })) }
  }
  const o: AssessmentOverride = parsed.data
  const issues: TableIssue[] = []
  const [y1, y2] = o.schoolYear.split('-').map(Number)
  if (y2 !== y1 + 1) issues.push({ path: 'schoolYear', message: `学年 ${o.schoolYear} 的两个年份应相邻` })

  const itemMax = new Map(o.items?.map((i) => [i.id, i.max]))
  const pointMax = new Map(o.points?.map((p) => [p.id, p.max]))
  const knownPoints = new Set(base.items.flatMap((i) => i.points.map((p) => p.id)))
  for (const id of pointMax.keys()) {
    if (!knownPoints.has(id)) issues.push({ path: `points.${id}`, message: `考核表中没有细则 ${id}` })
  }
  if (new Set(o.items?.map((i) => i.id)).size !== (o.items?.length ?? 0)) issues.push({ path: 'items', message: '同一项不能调整两次' })
  if (pointMax.size !== (o.points?.length ?? 0)) issues.push({ path: 'points', message: '同一条细则不能调整两次' })

  const items = base.items.map((item) => {
    const max = itemMax.get(item.id) ?? item.max
    const single = item.points.length === 1
    const points = item.points.map((p) => ({ ...p, slots: p.slots.map((s) => ({ ...s })), max: pointMax.get(p.id) ?? (single ? max : p.max) }))
    return { ...item, max, points }
  })
  const groups = base.groups.map((g) => ({ ...g, max: items.filter((i) => i.groupId === g.id).reduce((s, i) => s + i.max, 0) }))
  const bandMin = new Map(o.bands?.map((b) => [b.grade, b.min]))
  const bands = base.bands.map((b) => ({ ...b, min: bandMin.get(b.grade) ?? b.min }))
  const version: AssessmentTableVersion = {
    id: o.id,
    schoolYear: o.schoolYear,
    basedOn: base.id,
    groups,
    items,
    bands,
    params: { ...base.params, ...o.params },
  }
  issues.push(...validateTable(version))
  return issues.length ? { ok: false, issues } : { ok: true, version }
}

/**
 * 某学年用哪张表：已冻结的版本优先（手册提交时保存的），否则用中心为该学年发布的调整，否则默认表。
 * 调整不合格时不静默退回默认表，而是抛出（发布调整时应已用 applyOverride 校验过）。
 */
export function tableForYear(
  schoolYear: string,
  opts: { frozen?: AssessmentTableVersion | null; overrides?: unknown[] } = {},
): AssessmentTableVersion {
  if (opts.frozen) return opts.frozen
  const raw = (opts.overrides ?? []).find((o) => (o as { schoolYear?: unknown } | null)?.schoolYear === schoolYear)
  if (!raw) return DEFAULT_TABLE
  const r = applyOverride(raw)
  if (!r.ok) throw new Error(`${schoolYear} 学年的考核表调整不合格：${r.issues.map((i) => i.message).join('；')}`)
  return r.version
}

/** 总分对应的等级（总分 ≥ 等级下限） */
export function gradeOf(total: number, bands: GradeBand[] = DEFAULT_TABLE.bands): GradeBand {
  return bands.find((b) => total >= b.min) ?? bands[bands.length - 1]
}

export const gradeLabelOf = (total: number, bands?: GradeBand[]): string => gradeOf(total, bands).label
