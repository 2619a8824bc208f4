/**
 * The articles the platform ships with: the legal basis of the platform's rules (政策法规) and notices about
 * its services (信用动态). Policy summaries state what the documents say as the platform applies it; the
 * sources are those recorded in the project's domain reference.
 */
export interface ArticleData {
  slug: string;
  kind: 'news' | 'policy';
  title: string;
  summary: string;
  /** Paragraphs of plain text. */
  body: string[];
  source?: string;
  /** The day the article was posted on this platform (a document's own dates are in its text). */
  publishedOn: string;
}

export const ARTICLES: readonly ArticleData[] = [
  {
    slug: 'shandong-social-credit-regulation',
    kind: 'policy',
    title: '山东省社会信用条例',
    summary: '2020 年 7 月 24 日通过，2020 年 10 月 1 日起施行，是泰安市公共信用信息归集、披露、异议和修复的主要依据。',
    body: [
      '公共信用信息分为基础信息、失信信息和其他信息，按公开公示、授权查询、政务共享三种方式披露。',
      '自然人的公共信用信息不公开公示，通过授权查询、政务共享方式披露，国家另有规定的除外（如人民法院公布的失信被执行人名单）。',
      '依照简易程序作出的行政处罚信息，不作为失信信息。',
      '信用主体认为信息有错误、遗漏或侵犯其合法权益的，可以提出异议：属于本单位职责的，自收到之日起 3 个工作日内处理；需要其他单位核实的，7 个工作日内处理。',
      '失信信息的披露期限最长为失信行为终止之日起 5 年，期满后不再公开查询，不再作为惩戒依据。',
    ],
    source: '山东省人民代表大会常务委员会',
    publishedOn: '2026-12-01',
  },
  {
    slug: 'ndrc-order-58-credit-repair',
    kind: 'policy',
    title: '失信行为纠正后的信用信息修复管理办法（试行）',
    summary: '国家发展改革委令第 58 号，2023 年 5 月 1 日起施行：行政处罚信息的公示期限与信用修复。',
    body: [
      '行政处罚信息自处罚决定作出之日起公示，最短公示期为 3 个月，最长为 3 年；涉及食品、药品、特种设备、安全生产、消防领域的，最短公示期为 1 年。',
      '一项处罚决定含多种处罚类别的，按期限最长的确定公示期；最短公示期届满后方可申请信用修复，最长公示期届满自动停止公示。',
      '2023 年 5 月 1 日前作出的处罚决定，按当时有效的规定确定公示期限。本平台在每条记录上保存其适用的规则版本。',
    ],
    source: '国家发展和改革委员会',
    publishedOn: '2026-12-01',
  },
  {
    slug: 'taian-social-credit-plan-2016-2020',
    kind: 'policy',
    title: '泰安市社会信用体系建设规划（2016-2020年）',
    summary: '提出建设“一网三库一平台”：信用泰安网站，企业法人、自然人、非企业法人三个基础数据库，市公共信用信息交换共享平台。',
    body: [
      '“一网”即信用泰安网站，面向社会提供信用信息查询、双公示、红黑榜、信用报告和异议、修复服务。',
      '“三库”即企业法人库、自然人库、非企业法人库，按统一社会信用代码和身份证号码归集各部门的信用信息。',
      '“一平台”即市公共信用信息交换共享平台，向下联通各县（市、区），向上对接省公共信用信息平台。',
    ],
    source: '泰安市人民政府',
    publishedOn: '2026-12-01',
  },
  {
    slug: 'platform-reports-online',
    kind: 'news',
    title: '信用报告在线出具与验证服务说明',
    summary: '法人和非法人组织可在主体详情页在线申请公共信用信息报告，并凭报告编号或二维码验证。',
    body: [
      '在信用泰安网查询到主体后，点击“申请信用报告”，即可下载 PDF 格式的《法人和非法人组织公共信用信息报告》。',
      '每份报告都有唯一的报告编号和内容摘要。收到报告的单位可在“报告验证”页输入编号，或扫描报告封面的二维码，查验报告是否由本平台出具、报告内的记录是否已发生变更。',
    ],
    publishedOn: '2026-12-01',
  },
  {
    slug: 'double-publicity-templates',
    kind: 'news',
    title: '双公示数据报送模板发布',
    summary: '行政许可、行政处罚等目录条目的报送模板（XLSX、CSV）可直接下载，支持新旧两版双公示数据标准。',
    body: [
      '各信息提供单位可通过“开放接口”下载各目录条目的报送模板，必填列以 * 标记，并附填写说明和示例。',
      '平台同时接收早期版（如 XK_SPLB、CF_CFLB1 数字代码）和现行版（文字类别、罚款以万元计）的双公示数据，并在报送后逐行反馈处理结果。',
      '行政许可、行政处罚决定应自作出之日起 7 个工作日内报送，平台按部门统计报送及时率。',
    ],
    publishedOn: '2026-11-20',
  },
];
