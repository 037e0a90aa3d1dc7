/**
 * 普测参测名单文件：与名册同一解析（_lib/roster-file.ts：CSV UTF-8/GBK 或 XLSX），整份校验、逐行报错。
 * 列：学号（必填）、姓名（可选，仅供核对）、结果等级（可选）。不认识的列、缺学号列、名册里没有的学号、
 * 不在目标年级的学生、重复的学号：任何一处错误整份拒绝（SCREENING.INVALID_FILE，details.errors 逐行列出）。
 */
import type { ScreeningRowError } from '../../types/api/station'
import type { StudentDoc } from '../../types/models'
import { parseRosterFile } from '../_lib/roster-file'
import { AppError } from '../_lib/errors'

export const SCREENING_COLUMNS = { studentNo: '学号', name: '姓名', tier: '结果等级' } as const
const MAX_ERRORS = 200

export interface ScreeningRow {
  row: number
  student: StudentDoc
  tier?: string
}

export const invalidList = (errors: ScreeningRowError[]): AppError =>
  new AppError('SCREENING.INVALID_FILE', undefined, { details: { errors: errors.slice(0, MAX_ERRORS), total: errors.length } })

/** 读出二维表（解析错误改用本功能的错误码，行号与原因不变） */
export async function readScreeningTable(filename: string, buf: Buffer): Promise<string[][]> {
  try {
    return await parseRosterFile(filename, buf)
  } catch (err) {
    if (err instanceof AppError && err.code === 'ROSTER.INVALID_FILE') {
      throw invalidList(((err.details as { errors?: ScreeningRowError[] } | undefined)?.errors ?? []).map((e) => ({ ...e, reason: e.reason.replace('名册', '名单') })))
    }
    throw err
  }
}

/**
 * 校验整张表。roster：站内全部学生（按学号）；gradeOf：学生的年级；targetGrades：本轮目标年级。
 */
export function validateScreeningTable(
  table: string[][], roster: Map<string, StudentDoc>, gradeOf: (s: StudentDoc) => string, targetGrades: string[],
): ScreeningRow[] {
  const errors: ScreeningRowError[] = []
  const header = (table[0] ?? []).map((h) => h.trim())
  const known = Object.values(SCREENING_COLUMNS) as string[]
  header.forEach((h, i) => {
    if (h && !known.includes(h)) errors.push({ row: 1, column: h, reason: `不认识的列“${h}”（第 ${i + 1} 列），只能有：学号、姓名、结果等级` })
  })
  const col = (name: string) => header.indexOf(name)
  const noCol = col(SCREENING_COLUMNS.studentNo)
  if (noCol < 0) errors.push({ row: 1, column: SCREENING_COLUMNS.studentNo, reason: '缺少“学号”列' })
  for (const name of known) {
    if (header.filter((h) => h === name).length > 1) errors.push({ row: 1, column: name, reason: `“${name}”列重复` })
  }
  if (errors.length) throw invalidList(errors)
  const nameCol = col(SCREENING_COLUMNS.name)
  const tierCol = col(SCREENING_COLUMNS.tier)
  const seen = new Map<string, number>()
  const rows: ScreeningRow[] = []
  table.slice(1).forEach((cells, i) => {
    const row = i + 2
    if (cells.every((c) => !c?.trim())) return
    const no = (cells[noCol] ?? '').trim()
    if (!no) return void errors.push({ row, column: '学号', reason: '学号为空' })
    const first = seen.get(no)
    if (first) return void errors.push({ row, column: '学号', reason: `学号 ${no} 与第 ${first} 行重复` })
    seen.set(no, row)
    const student = roster.get(no)
    if (!student) return void errors.push({ row, column: '学号', reason: `名册中没有学号 ${no}` })
    if (!targetGrades.includes(gradeOf(student))) {
      return void errors.push({ row, column: '学号', reason: `${student.name}（${no}）属于${gradeOf(student) || '未知年级'}，不在本轮目标年级` })
    }
    const name = nameCol >= 0 ? (cells[nameCol] ?? '').trim() : ''
    if (name && name.replace(/\s/g, '') !== student.name.replace(/\s/g, '')) {
      return void errors.push({ row, column: '姓名', reason: `学号 ${no} 在名册中是“${student.name}”，不是“${name}”` })
    }
    const tier = tierCol >= 0 ? (cells[tierCol] ?? '').trim() : ''
    if (tier.length > 20) return void errors.push({ row, column: '结果等级', reason: '结果等级不能超过 20 个字' })
    rows.push({ row, student, ...(tier ? { tier } : {}) })
  })
  if (errors.length) throw invalidList(errors)
  if (rows.length === 0) throw invalidList([{ row: 0, column: '', reason: '名单中没有任何学生' }])
  return rows
}
