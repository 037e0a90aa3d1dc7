import Taro from '@tarojs/taro'
import { useEffect } from 'react'
import { ROLE_LABELS } from '../../../types/domain'
import type { DevUser } from '../../../types/dev'
import type { Result } from '../../../types/result'
import { Cell, CellGroup, Empty, Loading, RemoteView, Tag } from '../../components'
import { useRemote } from '../../hooks/useRemote'
import { setDevOpenid } from '../../services/devSession'
import { failure } from '../../services/transport'
import { resetSession } from '../../shared/session'
import { relaunch } from '../../shared/navigation'

/** 读取模拟器提供的演示身份 */
async function fetchDevUsers(): Promise<Result<DevUser[]>> {
  try {
    const res = await fetch('/api/dev/users')
    if (!res.ok) return failure('INTERNAL', { status: res.status })
    const body: unknown = await res.json()
    return { ok: true, data: Array.isArray(body) ? (body as DevUser[]) : [] }
  } catch {
    return failure('NETWORK.FAILED')
  }
}

/** 以某个演示身份进入（仅 H5 本地模式） */
export function enterAs(openid: string): void {
  setDevOpenid(openid)
  resetSession()
  relaunch()
}

/** 演示身份列表；地址带 ?openid= 时直接以该身份进入（npm start 打印的链接） */
export function DevUserList() {
  const direct = Taro.getCurrentInstance().router?.params?.openid
  const users = useRemote(fetchDevUsers, [])
  useEffect(() => {
    if (direct) enterAs(decodeURIComponent(direct))
  }, [direct])
  if (direct) return <Loading text='正在进入…' />
  return <RemoteView remote={users} alwaysRetry>{(list) => list.length === 0 ? <Empty title='还没有演示数据' desc='用 npm start 启动时会自动写入演示数据' /> : (
    <CellGroup title='选择一个身份进入'>
      {list.map((u) => (
        <Cell
          key={u.openid}
          title={u.name}
          desc={u.assignments.map((a) => `${ROLE_LABELS[a.role]} · ${a.scopeLabel}`).join('；') || '未绑定'}
          value={u.assignments.length > 1 ? <Tag tone='primary'>{u.assignments.length} 个身份</Tag> : undefined}
          onClick={() => enterAs(u.openid)}
        />
      ))}
    </CellGroup>
  )}</RemoteView>
}
