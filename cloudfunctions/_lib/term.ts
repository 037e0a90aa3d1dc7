import { shanghaiInstant, addDays, termPhase, type TermPhase } from '../../domain/calendar'
import type { ClassDoc, TermDoc } from '../../types/models'
import { COLLECTIONS } from './collections'
import { AppError } from './errors'
import type { Database } from './sdk'
import { loadStationParts } from './station'

/** 站点的全部学期（按开始日期升序） */
export async function listTerms(database: Database, stationId: string): Promise<TermDoc[]> {
  const res = await database.collection(COLLECTIONS.terms).where({ stationId }).orderBy('startDate', 'asc').limit(100).get()
  return res.data as TermDoc[]
}

/** 学期的结束时刻（最后一周的下周一 00:00） */
export function termEnd(term: Pick<TermDoc, 'startDate' | 'weeks'>): Date {
  return shanghaiInstant(addDays(term.startDate, term.weeks * 7))
}

/** 当前学期（纯函数）：时间窗包含 now 的学期，否则最近开始的学期，否则最早的学期；都没有则 null */
export function pickCurrentTerm(terms: readonly TermDoc[], now: Date): TermDoc | null {
  const sorted = [...terms].sort((a, b) => (a.startDate < b.startDate ? -1 : a.startDate > b.startDate ? 1 : 0))
  const t = now.getTime()
  const inside = sorted.find((x) => shanghaiInstant(x.startDate).getTime() <= t && t < termEnd(x).getTime())
  if (inside) return inside
  const started = sorted.filter((x) => shanghaiInstant(x.startDate).getTime() <= t)
  return started[started.length - 1] ?? sorted[0] ?? null
}

/** 当前学期（读库）；见 pickCurrentTerm */
export async function findCurrentTerm(database: Database, stationId: string, now: Date): Promise<TermDoc | null> {
  return pickCurrentTerm(await listTerms(database, stationId), now)
}

/** 从已读出的学期中取当前学期；没有则抛 TERM.NOT_CONFIGURED */
export function requireCurrentTerm(terms: readonly TermDoc[], now: Date): TermDoc {
  const term = pickCurrentTerm(terms, now)
  if (!term) throw new AppError('TERM.NOT_CONFIGURED')
  return term
}

/** 同上，但没有学期时抛 TERM.NOT_CONFIGURED */
export async function loadCurrentTerm(database: Database, stationId: string, now: Date): Promise<TermDoc> {
  return requireCurrentTerm(await listTerms(database, stationId), now)
}

/** 当前学期与学期阶段（假期中时 term 为最近结束的学期，phase 说明假期与下学期开始日）；没有学期时抛 TERM.NOT_CONFIGURED */
export async function loadTermWithPhase(database: Database, stationId: string, now: Date): Promise<{ term: TermDoc; phase: TermPhase }> {
  const terms = await listTerms(database, stationId)
  return { term: requireCurrentTerm(terms, now), phase: termPhase(terms, now) }
}

const byStart = (a: TermDoc, b: TermDoc) => (a.startDate < b.startDate ? -1 : a.startDate > b.startDate ? 1 : 0)

/** 站点的学期（按开始日期升序）与全部班级，一次读出（见 _lib/station.ts） */
export async function loadTermsAndClasses(database: Database, stationId: string): Promise<{ terms: TermDoc[]; classes: ClassDoc[] }> {
  const { terms, classes } = await loadStationParts(database, stationId, ['terms', 'classes'])
  return { terms: [...terms].sort(byStart), classes }
}
