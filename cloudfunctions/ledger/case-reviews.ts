/**
 * 研判会：日期、参会人、研判的重点关注学生与每人的结论（维持 / 调整等级 / 转介 / 解除）。
 * 结论经重点关注库的同一套规则生效（_lib/keycare/change.ts）：辅导员把等级调入或调出“危机”、解除，会提交站长审批；
 * 站长的结论直接生效。辅导员只看到讨论过其所带学生的研判会（且只看到自己的学生），站长看到全部。
 * 先逐项检查（学生在范围内、在库中且未解除、没有待审批的申请），再在一个事务里执行全部结论并写入研判记录：
 * 任何一项失败，整次研判一条也不生效。
 */
import type { z } from 'zod'
import { shanghaiDate } from '../../domain/calendar'
import {
  caseReviewCreateInput, type CaseReviewView,
} from '../../types/api/ledger'
import type { KeyCareDoc } from '../../types/models-counseling'
import type { CaseReviewDoc, CaseReviewItem } from '../../types/models-ledger'
import { ledgerStudentFilter, loadStudentInScope, studentInScope, type Caller } from '../_lib/access'
import { COLLECTIONS } from '../_lib/collections'
import { AppError, invalidField, notFound } from '../_lib/errors'
import { defineAction, type ActionContext } from '../_lib/handler'
import { ledgerContract } from '../../types/api/ledger.contract'
import { closeChange, referChange, updateChange, whileOpen } from '../_lib/keycare/change'
import { ensureNoPending, mutateEntries, type EntryChange } from '../_lib/keycare/entry'
import { pageOf, fetchAll, getAll, getById, txCheck } from '../_lib/dbops'
import type { Paged } from '../../types/api/paging'
import { newId } from '../_lib/docs'

type Input = z.output<typeof caseReviewCreateInput>
type ItemInput = Input['items'][number]

/** 检查一项：返回该生未解除的条目；不在库中 CASE_REVIEW.NOT_IN_KEYCARE */
async function entryFor(ctx: ActionContext & { caller: Caller }, item: ItemInput, i: number): Promise<KeyCareDoc> {
  const student = await loadStudentInScope(ctx.db, ctx.caller, item.studentId)
  const open = await fetchAll<KeyCareDoc>(
    ctx.db.collection(COLLECTIONS.keyCare).where({ stationId: student.stationId, studentId: student._id, status: ctx.db.command.in(['active', 'referred']) }),
    5,
  )
  const entry = open[0]
  if (!entry) {
    throw new AppError('CASE_REVIEW.NOT_IN_KEYCARE', `${student.name}不在重点关注库中（或已解除），不能作研判结论`, {
      fields: [{ path: `items.${i}.studentId`, message: '该学生不在重点关注库中' }],
    })
  }
  if (item.decision !== 'keep') ensureNoPending(entry)
  if (item.decision === 'level' && item.level === entry.level) throw invalidField(`items.${i}.level`, '新等级与当前等级相同，请选择“维持”')
  return entry
}

/** 一项结论对条目的变更（与重点关注库页面上的同名操作同一套规则）；维持为 null */
function changeOf(ctx: ActionContext & { caller: Caller }, item: ItemInput, date: string): ((e: KeyCareDoc) => EntryChange) | null {
  const { caller, now } = ctx
  switch (item.decision) {
    case 'keep':
      return null
    case 'level':
      return updateChange(caller, now, { level: item.level! })
    case 'refer':
      return referChange(caller, now, { to: item.referTo!, date, party: item.party! })
    case 'close':
      return closeChange(caller, now, item.note)
  }
}

function reviewView(caller: Caller, r: CaseReviewDoc): CaseReviewView {
  const items = r.items.filter((it) => studentInScope(caller, { stationId: r.stationId, classId: it.classId, dormId: it.dormId }))
  return {
    id: r._id, date: r.date, attendees: r.attendees, ...(r.nextDate ? { nextDate: r.nextDate } : {}), createdByName: r.createdByName,
    total: r.items.length,
    items: items.map((it) => ({
      studentId: it.studentId, studentName: it.studentName, decision: it.decision, note: it.note, outcome: it.outcome,
      ...(it.level ? { level: it.level } : {}), ...(it.referTo ? { referTo: it.referTo } : {}), ...(it.party ? { party: it.party } : {}),
      ...(it.approvalId ? { approvalId: it.approvalId } : {}),
    })),
  }
}

