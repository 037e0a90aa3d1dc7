import { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import type { Role } from '../../../types/domain'
import { Page, Section } from '../../components'
import { InviteIssuer, type SuccessorHint } from './InviteIssuer'
import { InviteList } from './InviteList'

type InviteRole = SuccessorHint['role']
const ROLES: InviteRole[] = ['committee', 'observer', 'counselor', 'head']

/** 从页面参数读取接替信息（人员与角色页的“接替邀请码”） */
function successorFromParams(p: Record<string, string | undefined>): SuccessorHint | undefined {
  if (!p.successorOf || !ROLES.includes(p.role as InviteRole)) return undefined
  return {
    assignmentId: p.successorOf,
    role: p.role as InviteRole,
    classId: p.classId,
    dormId: p.dormId,
    label: decodeURIComponent(p.label ?? ''),
  }
}

/** 邀请码页（站长、辅导员共用）：签发 + 列表 */
export function InvitesScreen({ issuer }: { issuer: Role }) {
  const successor = successorFromParams(useRouter().params)
  const [refresh, setRefresh] = useState(0)
  return (
    <Page
      title='邀请码'
      subtitle={issuer === 'head' ? '一码一人、单次使用、到期失效；可随时撤销' : '为你负责的班级签发心理委员、为宿舍签发观察员邀请码'}
    >
      <InviteIssuer issuer={issuer} successor={successor} onIssued={() => setRefresh((n) => n + 1)} />
      <Section title={issuer === 'head' ? '本站邀请码' : '我签发的邀请码'}>
        <InviteList refreshKey={refresh} />
      </Section>
    </Page>
  )
}
