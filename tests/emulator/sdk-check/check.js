// Drives build/bin/actiontrail-emulator with Alibaba Cloud's own SDK clients, which share no code
// with ours: @alicloud/openapi-client (V3 ACS3-HMAC-SHA256 by default, V1 with
// signatureAlgorithm 'v2'), @alicloud/pop-core (V1, GET query or POST form) and the STS client
// @alicloud/sts20150401 (AssumeRole, GetCallerIdentity; the issued credentials then sign
// ActionTrail calls).
// Usage: npm install && node check.js [path/to/actiontrail-emulator]
'use strict';

const { spawn } = require('child_process');
const path = require('path');
const OpenApi = require('@alicloud/openapi-client');
const Util = require('@alicloud/tea-util');
const RPCClient = require('@alicloud/pop-core').RPCClient;
const Sts = require('@alicloud/sts20150401');
const { $OpenApiUtil } = require('@alicloud/openapi-core');

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
function openApiClient(port, secret, algorithm, securityToken, keyId = KEY_ID) {
  const config = new OpenApi.Config({
    accessKeyId: keyId, accessKeySecret: secret, endpoint: `127.0.0.1:${port}`, protocol: 'HTTP',
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
  // Roles: the official STS client against the emulator's STS on the same port.
  const roles = await startEmulator(['--deny-role', 'gone', '--role-external-id', 'guarded=ext-42',
    '--sts-duration-cap', '900']);
  console.log('-- STS 2015-04-01 with @alicloud/sts20150401 (' + roles.line + ')');
  const stsClient = (keyId, secret, securityToken) => new Sts.default(new $OpenApiUtil.Config({
    accessKeyId: keyId, accessKeySecret: secret, securityToken, endpoint: `127.0.0.1:${roles.port}`,
    protocol: 'HTTP', regionId: 'cn-hangzhou',
  }));
  const arn = (name) => `acs:ram::1234567890123456:role/${name}`;
  try {
    const base = stsClient(KEY_ID, SECRET);
    const me = (await base.getCallerIdentity()).body;
    check('GetCallerIdentity with the account key', me.identityType === 'RAMUser' &&
      me.accountId === '1234567890123456', `${me.identityType} ${me.arn}`);
    const started = Date.now();
    const assumed = (await base.assumeRole(new Sts.AssumeRoleRequest({
      roleArn: arn('sdk-check'), roleSessionName: 'sdk-check-session', durationSeconds: 3600,
    }))).body;
    const c = assumed.credentials;
    const lifetime = (Date.parse(c.expiration) - started) / 1000;
    check('AssumeRole', c.accessKeyId.startsWith('STS.') && c.securityToken.length > 400 &&
      assumed.assumedRoleUser.arn === 'acs:ram::1234567890123456:assumed-role/sdk-check/sdk-check-session',
      `${assumed.assumedRoleUser.arn}, expires ${c.expiration}`);
    check('--sts-duration-cap shortens the session', lifetime > 880 && lifetime <= 901, `${lifetime} s`);
    const asRole = (await stsClient(c.accessKeyId, c.accessKeySecret, c.securityToken)
      .getCallerIdentity()).body;
    check('GetCallerIdentity as the role', asRole.identityType === 'AssumedRoleUser' &&
      asRole.arn === assumed.assumedRoleUser.arn, asRole.arn);
    const page = await openApiClient(roles.port, c.accessKeySecret, undefined, c.securityToken,
      c.accessKeyId)('ListDeliveryHistoryJobs', { PageSize: 1 });
    check('ActionTrail accepts the role credentials (V3)', page.TotalCount === 57);
    await expectError('ActionTrail with the role key and a wrong token',
      openApiClient(roles.port, c.accessKeySecret, undefined, c.securityToken + 'x', c.accessKeyId)(
        'ListDeliveryHistoryJobs', { PageSize: 1 }), 'InvalidSecurityToken.MismatchWithAccessKey');
    await expectError('role that does not exist', base.assumeRole(new Sts.AssumeRoleRequest({
      roleArn: arn('gone'), roleSessionName: 'sdk-check' })), 'EntityNotExist.Role');
    await expectError('wrong ExternalId', base.assumeRole(new Sts.AssumeRoleRequest({
      roleArn: arn('guarded'), roleSessionName: 'sdk-check', externalId: 'nope' })), 'NoPermission');
    const guarded = (await base.assumeRole(new Sts.AssumeRoleRequest({
      roleArn: arn('guarded'), roleSessionName: 'sdk-check', externalId: 'ext-42' }))).body;
    check('right ExternalId', guarded.credentials.accessKeyId.startsWith('STS.'));
    await expectError('DurationSeconds 100', base.assumeRole(new Sts.AssumeRoleRequest({
      roleArn: arn('sdk-check'), roleSessionName: 'sdk-check', durationSeconds: 100 })),
    'InvalidParameter.DurationSeconds');
    await expectError('RoleArn of a user', base.assumeRole(new Sts.AssumeRoleRequest({
      roleArn: 'acs:ram::1234567890123456:user/x', roleSessionName: 'sdk-check' })),
    'InvalidParameter.RoleArn');
  } catch (e) {
    check('unexpected exception (roles)', false, `${e.code || ''} ${e.message}`);
  } finally {
    roles.child.kill();
  }
  console.log(failures ? `${failures} check(s) FAILED` : 'all checks passed');
  process.exit(failures ? 1 : 0);
})();
