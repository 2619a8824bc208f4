/**
 * The typed catalogue of audit actions. Every mutation and every read of non-public data writes one of
 * these in the same transaction; the Chinese label is what the audit pages show.
 */
export const AUDIT_ACTIONS = {
  'auth.login': '登录成功',
  'auth.login_failed': '登录失败',
  'auth.logout': '退出登录',
  'user.create': '创建用户',
  'api_client.create': '创建接口客户端',
  'profile.apply': '加载部署配置',
  'catalog.load': '加载信用信息目录',
  'content.load': '加载网站内容',
  'subject.create': '新建信用主体',
  'subject.read_private': '查询非公开主体信息',
  'audit.read': '查阅审计日志',
  'audit.verify': '校验审计日志',
  'demo.seed': '生成演示数据',
  'intake.submit': '提交归集批次',
  'intake.chunk': '归集入库',
  'intake.complete': '归集批次完成',
  'intake.failed': '归集批次失败',
  'intake.read': '查阅归集批次',
  'review.resolve': '处理数据质量核查',
  'report.issue': '生成信用报告',
  'list.propose': '拟列入名单',
  'list.transition': '名单条目状态变更',
  'list.expire': '名单条目到期移出',
  'records.expire': '信用信息公示期满',
  'measures.load': '加载联合奖惩措施清单',
  'measures.change': '修改联合奖惩措施',
  'check.run': '联合奖惩信用核查',
  'check.batch': '批量信用核查',
  'check.feedback': '核查结果反馈',
  'check.read': '查阅核查结果',
  'signing_key.create': '生成平台签名密钥',
  'case.file': '提交异议、修复或举报',
  'case.supplement': '申请人补正材料',
  'case.transition': '办理异议、修复或举报',
  'case.read': '查阅异议、修复或举报案卷',
} as const;

export type AuditAction = keyof typeof AUDIT_ACTIONS;

export interface AuditActor {
  kind: 'user' | 'api_client' | 'system' | 'public';
  id?: string | undefined;
  name?: string | undefined;
  departmentId?: number | undefined;
  ip?: string | undefined;
}

export interface AuditInput {
  action: AuditAction;
  targetKind?: string | undefined;
  targetId?: string | undefined;
  subjectId?: number | undefined;
  details?: Record<string, unknown> | undefined;
}

export const SYSTEM_ACTOR: AuditActor = { kind: 'system', id: 'xinyong', name: '系统' };
