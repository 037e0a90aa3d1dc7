/**
 * 心桥图标集：24×24、2px 描边的线性图标（SVG 片段）。新增图标在这里加一项。
 * 渲染见 ./index.tsx（转成 data URI 交给 Image，小程序与 H5 一致）。
 */
const c = (cx: number, cy: number, r: number) => `<circle cx="${cx}" cy="${cy}" r="${r}"/>`
const p = (...d: string[]) => d.map((x) => `<path d="${x}"/>`).join('')

export const ICONS = {
  home: p('M3 10.5 12 3l9 7.5V21h-6v-6H9v6H3z'),
  report: p('M6 2h9l5 5v15H6z', 'M14 2v6h6', 'M9 13h8', 'M9 17h6'),
  search: c(11, 11, 7) + p('M20 20l-4-4'),
  alert: p('M12 3 2 21h20z', 'M12 10v5', 'M12 18v.5'),
  bell: p('M6 16v-5a6 6 0 0 1 12 0v5l2 2H4z', 'M10 21h4'),
  megaphone: p('M3 10v4h4l8 5V5l-8 5z', 'M18 9a4 4 0 0 1 0 6'),
  users: c(9, 8, 4) + p('M2 21a7 7 0 0 1 14 0', 'M16 4a4 4 0 0 1 0 8', 'M22 21a7 7 0 0 0-4-6.3'),
  key: c(8, 15, 4) + p('M11 12l9-9', 'M17 6l3 3', 'M14 9l2 2'),
  calendar: p('M4 5h16v16H4z', 'M4 10h16', 'M8 3v4', 'M16 3v4'),
  checklist: p('M4 6l2 2 3-3', 'M4 13l2 2 3-3', 'M12 7h8', 'M12 14h8', 'M4 20h16'),
  talk: p('M4 5h16v11H9l-5 4z', 'M8 10h8'),
  heart: p('M12 20s-8-4.5-8-10a4.5 4.5 0 0 1 8-2.8A4.5 4.5 0 0 1 20 10c0 5.5-8 10-8 10z'),
  peer: p('M3 4h12v8H7l-4 3z', 'M9 15v2h8l4 3V9h-3'),
  station: p('M4 21V7l8-4 8 4v14', 'M9 21v-5h6v5', 'M8 10h2', 'M14 10h2'),
  idcard: p('M3 5h18v14H3z', 'M6 16c.6-2.4 5.4-2.4 6 0', 'M14 9h4', 'M14 13h4') + c(9, 10, 2),
  upload: p('M12 15V3', 'M7 8l5-5 5 5', 'M4 15v6h16v-6'),
  eye: p('M2 12s4-7 10-7 10 7 10 7-4 7-10 7S2 12 2 12z') + c(12, 12, 3),
  approve: c(12, 12, 9) + p('M8 12l3 3 5-6'),
  chart: p('M4 20V4', 'M4 20h16', 'M8 16v-5', 'M12 16V8', 'M16 16v-3'),
  share: p('M15 5l5 5-5 5', 'M20 10H9a5 5 0 0 0-5 5v4'),
  clock: c(12, 12, 9) + p('M12 7v5l3 2'),
  inbox: p('M3 13l3-8h12l3 8v6H3z', 'M3 13h5l1 3h6l1-3h5'),
  grid: p('M4 4h7v7H4z', 'M13 4h7v7h-7z', 'M4 13h7v7H4z', 'M13 13h7v7h-7z'),
  wechat: p('M9 4C5 4 2 6.7 2 10c0 1.9 1 3.5 2.5 4.6L4 17l2.8-1.4c.7.2 1.4.3 2.2.3', 'M22 14c0-2.8-2.7-5-6-5s-6 2.2-6 5 2.7 5 6 5c.6 0 1.2-.1 1.8-.2L20 20l-.5-2.1c1.5-.9 2.5-2.3 2.5-3.9z'),
  sun: c(12, 12, 4) + p('M12 2v2', 'M12 20v2', 'M2 12h2', 'M20 12h2', 'M4.9 4.9l1.4 1.4', 'M17.7 17.7l1.4 1.4', 'M4.9 19.1l1.4-1.4', 'M17.7 6.3l1.4-1.4'),
} as const

export type IconName = keyof typeof ICONS
