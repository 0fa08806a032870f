// The other side of the listing benchmark (bench_listing.cpp): every job of an actiontrail-emulator
// listed with Alibaba Cloud's official Node.js SDK, @alicloud/openapi-client 0.4.15 with its defaults
// (V3 ACS3-HMAC-SHA256 signature, Node's keep-alive global agent), the way an SDK user writes it and
// in the same shape as `backfill-browser jobs list --all --format csv --parallel N`:
// ListDeliveryHistoryJobs page 1 (PageSize 100) for TotalCount, then pages 2..N with at most
// --parallel requests in flight, reassembled in page order, printed as CSV on stdout.
//
// Usage: npm ci && node list-all.js --endpoint http://127.0.0.1:PORT [--parallel N]
//                                   [--page-size N] [--expect COUNT]
// The AccessKey comes from ALIBABA_CLOUD_ACCESS_KEY_ID / ALIBABA_CLOUD_ACCESS_KEY_SECRET (never
// printed). Exit 0 only when every JobId arrived exactly once and their number is TotalCount (and
// --expect, when given). Last stderr line: one JSON object of timings, for bench_listing.cpp:
// bootMs (process start to this script running), requireMs (loading the SDK), listingMs and
// listingCpuMs (wall and CPU time from creating the client to the CSV written).
'use strict';

// Milliseconds since the process's time origin (its start), before anything is loaded.
const { performance } = require('perf_hooks');
const bootMs = performance.now();

const OpenApi = require('@alicloud/openapi-client');
const Util = require('@alicloud/tea-util');
const requiredMs = performance.now();

const VERSION = '2020-07-06';
// The stable names for JobStatus (JobSerializer::statusWord in app/domain/jobserializer.cpp), so both CSVs match.
const STATUS_TEXT = ['initializing', 'delivering', 'complete', 'failed'];

function fail(message) {
  process.stderr.write(`list-all.js: ${message}\n`);
  process.exit(1);
}

function parseArguments(argv) {
  const options = { endpoint: '', parallel: 1, pageSize: 100, expect: -1 };
  for (let i = 0; i < argv.length; i += 2) {
    const [name, value] = [argv[i], argv[i + 1]];
    if (value === undefined) fail(`${name} needs a value`);
    if (name === '--endpoint') options.endpoint = value;
    else if (name === '--parallel') options.parallel = Number(value);
    else if (name === '--page-size') options.pageSize = Number(value);
    else if (name === '--expect') options.expect = Number(value);
    else fail(`unknown option ${name}`);
  }
  const url = /^http:\/\/(127\.0\.0\.1:\d+)\/?$/.exec(options.endpoint);
  if (!url) fail('--endpoint must be http://127.0.0.1:PORT (the local emulator)');
  options.host = url[1];
  for (const key of ['parallel', 'pageSize']) {
    if (!Number.isInteger(options[key]) || options[key] < 1) fail(`--${key} must be a positive integer`);
  }
  return options;
}

function csvField(value) {
  const text = String(value ?? '');
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csvRow(job) {
  const status = STATUS_TEXT[job.JobStatus] ?? `unknown (${job.JobStatus})`;
  return [job.JobId, job.TrailName, job.HomeRegion, job.JobStatus, status, job.StartTime, job.EndTime,
    job.CreatedTime, job.UpdatedTime].map(csvField).join(',') + '\r\n';
}

async function main() {
  const options = parseArguments(process.argv.slice(2));
  const accessKeyId = process.env.ALIBABA_CLOUD_ACCESS_KEY_ID;
  const accessKeySecret = process.env.ALIBABA_CLOUD_ACCESS_KEY_SECRET;
  if (!accessKeyId || !accessKeySecret) {
    fail('set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET');
  }

  const listingStart = performance.now();
  const listingCpuStart = process.cpuUsage();
  const client = new OpenApi.default(new OpenApi.Config({
    accessKeyId, accessKeySecret, endpoint: options.host, protocol: 'HTTP',
  }));
  const params = new OpenApi.Params({
    action: 'ListDeliveryHistoryJobs', version: VERSION, protocol: 'HTTP', pathname: '/',
    method: 'POST', authType: 'AK', style: 'RPC', reqBodyType: 'formData', bodyType: 'json',
  });
  const runtime = new Util.RuntimeOptions({});
  const listPage = async (pageNumber) => {
    const request = new OpenApi.OpenApiRequest({
      query: { PageNumber: String(pageNumber), PageSize: String(options.pageSize) },
    });
    return (await client.callApi(params, request, runtime)).body;
  };

  const first = await listPage(1);
  const totalCount = first.TotalCount;
  // The service may answer with a smaller PageSize than asked: page count from what it used.
  const pageSize = first.PageSize || options.pageSize;
  const pageCount = Math.max(1, Math.ceil(totalCount / pageSize));
  const pages = new Array(pageCount);
  pages[0] = first;
  let next = 2;
  const worker = async () => {
    while (next <= pageCount) {
      const pageNumber = next++;
      pages[pageNumber - 1] = await listPage(pageNumber);
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.parallel, Math.max(0, pageCount - 1)) }, worker));

  const seen = new Set();
  let csv = 'JobId,TrailName,HomeRegion,JobStatus,Status,StartTime,EndTime,CreatedTime,UpdatedTime\r\n';
  pages.forEach((page, index) => {
    if (page.TotalCount !== totalCount) fail(`page ${index + 1}: TotalCount ${page.TotalCount}, page 1 said ${totalCount}`);
    for (const job of page.DeliveryHistoryJobs) {
      if (seen.has(job.JobId)) fail(`JobId ${job.JobId} twice`);
      seen.add(job.JobId);
      csv += csvRow(job);
    }
  });
  if (seen.size !== totalCount) fail(`${seen.size} jobs, TotalCount ${totalCount}`);
  if (options.expect >= 0 && seen.size !== options.expect) fail(`${seen.size} jobs, expected ${options.expect}`);
  process.stdout.write(csv); // synchronous for files and pipes on Linux
  const listingEnd = performance.now();
  const listingCpu = process.cpuUsage(listingCpuStart);

  const round = (ms) => Math.round(ms * 100) / 100;
  process.stderr.write(JSON.stringify({
    jobs: seen.size, requests: pageCount, parallel: options.parallel,
    bootMs: round(bootMs), requireMs: round(requiredMs - bootMs),
    listingMs: round(listingEnd - listingStart), totalMs: round(listingEnd),
    listingCpuMs: round((listingCpu.user + listingCpu.system) / 1000),
  }) + '\n');
}

main().catch((error) => fail(`${error.code || ''} ${error.message}`.trim()));
