import type { AuditLogDoc } from '../../types/models'
import type { Caller } from './access'
import { COLLECTIONS } from './collections'
import type { Database } from './sdk'

/** 追加一条审计日志（只追加；没有任何动作可以修改或删除日志）。保留期至少 3 年。 */
export async function appendAudit(
  database: Database,
  caller: Caller,
  action: string,
  targetIds: string[],
  now: Date,
): Promise<void> {
  const entry: Omit<AuditLogDoc, '_id'> = {
    stationId: caller.stationId,
    actorPersonId: caller.person._id,
    actorName: caller.person.name,
    role: caller.role,
    action,
    targetIds: targetIds.slice(0, 500),
    at: now,
  }
  await database.collection(COLLECTIONS.auditLogs).add(entry)
}
