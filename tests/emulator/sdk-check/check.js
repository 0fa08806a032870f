// Drives build/bin/actiontrail-emulator with Alibaba Cloud's own SDK clients, which share no code
// with ours: @alicloud/openapi-client (V3 ACS3-HMAC-SHA256 by default, V1 with
// signatureAlgorithm 'v2') and @alicloud/pop-core (V1, GET query or POST form).
// Usage: npm install && node check.js [path/to/actiontrail-emulator]
'use strict';

const { spawn } = require('child_process');
const path = require('path');
const OpenApi = require('@alicloud/openapi-client');
const Util = require('@alicloud/tea-util');
const RPCClient = require('@alicloud/pop-core').RPCClient;

const KEY_ID = 'LTAI5tDemoBackfillBrowser';
const SECRET = 'DemoSecretNotARealKey0000000000';
const VERSION = '2020-07-06';
const binary = process.argv[2] ||
  path.resolve(__dirname, '../../../build/bin/actiontrail-emulator');

let failures = 0;
function check(label, ok, detail) {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${label}${detail ? ' — ' + detail : ''}`);
  if (!ok) failures++;
}

function startEmulator(extraArgs = []) {
  return new Promise((resolve, reject) => {
    const child = spawn(binary, ['--jobs', '57', '--seed', '3', ...extraArgs],
      { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const line = out.split('\n')[0];
      if (out.includes('\n')) {
        const m = /^listening on http:\/\/127\.0\.0\.1:(\d+)$/.exec(line);
        m ? resolve({ child, port: Number(m[1]), line }) : reject(new Error('first line: ' + line));
      }
    });
    child.on('error', reject);
  });
}

// One adapter per official client: call(action, params) -> body, or throws {code, statusCode}.
function openApiClient(port, secret, algorithm, securityToken) {
  const config = new OpenApi.Config({
    accessKeyId: KEY_ID, accessKeySecret: secret, endpoint: `127.0.0.1:${port}`, protocol: 'HTTP',
    securityToken,
  });
  if (algorithm) config.signatureAlgorithm = algorithm;
  const client = new OpenApi.default(config);
  return async (action, params) => {
    const query = {};
    for (const [k, v] of Object.entries(params)) query[k] = String(v);
    const p = new OpenApi.Params({
      action, version: VERSION, protocol: 'HTTP', pathname: '/', method: 'POST', authType: 'AK',
      style: 'RPC', reqBodyType: 'formData', bodyType: 'json',
    });
    const r = await client.callApi(p, new OpenApi.OpenApiRequest({ query }), new Util.RuntimeOptions({}));
    return r.body;
  };
}

function popCoreClient(port, secret, method, securityToken) {
  const client = new RPCClient({
    accessKeyId: KEY_ID, accessKeySecret: secret, endpoint: `http://127.0.0.1:${port}`, apiVersion: VERSION,
    securityToken,
  });
  return (action, params) => client.request(action, params, { method });
}

async function expectError(label, promise, code) {
  try {
    await promise;
    check(label, false, 'no error');
  } catch (e) {
    const got = e.code || (e.data && e.data.Code);
    const status = e.statusCode || (e.entry && e.entry.response && e.entry.response.statusCode) || '?';
    check(label, got === code, `${got} (HTTP ${status})`);
  }
}

