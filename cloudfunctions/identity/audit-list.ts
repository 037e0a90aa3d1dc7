/** audit.list（站长）：按操作人、动作、日期、目标记录筛选本站审计日志。没有任何修改或删除日志的动作。 */
import { addDays, shanghaiInstant } from '../../domain/calendar'
import { type AuditEntryView, type Paged } from '../../types/api/identity'
import type { AuditLogDoc } from '../../types/models'
import { COLLECTIONS } from '../_lib/collections'
import { defineAction } from '../_lib/handler'
import { identityContract } from '../../types/api/identity.contract'
import { fetchPage } from '../_lib/dbops'
import { iso } from './util'

export const auditList = defineAction(identityContract['audit.list'], async ({ db, caller }, input): Promise<Paged<AuditEntryView>> => {
    const where: Record<string, unknown> = { stationId: caller.stationId }
    if (input.actorPersonId) where.actorPersonId = input.actorPersonId
    if (input.action) where.action = input.action
    if (input.targetId) where.targetIds = input.targetId
    const at: Record<string, Date> = {}
    if (input.from) at.$gte = shanghaiInstant(input.from)
    if (input.to) at.$lt = shanghaiInstant(addDays(input.to, 1))
    if (Object.keys(at).length) where.at = at
    const page = await fetchPage<AuditLogDoc>(db, COLLECTIONS.auditLogs, where, input.page, input.pageSize, ['at', 'desc'])
    return {
      ...page,
      items: page.items.map((e) => ({
        _id: e._id,
        at: iso(e.at)!,
        actorPersonId: e.actorPersonId,
        actorName: e.actorName,
        role: e.role,
        action: e.action,
        targetIds: e.targetIds,
      })),
    }
  })
