/**
 * 重点关注学生库：入库、列表（按等级/状态，推导最近联系与逾期）、详情（历史与时间线）。
 * 辅导员以“危机”入库：条目先以“重点关注”建立并提交站长审批；站长入库无需审批。
 */
import {
  type KeyCareAddResult, type KeyCareDetail, type KeyCareSummary,
} from '../../types/api/counseling'
import { KEYCARE_STATUSES, LEVELS } from '../../types/domain'
import type { PersonDoc } from '../../types/models'
import type { ApprovalDoc, KeyCareDoc } from '../../types/models-counseling'
import { isCenterEntry, loadStudentInScope, scopeFilter, studentInScope, type Caller } from '../_lib/access'
import { COLLECTIONS } from '../_lib/collections'
import { AppError, invalidField, notFound } from '../_lib/errors'
import { defineAction } from '../_lib/handler'
import { counselingContract } from '../../types/api/counseling.contract'
import { skipOf } from '../../types/api/paging'
import type { Database } from '../_lib/sdk'
import { counselorsFor } from '../_lib/responsible'
import { talkFactsOf } from '../_lib/followups'
import { fetchAll, getById } from '../_lib/dbops'
import { iso, isoOpt, loadPeople, newId } from '../_lib/docs'
import { shanghaiDate } from '../../domain/calendar'
import { runTx, txCheck, txGet } from '../_lib/dbops'
import { hist } from '../_lib/keycare/entry'
import { listItems, listItemsFrom, readEntryCase, sortItems, type EntryCase } from './keycare-views'
import { buildTimeline, timelineSources, type TimelineSources } from './timeline'

/** 负责辅导员：辅导员本人；站长添加时取该生的负责辅导员（没有则为站长本人） */
async function responsibleFor(db: Database, caller: Caller, s: { stationId: string; classId: string; dormId: string }, now: Date) {
  if (caller.role === 'counselor') return { id: caller.person._id, name: caller.person.name }
  const ids = await counselorsFor(db, s.stationId, s.classId, s.dormId, now)
  const p = ids[0] ? await getById<PersonDoc>(db, COLLECTIONS.people, ids[0]) : null
  return p ? { id: p._id, name: p.name } : { id: caller.person._id, name: caller.person.name }
}

const alreadyActive = (keyCareId: string) => new AppError('KEYCARE.ALREADY_ACTIVE', undefined, { details: { keyCareId } })

/**
 * 入库条目的确定性 _id：'kc_<学生 id>_<该生第几条>'。并发的两次入库读到同一组已有条目，
 * 算出同一个 _id，数据库只接受其中一次插入，所以同一学生不会有两条在库。
 */
export const entryIdFor = (studentId: string, existingCount: number): string => `kc_${studentId}_${existingCount + 1}`

export const keycareAdd = defineAction(counselingContract['keycare.add'], async ({ db, caller, now }, input) => {
    const student = await loadStudentInScope(db, caller, input.studentId)
    const today = shanghaiDate(now)
    if (input.nextFollowUp < today) throw invalidField('nextFollowUp', '下次跟进日期不能早于今天')
    // 该生的全部条目（任何状态）：有在库的即拒绝；否则新条目的 _id 由已有条数决定（见 entryIdFor）
    const existing = await fetchAll<Pick<KeyCareDoc, '_id' | 'status'>>(
      db.collection(COLLECTIONS.keyCare).where({ studentId: student._id }).field({ _id: true, status: true }) as never,
      1000,
    )
    const open = existing.find((e) => e.status !== 'closed')
    if (open) throw alreadyActive(open._id)
    const owner = await responsibleFor(db, caller, student, now)
    const needsApproval = input.level === 'crisis' && caller.role !== 'head'
    const id = entryIdFor(student._id, existing.length)
    const level = needsApproval ? 'key' : input.level
    const approvalId = needsApproval ? newId('ap') : null
    const entry: KeyCareDoc = {
      _id: id,
      stationId: student.stationId,
      studentId: student._id,
      studentName: student.name,
      classId: student.classId,
      dormId: student.dormId,
      level,
      categories: [...new Set(input.categories)],
      enteredAt: today,
      source: input.source,
      ...(input.sourceRef ? { sourceRef: input.sourceRef } : {}),
      counselorId: owner.id,
      counselorName: owner.name,
      nextFollowUp: input.nextFollowUp,
      status: 'active',
      ...(approvalId ? { pendingApprovalId: approvalId } : {}),
      history: [
        hist(caller.person._id, 'enter', now, undefined, level),
        ...(approvalId ? [hist(caller.person._id, 'approval_requested', now, undefined, 'enter_crisis')] : []),
      ],
      centerFeedback: [],
      createdAt: now,
      updatedAt: now,
    }
    const approval: ApprovalDoc | null = approvalId
      ? {
          _id: approvalId,
          stationId: student.stationId,
          keyCareId: id,
          studentId: student._id,
          studentName: student.name,
          kind: 'enter_crisis',
          requestedBy: caller.person._id,
          requestedByName: caller.person.name,
          payload: { kind: 'enter_crisis', from: 'key', to: 'crisis' },
          status: 'pending',
          createdAt: now,
        }
      : null
    try {
      await runTx(db, async (tx) => {
        // 同一 _id 已被并发的另一次入库写入：整体回滚（审批申请也不留）
        if (await txGet<KeyCareDoc>(tx, COLLECTIONS.keyCare, id)) throw alreadyActive(id)
        await txCheck(await tx.collection(COLLECTIONS.keyCare).add(entry))
        if (approval) await txCheck(await tx.collection(COLLECTIONS.approvals).add(approval))
      })
    } catch (err) {
      if (err instanceof AppError) throw err
      // 插入撞上同一 _id（并发入库）：答复已在库；真正的数据库错误原样抛出
      if (await getById<KeyCareDoc>(db, COLLECTIONS.keyCare, id)) throw alreadyActive(id)
      throw err
    }
    const [item] = await listItems(db, [entry], now)
    const result: KeyCareAddResult = { entry: item, approvalId }
    return result
  })