async function exercise(name, call, wrongSecretCall) {
  console.log(`-- ${name}`);
  const p1 = await call('ListDeliveryHistoryJobs', { PageSize: 5, PageNumber: 1 });
  check('list page 1', p1.DeliveryHistoryJobs.length === 5 && p1.PageNumber === 1 && p1.PageSize === 5,
    `TotalCount ${p1.TotalCount}, first JobId ${p1.DeliveryHistoryJobs[0].JobId}`);
  const p2 = await call('ListDeliveryHistoryJobs', { PageSize: 5, PageNumber: 2 });
  const ids1 = new Set(p1.DeliveryHistoryJobs.map((j) => j.JobId));
  check('list page 2 continues page 1', p2.DeliveryHistoryJobs.length === 5 &&
    p2.DeliveryHistoryJobs.every((j) => !ids1.has(j.JobId) && j.JobId < Math.min(...ids1)));
  const past = await call('ListDeliveryHistoryJobs', { PageSize: 100, PageNumber: 9 });
  check('page past the end is empty', past.DeliveryHistoryJobs.length === 0 && past.TotalCount === p1.TotalCount);
  const got = await call('GetDeliveryHistoryJob', { JobId: p1.DeliveryHistoryJobs[0].JobId });
  check('get', got.JobId === p1.DeliveryHistoryJobs[0].JobId && Array.isArray(got.Status) && got.Status.length >= 1,
    `JobStatus ${got.JobStatus}, ${got.Status.map((s) => s.Region + '=' + s.Status).join(',')}`);
  const all = await call('ListDeliveryHistoryJobs', { PageSize: 100 });
  for (const job of all.DeliveryHistoryJobs.filter((j) => j.JobStatus <= 1)) {
    await call('DeleteDeliveryHistoryJob', { JobId: job.JobId });
    console.log(`     (deleted running job ${job.JobId} to make room)`);
  }
  const token = `sdk-check-${name.replace(/\W+/g, '-')}`;
  const created = await call('CreateDeliveryHistoryJob', { TrailName: 'trail-name', ClientToken: token });
  const again = await call('CreateDeliveryHistoryJob', { TrailName: 'trail-name', ClientToken: token });
  check('create, then same ClientToken -> same JobId', created.JobId > 0 && again.JobId === created.JobId,
    `JobId ${created.JobId}`);
  await expectError('second running task', call('CreateDeliveryHistoryJob', { TrailName: 'trail-name' }),
    'DeliveryHistoryJobRunning');
  const fresh = await call('GetDeliveryHistoryJob', { JobId: created.JobId });
  check('get the new job', fresh.TrailName === 'trail-name' && fresh.JobStatus === 0);
  const deleted = await call('DeleteDeliveryHistoryJob', { JobId: created.JobId });
  check('delete', typeof deleted.RequestId === 'string');
  await expectError('get after delete', call('GetDeliveryHistoryJob', { JobId: created.JobId }),
    'DeliveryHistoryJobNotFound');
  await expectError('list with a wrong secret', wrongSecretCall('ListDeliveryHistoryJobs', { PageSize: 5 }),
    'SignatureDoesNotMatch');

  // Trails: DescribeTrails and GetTrailStatus, consistent with the tasks.
  const trails = await call('DescribeTrails', { IncludeOrganizationTrail: 'true' });
  const names = new Set(trails.TrailList.map((t) => t.Name));
  check('DescribeTrails lists every kind', ['trail-name', 'fresh-trail', 'oss-archive', 'org-audit', 'new-app-trail']
    .every((n) => names.has(n)), `${trails.TrailList.length} trails`);
  const listed = await call('ListDeliveryHistoryJobs', { PageSize: 100 });
  check("every task's TrailName is a trail", listed.DeliveryHistoryJobs.every((j) => names.has(j.TrailName)));
  const single = await call('DescribeTrails', {});
  check('organization trail only when asked for', !single.TrailList.some((t) => t.IsOrganizationTrail));
  const status = await call('GetTrailStatus', { Name: 'new-app-trail' });
  check('GetTrailStatus with a delivery error', status.IsLogging === true &&
    /^write sls failed/.test(status.LatestDeliveryLogServiceError) && !!status.LatestDeliveryTime,
    `LatestDeliveryTime ${status.LatestDeliveryTime}`);
  const org = await call('GetTrailStatus', { Name: 'org-audit', IsOrganizationTrail: 'true' });
  check('GetTrailStatus of the organization trail', org.IsLogging === true);
  await expectError('GetTrailStatus of an unknown trail', call('GetTrailStatus', { Name: 'no-such-trail' }),
    'TrailNotFoundException');
  await expectError('create for an OSS-only trail', call('CreateDeliveryHistoryJob', { TrailName: 'oss-archive' }),
    'TrailNotDeliveredToSls');
  const regions = await call('DescribeRegions', {});
  check('DescribeRegions', regions.Regions.Region.some((r) => r.RegionId === 'cn-hangzhou'),
    `${regions.Regions.Region.length} regions`);
}

(async () => {
  const { child, port, line } = await startEmulator();
  console.log(line);
  try {
    await exercise('openapi-client V3 (ACS3-HMAC-SHA256)', openApiClient(port, SECRET), openApiClient(port, 'wrong'));
    await exercise('openapi-client V1 (signatureAlgorithm v2, RPC)', openApiClient(port, SECRET, 'v2'),
      openApiClient(port, 'wrong', 'v2'));
    await exercise('pop-core V1 GET', popCoreClient(port, SECRET, 'GET'), popCoreClient(port, 'wrong', 'GET'));
    await exercise('pop-core V1 POST form', popCoreClient(port, SECRET, 'POST'), popCoreClient(port, 'wrong', 'POST'));
  } catch (e) {
    check('unexpected exception', false, `${e.code || ''} ${e.message}`);
  } finally {
    child.kill();
  }

  // STS: an emulator that requires a security token.
  const sts = await startEmulator(['--security-token', 'sdk-check-sts-token']);
  console.log('-- STS (' + sts.line + ')');
  try {
    for (const [name, withToken, without] of [
      ['openapi-client V3', openApiClient(sts.port, SECRET, undefined, 'sdk-check-sts-token'), openApiClient(sts.port, SECRET)],
      ['openapi-client V1', openApiClient(sts.port, SECRET, 'v2', 'sdk-check-sts-token'), openApiClient(sts.port, SECRET, 'v2')],
      ['pop-core V1', popCoreClient(sts.port, SECRET, 'GET', 'sdk-check-sts-token'), popCoreClient(sts.port, SECRET, 'GET')],
    ]) {
      const page = await withToken('ListDeliveryHistoryJobs', { PageSize: 1 });
      check(`${name} with the token`, page.TotalCount === 57);
      await expectError(`${name} without it`, without('ListDeliveryHistoryJobs', { PageSize: 1 }),
        'InvalidSecurityToken.MismatchWithAccessKey');
    }
  } catch (e) {
    check('unexpected exception (STS)', false, `${e.code || ''} ${e.message}`);
  } finally {
    sts.child.kill();
  }
  console.log(failures ? `${failures} check(s) FAILED` : 'all checks passed');
  process.exit(failures ? 1 : 0);
})();
