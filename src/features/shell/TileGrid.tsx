import { View, Text } from '@tarojs/components'
import { isRegisteredPage } from '../../routes'
import { Icon } from '../../components/Icon'
import { cx } from '../../components/cx'
import { openPage } from '../../shared/navigation'
import type { Tile } from './roleNav'
import './shell.scss'

/** 功能磁贴（两列，图标来自心桥图标集）；未上线的页面显示“即将开放” */
export function TileGrid({ tiles }: { tiles: Tile[] }) {
  return (
    <View className='xq-tiles'>
      {tiles.map((t) => {
        const ready = isRegisteredPage(t.url)
        return (
          <View
            key={t.key}
            className={cx('xq-tile', !ready && 'xq-tile--soon')}
            hoverClass='xq-tile--pressed'
            onClick={() => openPage(t.url)}
          >
            <View className='xq-tile__icon'>
              <Icon name={t.icon} color={ready ? '#3a6cf4' : '#9aa1ae'} />
            </View>
            <View className='xq-tile__main'>
              <Text className='xq-tile__title'>{t.title}</Text>
              <Text className='xq-tile__desc'>{ready ? t.desc : '即将开放'}</Text>
            </View>
          </View>
        )
      })}
    </View>
  )
}
