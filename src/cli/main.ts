import fs from 'node:fs';
import { Presets, SingleBar } from 'cli-progress';
import { Command, InvalidArgumentError } from 'commander';
import { openDb, type Db } from '../db/db';
import { loadConfig } from '../shared/config';
import { runCodeCommand } from '../modules/codes';
import { verifyAuditChain } from '../modules/audit';
import { prepareDatabase } from '../app/bootstrap';
import { buildApp } from '../app/server';
import { startScheduler } from '../jobs/scheduler';
import { verifyCheckDocument } from '../modules/measures';
import { buildWeb, hasWebBuild } from '../app/web';
import { seedDemo } from '../modules/demo/demo.load';
import { getMeta } from '../modules/profile';
import { SYSTEM_PRINCIPAL } from '../modules/auth';
import { submitBatch } from '../modules/intake/intake.service';
import { rejectionReport } from '../modules/intake/intake.report';
import { systemClock } from '../shared/clock';

const config = loadConfig();

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('必须是正整数');
  return n;
}

function openConfigured(dataDir?: string): Promise<Db> {
  return openDb({ url: config.databaseUrl, dataDir: dataDir ?? config.dataDir });
}

function where(db: Db, dataDir?: string): string {
  return db.engine === 'postgres' ? 'PostgreSQL (DATABASE_URL)' : `PGlite ${dataDir ?? config.dataDir}`;
}

const program = new Command('xinyong').description('xinyong 公共信用信息平台').showHelpAfterError();

program
  .command('start')
  .description('启动接口和网站服务（首次启动时迁移数据库并生成演示数据）')
  .option('--port <port>', '端口', (v) => positiveInt(v), config.port)
  .option('--data <dir>', 'PGlite 数据目录（未设置 DATABASE_URL 时）')
  .option('--no-seed', '数据库为空时不生成演示数据')
  .action(async (opts: { port: number; data?: string; seed: boolean }) => {
    const started = Date.now();
    const db = await openConfigured(opts.data);
    const prep = await prepareDatabase(db, config.profile);
    if (opts.seed && config.seedDemo) {
      const seeded = await seedDemo(db, { scale: config.seedScale, onlyIfEmpty: true, atomic: config.seedScale <= 2 });
      if (seeded) {
        console.log(`演示数据已生成：${seeded.subjects} 个主体，${seeded.records} 条记录，${seeded.listEntries} 条名单（${seeded.ms} ms）`);
      }
    }
    if (await getMeta(db, 'demo')) {
      console.warn('注意：本库含演示数据和演示账户（密码见 README），仅供体验。生产环境请使用空数据库并设置 SEED_DEMO=0。');
    }
    if (!hasWebBuild()) {
      // First start from a checkout: build the portal once. A failed build leaves the API and the placeholder page up.
      console.log('正在构建网站…');
      const t = Date.now();
      try {
        await buildWeb();
        console.log(`网站构建完成（${((Date.now() - t) / 1000).toFixed(1)} 秒）`);
      } catch (err) {
        console.error(`网站构建失败，暂以简易首页代替：${err instanceof Error ? err.message : String(err)}`);
      }
    }
    const app = await buildApp({
      db,
      rateLimitPerMinute: config.rateLimitPerMinute,
      logLevel: config.logLevel,
      trustProxy: config.trustProxy,
    });
    const stopJobs = startScheduler(db, systemClock);
    let closing = false;
    const shutdown = async (signal: string) => {
      if (closing) return;
      closing = true;
      console.log(`收到 ${signal}，正在停止服务…`);
      const force = setTimeout(() => process.exit(1), 10_000);
      force.unref();
      stopJobs();
      await app.close();
      await db.close();
      process.exit(0);
    };
    process.on('SIGINT', () => void shutdown('SIGINT'));
    process.on('SIGTERM', () => void shutdown('SIGTERM'));
    await app.listen({ port: opts.port, host: config.host });
    console.log(
      `${prep.profile.siteName} 已启动：http://localhost:${opts.port}  数据库：${where(db, opts.data)}  用时 ${((Date.now() - started) / 1000).toFixed(1)} 秒`,
    );
  });

program
  .command('migrate')
  .description('执行数据库迁移，并加载部署配置和信用信息目录')
  .action(async () => {
    const db = await openConfigured();
    const prep = await prepareDatabase(db, config.profile);
    console.log(
      `迁移完成（${where(db)}）：新执行 ${prep.migrations.length} 个迁移；目录新增 ${prep.catalog.inserted}、更新 ${prep.catalog.updated}、未变 ${prep.catalog.unchanged}`,
    );
    await db.close();
  });