export const caseReviewCreate = defineAction(ledgerContract['caseReview.create'], async (ctx, input): Promise<CaseReviewView> => {
    const { db, caller, now } = ctx
    if (input.date > shanghaiDate(now)) throw new AppError('DATE.IN_FUTURE', '研判会日期不能晚于今天', { fields: [{ path: 'date', message: '研判会日期不能晚于今天' }] })
    const entries: KeyCareDoc[] = []
    for (const [i, item] of input.items.entries()) entries.push(await entryFor(ctx, item, i))
    const changes = input.items.map((item, i) => ({ i, build: changeOf(ctx, item, input.date) }))
      .filter((c): c is { i: number; build: (e: KeyCareDoc) => EntryChange } => c.build !== null)
    const doc = await mutateEntries(db, now, changes.map((c) => ({ entryId: entries[c.i]._id, build: whileOpen(c.build) })), async (tx, results) => {
      const outcome = new Map(changes.map((c, k) => [c.i, results[k]]))
      const items: CaseReviewItem[] = input.items.map((item, i) => {
        const e = entries[i]
        const r = outcome.get(i)
        return {
          keyCareId: e._id, studentId: e.studentId, studentName: e.studentName, classId: e.classId, dormId: e.dormId,
          decision: item.decision, note: item.note,
          ...(item.level ? { level: item.level } : {}), ...(item.referTo ? { referTo: item.referTo } : {}), ...(item.party ? { party: item.party } : {}),
          outcome: !r ? 'kept' : r.approval ? 'pending_approval' : 'applied',
          ...(r?.approval ? { approvalId: r.approval._id } : {}),
        }
      })
      const review: CaseReviewDoc = {
        _id: newId('cr'), stationId: caller.stationId!, date: input.date, attendees: input.attendees, items,
        ...(input.nextDate ? { nextDate: input.nextDate } : {}),
        studentIds: items.map((x) => x.studentId),
        classIds: [...new Set(items.map((x) => x.classId))],
        dormIds: [...new Set(items.map((x) => x.dormId))],
        createdBy: caller.person._id, createdByName: caller.person.name, createdAt: now,
      }
      await txCheck(await tx.collection(COLLECTIONS.caseReviews).add(review))
      return review
    }, caller)
    return reviewView(caller, doc)
  })

export const caseReviewList = defineAction(ledgerContract['caseReview.list'], async ({ db, caller, audit }, input): Promise<Paged<CaseReviewView>> => {
    const _ = db.command
    const where: Record<string, unknown> = { ...ledgerStudentFilter(caller)! }
    if (input.from || input.to) where.date = _.gte(input.from ?? '0000-01-01').and(_.lte(input.to ?? '9999-12-31'))
    const rows = await getAll<CaseReviewDoc>(db, COLLECTIONS.caseReviews, where, { orderBy: ['date', 'desc'] })
    // 辅导员只看到讨论过本人学生的研判会：按范围筛过之后再分页
    const page = pageOf(rows.map((r) => reviewView(caller, r)).filter((v) => v.items.length > 0), input.page, input.pageSize)
    await audit('ledger.caseReview.list', [...new Set(page.items.flatMap((v) => v.items.map((x) => x.studentId)))])
    return page
  })

export const caseReviewGet = defineAction(ledgerContract['caseReview.get'], async ({ db, caller, audit }, input): Promise<CaseReviewView> => {
    const r = await getById<CaseReviewDoc>(db, COLLECTIONS.caseReviews, input.id)
    if (!r || r.stationId !== caller.stationId) throw notFound()
    const view = reviewView(caller, r)
    if (view.items.length === 0) throw notFound()
    await audit('ledger.caseReview.get', view.items.map((x) => x.studentId))
    return view
  })
