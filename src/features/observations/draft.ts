/**
 * 周报草稿：按 任职+学期+周次+单位 存在手机本地（session/drafts），关掉小程序或断网都不丢，任职结束时一并抹掉；
 * 提交尝试的幂等键也存在草稿里：内容没变的重试复用同一个键，服务端只会记一次。
 */
// 客户端唯一在运行时用 zod 校验的地方：先让 zod 免代码生成（见 config/zod.ts）。放在这里而不是应用入口，
// zod 就只进用得到它的分包，不占主包（主包 400 KB 预算）
import '../../config/zod'
import { currentAssignment } from '../../shared/session/store'
import { loadDeviceDraft, removeDeviceDraft, saveDeviceDraft } from '../../shared/session/drafts'
import type { ConcernCategory, Level, ReportKind } from '../../../types/domain'
import { submitReportSchema, type SubmitReportInput } from '../../../types/api/observations'
import type { ReportView } from '../../services/api/observations'

export interface ConcernDraft {
  /** 列表渲染用的本地 key */
  key: string
  studentId: string
  studentName: string
  categories: ConcernCategory[]
  level: Level | null
  description: string
  measures: string
  needsTalk: boolean
}

export interface ReportDraft {
  /** 本周有无需要关注的情况：null = 尚未回答 */
  hasConcern: boolean | null
  overall: string
  majorEvents: string
  concerns: ConcernDraft[]
  /** 上一次未成功的提交尝试 */
  pending?: { key: string; hash: string }
  savedAt: number
}

export interface DraftScope {
  termId: string
  week: number
  kind: ReportKind
  unitId: string
}

export const emptyDraft = (): ReportDraft => ({ hasConcern: null, overall: '', majorEvents: '', concerns: [], savedAt: 0 })

export const emptyConcern = (): ConcernDraft => ({
  key: randomKey(), studentId: '', studentName: '', categories: [], level: null, description: '', measures: '', needsTalk: false,
})

/** 随机键（幂等键与本地 key 共用；满足服务端 [A-Za-z0-9_-]{8,64}） */
export function randomKey(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}${Math.random().toString(36).slice(2, 6)}`
}

const draftName = (s: DraftScope) => `obs.report.${s.termId}.${s.week}.${s.kind}.${s.unitId}`
const assignmentId = () => currentAssignment()?._id

/** 读取草稿（没有或已损坏为 null） */
export function loadDraft(scope: DraftScope): ReportDraft | null {
  const raw = loadDeviceDraft<ReportDraft>(assignmentId(), draftName(scope))?.value
  return raw && typeof raw === 'object' && Array.isArray(raw.concerns) ? raw : null
}

/** 保存草稿 */
export function saveDraft(scope: DraftScope, draft: ReportDraft): void {
  saveDeviceDraft(assignmentId(), draftName(scope), { ...draft, savedAt: Date.now() })
}

/** 提交成功后清除草稿 */
export function clearDraft(scope: DraftScope): void {
  removeDeviceDraft(assignmentId(), draftName(scope))
}

/** 由已提交（或被退回）的周报生成草稿，用于修改 */
export function draftFromReport(r: ReportView): ReportDraft {
  return {
    hasConcern: r.hasConcern,
    overall: r.overall,
    majorEvents: r.majorEvents,
    concerns: r.concerns.map((c) => ({
      key: c.id, studentId: c.studentId, studentName: c.studentName, categories: [...c.categories], level: c.level,
      description: c.description, measures: c.measures, needsTalk: c.needsTalk,
    })),
    savedAt: 0,
  }
}

/** 草稿 → 提交内容（零报告只带必要字段） */
export function toPayload(draft: ReportDraft, scope: DraftScope, idempotencyKey: string): SubmitReportInput {
  const base = { week: scope.week, kind: scope.kind, unitId: scope.unitId, idempotencyKey }
  if (!draft.hasConcern) return { ...base, hasConcern: false }
  return {
    ...base,
    hasConcern: true,
    overall: draft.overall.trim(),
    majorEvents: draft.majorEvents.trim(),
    concerns: draft.concerns.map((c) => ({
      studentId: c.studentId,
      categories: c.categories,
      level: (c.level ?? '') as Level,
      description: c.description.trim(),
      measures: c.measures.trim(),
      needsTalk: c.needsTalk,
    })),
  }
}

function hashOf(p: SubmitReportInput): string {
  const { idempotencyKey: _ignored, ...content } = p
  return JSON.stringify(content)
}

/**
 * 本次提交尝试的幂等键：内容与上次未成功的尝试相同 → 复用（重试）；否则新生成。
 * 返回带键的提交内容和应写回草稿的 pending。
 */
export function prepareAttempt(draft: ReportDraft, scope: DraftScope): { payload: SubmitReportInput; pending: { key: string; hash: string } } {
  const hash = hashOf(toPayload(draft, scope, 'x'))
  const key = draft.pending && draft.pending.hash === hash ? draft.pending.key : randomKey()
  return { payload: toPayload(draft, scope, key), pending: { key, hash } }
}

/** 客户端预校验（与服务端同一个 schema）：字段路径 → 中文错误 */
export function validatePayload(p: SubmitReportInput): Record<string, string> {
  const r = submitReportSchema.safeParse(p)
  if (r.success) return {}
  const out: Record<string, string> = {}
  for (const i of r.error.issues) {
    const path = i.path.map(String).join('.')
    if (!(path in out)) out[path] = messageOf(i, path)
  }
  return out
}

function messageOf(i: { code: string; message: string; maximum?: unknown }, path: string): string {
  if (i.code === 'custom') return i.message
  if (i.code === 'too_big') return `不能超过 ${String(i.maximum)} 字`
  if (path.endsWith('studentId')) return '请选择学生'
  if (path.endsWith('level')) return '请选择关注等级'
  if (path.endsWith('categories')) return '请至少选择一个关注类别'
  if (path.endsWith('description')) return '请填写情况描述'
  return '请填写此项'
}