program
  .command('seed')
  .description('生成确定性的演示数据（主体、双公示记录、名单、演示账户）')
  .option('--scale <n>', '规模倍数（1 约为 5,400 个主体；185 约为 100 万个主体）', (v) => positiveInt(v), 1)
  .option('--seed <n>', '随机种子', (v) => positiveInt(v))
  .action(async (opts: { scale: number; seed?: number }) => {
    const db = await openConfigured();
    await prepareDatabase(db, config.profile);
    const res = await seedDemo(db, {
      scale: opts.scale,
      ...(opts.seed ? { seed: opts.seed } : {}),
      onlyIfEmpty: true,
      progress: process.stderr.isTTY,
    });
    if (!res) console.log('数据库中已有主体数据，未重复生成演示数据。');
    else console.log(`演示数据已生成：${res.subjects} 个主体，${res.records} 条记录，${res.listEntries} 条名单（${res.ms} ms）`);
    await db.close();
  });

program
  .command('code')
  .description('校验统一社会信用代码、组织机构代码、注册号、身份证号码')
  .argument('<codes...>', '一个或多个代码')
  .action((codes: string[]) => {
    process.exitCode = runCodeCommand(codes, (line) => process.stdout.write(`${line}\n`));
  });

program
  .command('import')
  .description('导入部门报送的文件（CSV、XLSX、JSON、JSONL），逐行校验、关联主体并入库')
  .argument('<file>', '文件路径')
  .requiredOption('--dept <dept>', '报送部门的代码或全称，例如 scjgj 或 泰安市市场监督管理局')
  .option('--item <item>', '目录条目代码（如 XZXK、XZCF）；省略时按表头识别')
  .option('--chunk <rows>', '每个事务提交的行数', (v) => positiveInt(v), 1000)
  .action(async (file: string, opts: { dept: string; item?: string; chunk: number }) => {
    if (!fs.existsSync(file) || !fs.statSync(file).isFile()) {
      console.error(`错误：文件不存在：${file}`);
      process.exitCode = 2;
      return;
    }
    const db = await openConfigured();
    await prepareDatabase(db, config.profile);
    const bar = process.stderr.isTTY
      ? new SingleBar({ format: '导入 [{bar}] {value} 行', stream: process.stderr }, Presets.shades_classic)
      : undefined;
    bar?.start(0, 0);
    const ctx = { db, principal: SYSTEM_PRINCIPAL, clock: systemClock };
    // Not on a terminal: one line per committed chunk, so a supervisor (or a test) sees progress.
    const progress = (n: number) => (bar ? bar.update(n) : process.stderr.write(`已处理 ${n} 行\n`));
    const res = await submitBatch(ctx, {
      department: opts.dept,
      item: opts.item,
      source: { path: file },
      origin: 'cli',
      chunkSize: opts.chunk,
      onProgress: progress,
    });
    bar?.stop();
    for (const w of res.warnings) console.error(`提示：${w.message}`);
    if (res.status === 'failed') {
      console.error(`错误：${res.error!.message}（批次 ${res.id}）`);
      await db.close();
      process.exitCode = 2;
      return;
    }
    console.log(
      `accepted ${res.accepted}, rejected ${res.rejected}, unchanged ${res.unchanged}, updated ${res.updated}, revoked ${res.revoked}, flagged ${res.flagged} (batch ${res.id}, item ${res.item})`,
    );
    const reportPath = `${file}.rejected.csv`;
    if (res.rejected > 0) {
      fs.writeFileSync(reportPath, (await rejectionReport(db, res.id)).csv);
      console.log(`拒收明细：${reportPath}`);
    } else if (fs.existsSync(reportPath)) fs.rmSync(reportPath);
    await db.close();
  });

const audit = program.command('audit').description('审计日志');
audit
  .command('verify')
  .description('校验审计日志哈希链，报告第一处断裂')
  .action(async () => {
    const db = await openConfigured();
    const res = await verifyAuditChain(db);
    if (res.ok) console.log(`审计日志完整：共校验 ${res.checked} 条记录`);
    else console.log(`审计日志校验失败：第 ${res.broken!.seq} 条 — ${res.broken!.reason}（此前 ${res.checked} 条完好）`);
    await db.close();
    process.exitCode = res.ok ? 0 : 1;
  });

const receipt = program.command('receipt').description('信用核查回执');
receipt
  .command('verify')
  .description('离线验证核查结果（POST /api/v1/checks 的响应 JSON）的平台签名')
  .argument('<file>', '核查结果 JSON 文件')
  .requiredOption('--key <pem>', '平台公钥 PEM 文件（GET /api/v1/checks/keys 公布）')
  .action((file: string, opts: { key: string }) => {
    let doc: unknown;
    let pem: string;
    try {
      doc = JSON.parse(fs.readFileSync(file, 'utf8'));
      pem = fs.readFileSync(opts.key, 'utf8');
    } catch (err) {
      console.error(`错误：无法读取文件：${err instanceof Error ? err.message : String(err)}`);
      process.exitCode = 2;
      return;
    }
    const res = verifyCheckDocument(doc, pem);
    if (res.ok) console.log(`回执有效：${res.receiptNo}（签名密钥 ${res.keyId}）`);
    else console.log(`回执无效：${res.reason}`);
    process.exitCode = res.ok ? 0 : 1;
  });

program.parseAsync(process.argv).catch((err: unknown) => {
  console.error(err instanceof Error ? `错误：${err.message}` : err);
  process.exit(2);
});
