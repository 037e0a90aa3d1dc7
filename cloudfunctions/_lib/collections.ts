/** 全部集合名（唯一来源）。所有集合的安全规则均为 {"read": false, "write": false}。 */
export const COLLECTIONS = {
  stations: 'stations',
  terms: 'terms',
  classes: 'classes',
  dorms: 'dorms',
  students: 'students',
  people: 'people',
  roleAssignments: 'role_assignments',
  invites: 'invites',
  setupCodes: 'setup_codes',
  bindAttempts: 'bind_attempts',
  auditLogs: 'audit_logs',
  weeklyReports: 'weekly_reports',
  alerts: 'alerts',
  talkTasks: 'talk_tasks',
  messages: 'messages',
  rollCalls: 'roll_calls',
  talks: 'talks',
  peerTalks: 'peer_talks',
  keyCare: 'key_care',
  approvals: 'approvals',
  monthlyReports: 'monthly_reports',
  handovers: 'handovers',
  staffProfiles: 'staff_profiles',
  centerSettings: 'center_settings',
  workPlans: 'work_plans',
  workSummaries: 'work_summaries',
  screeningRounds: 'screening_rounds',
  screeningParticipants: 'screening_participants',
  /** 考核手册（每站每学年一本）与中心按学年调整的考核表 */
  assessmentBinders: 'assessment_binders',
  assessmentTables: 'assessment_tables',
  /** 云存储文件的归属与用途（_lib/files.ts） */
  files: 'files',
  trainings: 'trainings',
  trainingAttendance: 'training_attendance',
  dormVisits: 'dorm_visits',
  caseReviews: 'case_reviews',
  activities: 'activities',
} as const

export type CollectionKey = keyof typeof COLLECTIONS
export const ALL_COLLECTIONS: string[] = Object.values(COLLECTIONS)