export const keycareList = defineAction(counselingContract['keycare.list'], async ({ db, caller, now, audit }, input) => {
    const scope = scopeFilter(caller)!
    const all = await fetchAll<KeyCareDoc>(db.collection(COLLECTIONS.keyCare).where(scope) as never, 5000)
    // 逾期与下次跟进按条目与谈话推导（domain/followup.ts），所以汇总与筛选都在列表项上做
    const every = await listItems(db, all, now)
    const summary = {
      // 等级计数只数所看的状态（默认关注中），不把已转介的危机算进“关注中”的危机
      byLevel: Object.fromEntries(LEVELS.map((l) => [l, every.filter((e) => e.status === (input.status ?? 'active') && e.level === l).length])) as KeyCareSummary['byLevel'],
      byStatus: Object.fromEntries(KEYCARE_STATUSES.map((s) => [s, every.filter((e) => e.status === s).length])) as KeyCareSummary['byStatus'],
      overdue: every.filter((e) => e.overdue).length,
      pendingApprovals: all.filter((e) => e.pendingApprovalId).length,
    }
    const items = sortItems(every.filter(
      (e) =>
        (!input.level || e.level === input.level) &&
        (!input.status || e.status === input.status) &&
        (!input.overdueOnly || e.overdue) &&
        (!input.studentId || e.studentId === input.studentId),
    ))
    const skip = skipOf(input)
    const page = items.slice(skip, skip + input.pageSize)
    await audit('counseling.keycare.list', page.flatMap((i) => [i.id, i.studentId]))
    return { items: page, total: items.length, page: input.page, pageSize: input.pageSize, summary }
  })

/**
 * 详情：列表项 + 历史（含操作人姓名）+ 中心反馈 + 学生时间线。
 * c 由 readEntryCase 读出；另读操作人姓名（1 个请求）与时间线来源（4 个请求），返回时间线来源供调用方复用。
 */
export async function entryDetail(db: Database, caller: Caller, c: EntryCase, now: Date): Promise<{ detail: KeyCareDetail; sources: TimelineSources }> {
  const e = c.entry
  const [people, src] = await Promise.all([
    loadPeople(db, e.history.map((h) => h.by)),
    timelineSources(db, e.stationId, e.studentId, c.siblings),
  ])
  const [item] = listItemsFrom([e], {
    classes: new Map(c.cls ? [[c.cls._id, c.cls]] : []),
    talks: talkFactsOf(src.talks),
    approvals: new Map(c.approval ? [[c.approval._id, c.approval]] : []),
  }, now)
  const timeline = c.student ? buildTimeline(caller, e.studentId, src, c.siblings.some(isCenterEntry)) : []
  const detail: KeyCareDetail = {
    ...item,
    ...(e.sourceRef ? { sourceRef: e.sourceRef } : {}),
    ...(e.closeReason ? { closeReason: e.closeReason } : {}),
    ...(e.closedAt ? { closedAt: isoOpt(e.closedAt) } : {}),
    history: e.history.map((h) => ({
      at: iso(h.at),
      byName: people.get(h.by)?.name ?? '',
      change: h.change,
      ...(h.from !== undefined ? { from: h.from } : {}),
      ...(h.to !== undefined ? { to: h.to } : {}),
    })),
    centerFeedback: (e.centerFeedback ?? []).map((f) => ({ at: iso(f.at), byName: f.byName, text: f.text })),
    timeline,
  }
  return { detail, sources: src }
}

export const keycareGet = defineAction(counselingContract['keycare.get'], async ({ db, caller, now, audit }, input) => {
    const c = await readEntryCase(db, input.id)
    if (!c || !studentInScope(caller, c.entry)) throw notFound()
    await audit('counseling.keycare.get', [c.entry._id, c.entry.studentId])
    return (await entryDetail(db, caller, c, now)).detail
  })

