/**
 * observations 云函数：心理周报（班级/宿舍）、看板与审阅、即时报告、约谈任务、未报提醒。
 * 站内消息的列表与已读在 identity 函数（messages.list / messages.read）；这里只负责发送（_lib/notify.ts）。
 */
import { createMain, type AnyActionDef } from '../_lib/handler'
import { alertTimeline } from './alert-timeline'
import { ackAlert, createAlert, listAlerts } from './alerts'
import { boardWeek, weekCurrent } from './board'
import { getReport, reportHistory, searchReports } from './reads'
import { missingList, remind } from './remind'
import { returnReport, reviewReport } from './review'
import { submitReport } from './submit'
import { listTasks } from './tasks'
import { workbench } from './workbench'

export const actions: Record<string, AnyActionDef> = {
  'week.current': weekCurrent,
  'report.get': getReport,
  'report.submit': submitReport,
  'report.history': reportHistory,
  'board.week': boardWeek,
  'report.review': reviewReport,
  'report.return': returnReport,
  'report.search': searchReports,
  'alert.create': createAlert,
  'alert.list': listAlerts,
  'alert.ack': ackAlert,
  'alert.timeline': alertTimeline,
  'tasks.list': listTasks,
  'missing.list': missingList,
  remind,
  workbench,
}

export const main = createMain(actions)
