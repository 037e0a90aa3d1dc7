/**
 * ledger 云函数内部的小工具（不含范围判断：范围只在 _lib/access）。
 */
import { randomBytes } from 'crypto'

export { unwrap, getById, fetchAll, getByIds, insertOnce, insertOrGet, updateWhere } from '../_lib/dbops'
export { iso, loadClasses, loadDorms, loadPeople, loadStudents, newId } from '../_lib/docs'

export const secret = (): string => randomBytes(24).toString('hex')
