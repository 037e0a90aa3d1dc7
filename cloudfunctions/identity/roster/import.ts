/**
 * roster.template / roster.import（站长）。
 * 导入：名册先经云存储上传（file.prepare → 上传 → 交回文件 id），acceptUpload 检查归属、大小、类型；读出后即从存储删除。
 * 解析 → 校验全部行（任何错误 → ROSTER.INVALID_FILE，未写入任何数据）→ 新建缺少的班级、宿舍 →
 * 按学号新增或更新学生（分批写入）。重复导入同一文件结果为全部“未变化”，不产生重复学生。
 * 写入阶段若中途失败，已写入的部分与文件内容一致，重新导入同一文件即可补齐（按学号幂等）。
 */
import { type RosterImportOutput, type RosterTemplateOutput } from '../../../types/api/identity'
import type { ClassDoc, DormDoc, StudentDoc } from '../../../types/models'
import { COLLECTIONS } from '../../_lib/collections'
import { acceptUpload, discardFile } from '../../_lib/files'
import { defineAction } from '../../_lib/handler'
import { identityContract } from '../../../types/api/identity.contract'
import type { Database } from '../../_lib/sdk'
import { getAll, unwrap } from '../../_lib/dbops'
import { newId } from '../util'
import { ROSTER_COLUMNS, rosterTemplateCsv } from './columns'
import { invalidFile, parseRosterFile } from '../../_lib/roster-file'
import { validateRoster, type RosterRow } from './validate'

const INSERT_BATCH = 100
const PARALLEL = 8

async function inParallel<T>(items: T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0
  const worker = async () => {
    while (next < items.length) await fn(items[next++])
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
}

async function insertBatches(db: Database, collection: string, docs: object[]): Promise<void> {
  const batches: object[][] = []
  for (let i = 0; i < docs.length; i += INSERT_BATCH) batches.push(docs.slice(i, i + INSERT_BATCH))
  await inParallel(batches, PARALLEL, async (b) => {
    unwrap(await db.collection(collection).add(b))
  })
}

type StudentFields = Pick<StudentDoc, 'name' | 'gender' | 'classId' | 'dormId' | 'phone'>

function changedFields(cur: StudentDoc, next: StudentFields, hasPhoneColumn: boolean): Partial<StudentFields> | null {
  const diff: Partial<StudentFields> = {}
  if (cur.name !== next.name) diff.name = next.name
  if (cur.gender !== next.gender) diff.gender = next.gender
  if (cur.classId !== next.classId) diff.classId = next.classId
  if (cur.dormId !== next.dormId) diff.dormId = next.dormId
  if (hasPhoneColumn && (cur.phone ?? '') !== (next.phone ?? '')) diff.phone = next.phone ?? ''
  return Object.keys(diff).length ? diff : null
}

export interface ImportCounts extends Omit<RosterImportOutput, 'ms'> {
  changedIds: string[]
}

/** 写入已校验的名册（seed 与导入共用） */
export async function writeRoster(db: Database, stationId: string, rows: RosterRow[], hasPhoneColumn: boolean, now: Date, existing: {
  classes: ClassDoc[]
  dorms: DormDoc[]
  students: StudentDoc[]
}): Promise<ImportCounts> {
  const classByName = new Map(existing.classes.map((c) => [c.name, c]))
  const dormByName = new Map(existing.dorms.map((d) => [d.name, d]))
  const newClasses: ClassDoc[] = []
  const newDorms: DormDoc[] = []
  for (const r of rows) {
    if (!classByName.has(r.className)) {
      const c: ClassDoc = { _id: newId(), stationId, grade: r.grade, name: r.className }
      classByName.set(c.name, c)
      newClasses.push(c)
    }
    const dormName = `${r.building}${r.room}`
    if (!dormByName.has(dormName)) {
      const d: DormDoc = { _id: newId(), stationId, building: r.building, room: r.room, name: dormName }
      dormByName.set(d.name, d)
      newDorms.push(d)
    }
  }
  const studentByNo = new Map(existing.students.map((s) => [s.studentNo, s]))
  const toInsert: StudentDoc[] = []
  const toUpdate: Array<{ id: string; diff: Partial<StudentFields> }> = []
  let unchanged = 0
  for (const r of rows) {
    const next: StudentFields = {
      name: r.name,
      gender: r.gender,
      classId: classByName.get(r.className)!._id,
      dormId: dormByName.get(`${r.building}${r.room}`)!._id,
      ...(r.phone ? { phone: r.phone } : {}),
    }
    const cur = studentByNo.get(r.studentNo)
    if (!cur) toInsert.push({ _id: newId(), stationId, studentNo: r.studentNo, ...next, updatedAt: now })
    else {
      const diff = changedFields(cur, next, hasPhoneColumn)
      if (diff) toUpdate.push({ id: cur._id, diff })
      else unchanged++
    }
  }
  await Promise.all([insertBatches(db, COLLECTIONS.classes, newClasses), insertBatches(db, COLLECTIONS.dorms, newDorms)])
  await insertBatches(db, COLLECTIONS.students, toInsert)
  const remove = db.command.remove()
  await inParallel(toUpdate, PARALLEL * 2, async ({ id, diff }) => {
    const data: Record<string, unknown> = { ...diff, updatedAt: now }
    if (diff.phone === '') data.phone = remove
    unwrap(await db.collection(COLLECTIONS.students).doc(id).update(data))
  })
  return {
    added: toInsert.length,
    updated: toUpdate.length,
    unchanged,
    classesAdded: newClasses.length,
    dormsAdded: newDorms.length,
    changedIds: [...toInsert.map((s) => s._id), ...toUpdate.map((u) => u.id)],
  }
}

export const rosterTemplate = defineAction(identityContract['roster.template'], async (): Promise<RosterTemplateOutput> => ({ filename: '心桥名册模板.csv', csv: rosterTemplateCsv(), columns: ROSTER_COLUMNS }))

export const rosterImport = defineAction(identityContract['roster.import'], async ({ db, caller, now, audit }, input): Promise<RosterImportOutput> => {
    const started = Date.now()
    const stationId = caller.stationId!
    const { file, content } = await acceptUpload({ db, caller, now, audit }, 'roster', input.fileID)
    // 名册含学生个人信息：读进来后就从存储删除，无论导入成败（失败时按提示改好再传一次）
    await discardFile(db, file)
    const table = await parseRosterFile(file.filename, content)
    const [classes, dorms, students] = await Promise.all([
      getAll<ClassDoc>(db, COLLECTIONS.classes, { stationId }),
      getAll<DormDoc>(db, COLLECTIONS.dorms, { stationId }),
      getAll<StudentDoc>(db, COLLECTIONS.students, { stationId }),
    ])
    const checked = validateRoster(table, new Map(classes.map((c) => [c.name, c.grade])))
    if (!checked.ok) throw invalidFile(checked.errors)
    const { changedIds, ...counts } = await writeRoster(db, stationId, checked.value.rows, checked.value.hasPhoneColumn, now, {
      classes, dorms, students,
    })
    // 名册变更写审计：每条最多 500 个目标，分条记录全部变更的学生
    await audit('identity.roster.import', [stationId])
    for (let i = 0; i < changedIds.length; i += 500) await audit('identity.roster.import', changedIds.slice(i, i + 500))
    return { ...counts, ms: Date.now() - started }
  })
