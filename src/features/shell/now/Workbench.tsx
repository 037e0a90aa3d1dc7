/**
 * 首页工作台：当前角色“现在要做的事”。一次调用（services/api/workbench.ts），页面再次显示时、开着时每 30 秒重新加载；
 * 即时报告倒计时以服务器时刻校准。
 */
import { View } from '@tarojs/components'
import { useDidHide, useDidShow } from '@tarojs/taro'
import { useEffect, useMemo, useRef } from 'react'
import { Loading, RemoteView, Section } from '../../../components'
import type { Role } from '../../../../types/domain'
import { useRemote } from '../../../hooks/useRemote'
import { fetchWorkbench, type Workbench as WorkbenchData } from '../../../services/api/workbench'
import { CenterPanel, ReporterPanel } from './OtherPanels'
import { CounselorPanel, HeadPanel } from './StaffPanels'
import './workbench.scss'

/** 首页开着时的刷新间隔 */
const POLL_MS = 30_000

export interface WorkbenchProps {
  role: Role
  /** 加载到数据后告诉首页未读消息数（消息角标） */
  onUnread?: (unread: number) => void
}

function Panel({ wb, skewMs, reload }: { wb: WorkbenchData; skewMs: number; reload: () => void }) {
  switch (wb.role) {
    case 'counselor':
      return <CounselorPanel wb={wb} skewMs={skewMs} reload={reload} />
    case 'head':
      return <HeadPanel wb={wb} skewMs={skewMs} reload={reload} />
    case 'center':
      return <CenterPanel wb={wb} />
    default:
      return <ReporterPanel wb={wb} skewMs={skewMs} />
  }
}

/** 现在要做的事（首页最上方） */
export function Workbench({ role, onUnread }: WorkbenchProps) {
  const res = useRemote(async () => {
    const r = await fetchWorkbench(role)
    if (r.ok) onUnread?.(r.data.unread)
    return r
  }, [role])
  // 首页开着时每 30 秒刷新一次（新来的即时报告不用等下一次进入首页）；页面隐藏时暂停
  const visible = useRef(true)
  useDidShow(() => { visible.current = true })
  useDidHide(() => { visible.current = false })
  const { reload } = res
  useEffect(() => {
    const t = setInterval(() => { if (visible.current) void reload() }, POLL_MS)
    return () => clearInterval(t)
  }, [reload])
  // 服务器时刻 − 本机时刻：收到数据时算一次
  const skewMs = useMemo(() => (res.data ? new Date(res.data.now).getTime() - Date.now() : 0), [res.data])
  return (
    <RemoteView remote={res}>
      {(wb) => wb.role !== role ? <Loading /> : (
        <Section title='现在要做'>
          <View className='xq-wb'>
            <Panel wb={wb} skewMs={skewMs} reload={() => void reload()} />
          </View>
        </Section>
      )}
    </RemoteView>
  )
}
