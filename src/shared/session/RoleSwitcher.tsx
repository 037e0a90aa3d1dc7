import { View, Text } from '@tarojs/components'
import { ROLE_LABELS } from '../../../types/domain'
import type { MyAssignment } from '../../services/api/identity'
import { cx } from '../../components/cx'
import { selectAssignment } from './store'
import './RoleSwitcher.scss'

export interface RoleSwitcherProps {
  assignments: MyAssignment[]
  currentId: string | null
  /** 切换后回调（如滚动到顶部） */
  onSwitched?: (a: MyAssignment) => void
}

/** 角色切换：持有多个角色时一键切换（只有一个角色时不显示） */
export function RoleSwitcher({ assignments, currentId, onSwitched }: RoleSwitcherProps) {
  if (assignments.length < 2) return null
  return (
    <View className='xq-role-switcher'>
      <Text className='xq-role-switcher__label'>切换身份</Text>
      <View className='xq-role-switcher__list'>
        {assignments.map((a) => {
          const active = a._id === currentId
          return (
            <View
              key={a._id}
              className={cx('xq-role-switcher__item', active && 'xq-role-switcher__item--active')}
              onClick={() => {
                if (!active && selectAssignment(a._id)) onSwitched?.(a)
              }}
            >
              <Text className='xq-role-switcher__role'>{ROLE_LABELS[a.role]}</Text>
              <Text className='xq-role-switcher__scope'>{a.scopeLabel}</Text>
            </View>
          )
        })}
      </View>
    </View>
  )
}
