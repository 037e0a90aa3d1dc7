/**
 * purgeFiles：导出文件（月报 .xlsx 等，含学生信息）只在存储里留 1 小时——临时链接 10 分钟就过期；
 * 预留后 1 天仍未被接收的上传记录一并清掉（文件 id 要等上传完成才知道，这类记录只删记录）。
 * 重复运行无害：删过的就不在了。
 */
import type { FileDoc } from '../../types/files'
import { COLLECTIONS } from '../_lib/collections'
import { fetchAll } from '../_lib/dbops'
import { discardFile } from '../_lib/files'
import type { JobContext } from './types'

/** 每小时第 17 分 */
export const PURGE_FILES_CRON = '0 17 * * * *'
export const EXPORT_RETENTION_MS = 60 * 60 * 1000
export const PENDING_RETENTION_MS = 24 * 60 * 60 * 1000

export async function purgeFiles({ db, now }: JobContext): Promise<{ exports: number; pending: number }> {
  const _ = db.command
  const files = db.collection(COLLECTIONS.files)
  const exports = await fetchAll<FileDoc>(files.where({ purpose: 'export', createdAt: _.lt(new Date(now.getTime() - EXPORT_RETENTION_MS)) }), 5000)
  const pending = await fetchAll<FileDoc>(files.where({ status: 'pending', createdAt: _.lt(new Date(now.getTime() - PENDING_RETENTION_MS)) }), 5000)
  for (const f of [...exports, ...pending]) await discardFile(db, f)
  return { exports: exports.length, pending: pending.length }
}
